package com.tokenfactory.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spreadsheet template's cells and the plan file's JSON values, each way: a value as a cell a spreadsheet will not
 * misread, a cell as its column's JSON value, and the dotted column names ({@code demand.tokensPerDay},
 * {@code points[0]}) flattened from and put back into nested objects ({@link PlanTemplate}).
 */
final class TemplateCells {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\[(\\d+)]");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateCells() {
    }

    static void flatten(JsonNode node, String prefix, Map<String, Object> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject() && e.getValue().size() > 0) {
                flatten(e.getValue(), key + ".", out);
            } else {
                out.put(key, cell(key, e.getValue()));
            }
        }
    }

    /** A JSON value as a cell: numbers and booleans as they are, texts guarded against being read as numbers. */
    static Object cell(String key, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            String t = v.textValue();
            return misread(t) ? "'" + t : t;
        }
        if (v.isArray() && PlanTemplate.LABEL_LISTS.contains(last(key)) && allText(v)) {
            List<String> labels = new ArrayList<>();
            v.forEach(x -> labels.add(x.textValue()));
            return String.join("; ", labels);
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cell as the JSON value of its column. */
    static JsonNode node(String key, Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode(d.longValue()) : NODES.numberNode(d);
        }
        if (value instanceof Number n) {
            return node(key, n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        String t = value.toString().strip();
        if (PlanTemplate.LABEL_LISTS.contains(last(key)) && !t.startsWith("[")) {
            ArrayNode labels = NODES.arrayNode();
            for (String label : t.split(";")) {
                if (!label.isBlank()) {
                    labels.add(label.strip());
                }
            }
            return labels;
        }
        if (value.toString().startsWith("'")) {
            return NODES.textNode(value.toString().substring(1));
        }
        if (t.startsWith("[") || t.startsWith("{")) {
            try {
                return JSON.readTree(t);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("is not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        if (NUMBER.matcher(t).matches()) {
            return node(key, Double.parseDouble(t));
        }
        if (t.equals("true") || t.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(t));
        }
        return NODES.textNode(value.toString());
    }

    static boolean misread(String t) {
        String s = t.strip();
        return !s.equals(t) || s.startsWith("'") || s.startsWith("[") || s.startsWith("{") || NUMBER.matcher(s).matches()
                || s.equals("true") || s.equals("false");
    }

    static void put(ObjectNode o, String dotted, JsonNode value) {
        Matcher indexed = INDEXED.matcher(dotted);
        if (indexed.matches()) {
            ArrayNode array = o.withArray(indexed.group(1));
            int index = Integer.parseInt(indexed.group(2));
            if (index > array.size()) {
                throw new IllegalArgumentException(indexed.group(1) + "[" + index + "] comes after "
                        + indexed.group(1) + "[" + array.size() + "], which is missing: number them from 0 in order");
            }
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
            return;
        }
        String[] parts = dotted.split("\\.");
        ObjectNode at = o;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (!(next instanceof ObjectNode)) {
                next = at.putObject(parts[i]);
            }
            at = (ObjectNode) next;
        }
        at.set(parts[parts.length - 1], value);
    }

    static String last(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    static boolean allText(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isTextual() || x.textValue().contains(";") || x.textValue().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
