package com.tokenfactory.io;

import com.tokenfactory.core.plan.Check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Parses JSON into a Jackson tree while recording the line of every element, within {@link ReadLimits}. Built over the
 * streaming parser because {@code ObjectMapper.readTree} keeps no locations.
 */
final class LocatedTreeReader {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; (?=line: )");
    private final JsonFactory factory;
    private final ReadLimits limits;

    LocatedTreeReader(ReadLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxFileBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .build();
        // NaN and Infinity are not JSON. The parser is told to accept them only so the builder can refuse them
        // with the path of the field, which the parser's own error could not name.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
    }

    LocatedTree read(byte[] json) {
        if (json.length > limits.maxFileBytes()) {
            throw FileProblem.atPosition(null, 0, 0, limits.fileTooLarge(json.length), null);
        }
        try (JsonParser parser = factory.createParser(json)) {
            return new Builder(parser).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One parse: the parser and the lines found so far. */
    private final class Builder {
        private final JsonParser parser;
        private final SourceLines lines = new SourceLines();

        Builder(JsonParser parser) {
            this.parser = parser;
        }

        LocatedTree document() {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw FileProblem.atPosition(null, 1, 1, "the file is empty: expected a JSON object", null);
                }
                JsonNode root = value(JsonPaths.ROOT);
                if (!root.isObject()) {
                    throw FileProblem.atPosition(JsonPaths.ROOT, lines.lineOf(JsonPaths.ROOT), 0,
                            "expected an object, got " + Describe.node(root), null);
                }
                if (parser.nextToken() != null) {
                    JsonLocation where = parser.currentTokenLocation();
                    throw FileProblem.atPosition(null, where.getLineNr(), where.getColumnNr(),
                            "unexpected content after the end of the JSON object", null);
                }
                return new LocatedTree((ObjectNode) root, lines);
            } catch (StreamConstraintsException e) {
                throw limitHit(e);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw FileProblem.atPosition(currentPath(), where.getLineNr(), where.getColumnNr(),
                        "invalid JSON: " + withoutSource(e.getOriginalMessage()), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The value whose first token is the parser's current token. */
        private JsonNode value(String path) throws IOException {
            lines.record(path, parser.currentTokenLocation().getLineNr());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(path);
                case START_ARRAY:
                    return array(path);
                case VALUE_STRING:
                    return TextNode.valueOf(parser.getText());
                case VALUE_NUMBER_INT:
                    return integer();
                case VALUE_NUMBER_FLOAT:
                    return decimal(path);
                case VALUE_TRUE:
                    return BooleanNode.TRUE;
                case VALUE_FALSE:
                    return BooleanNode.FALSE;
                case VALUE_NULL:
                    return NullNode.getInstance();
                default:
                    // The parser reports misplaced tokens itself; reaching this is a bug here, not in the file.
                    throw new IllegalStateException("the parser gave " + token + " where a value starts");
            }
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String child = JsonPaths.field(path, key);
                int line = parser.currentTokenLocation().getLineNr();
                if (object.has(key)) {
                    throw FileProblem.atPosition(child, line, 0, "duplicate field '" + Check.shown(key) + "' (first on line "
                            + lines.exactLine(child) + ")", null);
                }
                parser.nextToken();
                object.set(key, value(child));
                lines.record(child, line);
            }
            return object;
        }

        private ArrayNode array(String path) throws IOException {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(JsonPaths.index(path, array.size())));
            }
            return array;
        }

        private JsonNode integer() throws IOException {
            switch (parser.getNumberType()) {
                case INT:
                    return IntNode.valueOf(parser.getIntValue());
                case LONG:
                    return LongNode.valueOf(parser.getLongValue());
                default:
                    return BigIntegerNode.valueOf(parser.getBigIntegerValue());
            }
        }

        private JsonNode decimal(String path) throws IOException {
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                String text = parser.getText();
                int line = lines.lineOf(path);
                if (parser.isNaN()) {
                    throw FileProblem.atPosition(path, line, 0,
                            text + " is not a number JSON allows: write a finite number", null);
                }
                throw FileProblem.atPosition(path, line, 0, "the number " + text + " is too large", null);
            }
            return DoubleNode.valueOf(value);
        }

        /**
         * Where the parser stands, from its own context: the value being read, or the last one read. Used where the
         * parser fails before this builder has seen the token, e.g. a number too long to read at all.
         */
        private String currentPath() {
            return pathOf(parser.getParsingContext());
        }

        private String pathOf(JsonStreamContext context) {
            if (context == null || context.inRoot()) {
                return JsonPaths.ROOT;
            }
            String parent = pathOf(context.getParent());
            if (context.inArray()) {
                return JsonPaths.index(parent, Math.max(0, context.getCurrentIndex()));
            }
            String name = context.getCurrentName();
            return name == null ? parent : JsonPaths.field(parent, name);
        }

        /** Jackson's messages may quote a location as "[Source: REDACTED (…); line: 1, column: 1]". */
        private String withoutSource(String message) {
            return SOURCE.matcher(message).replaceAll("[");
        }

        private FileProblem limitHit(StreamConstraintsException e) {
            JsonLocation where = parser.currentLocation();
            String message = e.getOriginalMessage();
            if (message.contains("getMaxNestingDepth")) {
                return FileProblem.atPosition(null, where.getLineNr(), where.getColumnNr(),
                        "objects and arrays are nested more than " + limits.maxNestingDepth()
                                + " levels deep (the nesting depth limit)", e);
            }
            if (message.contains("getMaxNumberLength")) {
                return FileProblem.atPosition(currentPath(), where.getLineNr(), where.getColumnNr(),
                        "a number longer than " + limits.maxNumberLength() + " characters (the number length limit)", e);
            }
            if (message.contains("getMaxStringLength")) {
                return FileProblem.atPosition(currentPath(), where.getLineNr(), where.getColumnNr(),
                        "a text longer than " + limits.maxStringLength() + " characters (the string length limit)", e);
            }
            if (message.contains("getMaxNameLength")) {
                // The name was never read, so the path is that of the object it belongs to.
                String object = pathOf(parser.getParsingContext().getParent());
                return FileProblem.atPosition(object, where.getLineNr(), where.getColumnNr(), "a field name longer than " + limits.maxNameLength()
                                + " characters (the field name length limit)", e);
            }
            return FileProblem.atPosition(currentPath(), where.getLineNr(), where.getColumnNr(),
                    "the file exceeds a reading limit: " + message, e);
        }
    }
}
