package com.tokenfactory.io;

import com.tokenfactory.core.plan.Check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed access to the fields of one JSON object, each failure naming the field's JSON path. Opening an object refuses
 * fields the format does not know, so a misspelt name is reported instead of silently ignored.
 */
final class ObjectFields {
    /** Reads one element of an array, given its node and JSON path. */
    interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    private final ObjectNode node;
    private final String path;

    private ObjectFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static ObjectFields open(JsonNode node, String path, List<String> known) {
        ObjectNode object = object(node, path);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw FileProblem.at(JsonPaths.field(path, name),
                        "unknown field '" + Check.shown(name) + "'" + Describe.didYouMean(name, known));
            }
        }
        return new ObjectFields(object, path);
    }

    static ObjectNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw FileProblem.at(path, "expected an object, got " + Describe.node(node));
        }
        return (ObjectNode) node;
    }

    String path() {
        return path;
    }

    String path(String name) {
        return JsonPaths.field(path, name);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    JsonNode required(String name) {
        if (!has(name)) {
            throw FileProblem.at(path(name), "is required");
        }
        return node.get(name);
    }

    String text(String name) {
        return text(required(name), path(name));
    }

    String optionalText(String name) {
        return has(name) ? text(name) : null;
    }

    double number(String name) {
        return number(required(name), path(name));
    }

    Double optionalNumber(String name) {
        return has(name) ? number(name) : null;
    }

    int integer(String name) {
        return integer(required(name), path(name));
    }

    /** The whole number at {@code name}, or {@code absent} where the file leaves it out. */
    int integer(String name, int absent) {
        return has(name) ? integer(name) : absent;
    }

    boolean flag(String name, boolean absent) {
        if (!has(name)) {
            return absent;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw FileProblem.at(path(name), "expected true or false, got " + Describe.node(value));
        }
        return value.booleanValue();
    }

    YearMonth month(String name) {
        return month(required(name), path(name));
    }

    YearMonth optionalMonth(String name) {
        return has(name) ? month(name) : null;
    }

    LocalDate date(String name) {
        String text = text(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw FileProblem.at(path(name), "expected a date like \"2026-11-22\", got \"" + Check.shown(text) + "\"");
        }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = text(name);
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        if (!allowed.contains(text)) {
            throw FileProblem.at(path(name), "unknown value '" + Check.shown(text) + "'; allowed: " + String.join(", ", allowed)
                    + Describe.didYouMean(text, allowed));
        }
        return Enum.valueOf(type, text);
    }

    /** An array field; absent or null means empty. */
    <T> List<T> list(String name, ElementReader<T> element) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode array = node.get(name);
        String arrayPath = path(name);
        if (!array.isArray()) {
            throw FileProblem.at(arrayPath, "expected an array, got " + Describe.node(array));
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(element.read(array.get(i), JsonPaths.index(arrayPath, i)));
        }
        return out;
    }

    static String text(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw FileProblem.at(path, "expected a string, got " + Describe.node(value));
        }
        return value.textValue();
    }

    static double number(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw FileProblem.at(path, "expected a number, got " + Describe.node(value));
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            throw FileProblem.at(path, "the number " + value.asText() + " is too large");
        }
        return d;
    }

    static int integer(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw FileProblem.at(path, "expected an integer, got " + Describe.node(value));
        }
        if (!value.isIntegralNumber()) {
            throw FileProblem.at(path, "expected an integer, got " + value.asText());
        }
        if (!value.canConvertToInt()) {
            throw FileProblem.at(path, "must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + " (was " + value.asText() + ")");
        }
        return value.intValue();
    }

    static YearMonth month(JsonNode value, String path) {
        String text = text(value, path);
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw FileProblem.at(path, "expected a month like \"2026-01\", got \"" + Check.shown(text) + "\"");
        }
    }
}
