package com.tokenfactory.app.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.rng.UniformRandomProvider;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a JSON file, of the kinds issue 16 lists: byte flips, truncation, deleted, duplicated and
 * swapped members, type changes, extreme numbers and months, deep nesting, huge strings, dangling references and
 * duplicate ids. One to three per case; the same seed always gives the same bytes.
 */
final class JsonMutator {
    enum Kind {
        BYTE_FLIP, TRUNCATE, DUPLICATE_LINE, NON_NUMBER_LITERAL,
        DELETE, DUPLICATE_ELEMENT, SWAP, TYPE_CHANGE, EXTREME_NUMBER, EXTREME_MONTH, DEEP_NESTING, HUGE_STRING,
        DANGLING_REFERENCE
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern MONTH = Pattern.compile("[+-]?\\d{4,9}-\\d{2}(-\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final double[] NUMBERS = {1e308, -1e308, Double.MIN_VALUE, 4.9e-320, 0.0, -0.0, -1, 1e18, 1e19,
            1e300, 9.223372036854776E18, 2147483648.0, 1e-9, 1e9, 1e12, 1e35, 1e36, 123456789.125};
    private static final String[] MONTHS = {"+999999999-12", "-999999999-01", "9999-12", "+10000-01", "1969-12",
            "1970-01", "2200-12", "2201-01", "0000-01", "2026-13", "2026-00", "2026-02-30", "1000000000-01"};

    private static final String DEEP = "@@deep@@";
    /** Values that keep the file well-formed come up more often, so that more cases get past the reader. */
    private static final Kind[] WEIGHTED = {Kind.BYTE_FLIP, Kind.TRUNCATE, Kind.DUPLICATE_LINE, Kind.NON_NUMBER_LITERAL,
            Kind.DELETE, Kind.DUPLICATE_ELEMENT, Kind.DUPLICATE_ELEMENT, Kind.SWAP, Kind.TYPE_CHANGE,
            Kind.EXTREME_NUMBER, Kind.EXTREME_NUMBER, Kind.EXTREME_NUMBER, Kind.EXTREME_NUMBER, Kind.EXTREME_MONTH,
            Kind.EXTREME_MONTH, Kind.EXTREME_MONTH, Kind.DEEP_NESTING, Kind.HUGE_STRING, Kind.DANGLING_REFERENCE};
    private final UniformRandomProvider rng;
    /** What the last call did, for the failure report. */
    final List<String> applied = new ArrayList<>();

    JsonMutator(UniformRandomProvider rng) {
        this.rng = rng;
    }

    byte[] mutate(String json) {
        applied.clear();
        String text = json;
        int count = rng.nextInt(4) == 0 ? 2 + rng.nextInt(2) : 1;
        for (int i = 0; i < count; i++) {
            Kind kind = WEIGHTED[rng.nextInt(WEIGHTED.length)];
            String next = apply(kind, text);
            if (next != null) {
                applied.add(kind.name());
                text = next;
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes;
    }

    private String apply(Kind kind, String text) {
        return switch (kind) {
            case BYTE_FLIP -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
                yield new String(b, StandardCharsets.UTF_8);
            }
            case TRUNCATE -> text.substring(0, rng.nextInt(text.length()));
            case DUPLICATE_LINE -> {
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
                int i = rng.nextInt(lines.size());
                lines.add(i, lines.get(i));
                yield String.join("\n", lines);
            }
            case NON_NUMBER_LITERAL -> replaceOne(NUMBER.matcher(text),
                    new String[]{"NaN", "Infinity", "-Infinity", "1e999", "-1e999", "0x10", "1" + "0".repeat(400)}, text);
            default -> tree(kind, text);
        };
    }

    private String replaceOne(Matcher m, String[] choices, String text) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return null;
        }
        int[] s = spans.get(rng.nextInt(spans.size()));
        return text.substring(0, s[0]) + choices[rng.nextInt(choices.length)] + text.substring(s[1]);
    }

    /** A place in the tree: the container and the member name or index of a value in it. */
    private record Slot(JsonNode parent, String name, int index) {
        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode v) {
            if (name != null) {
                ((ObjectNode) parent).set(name, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private String tree(Kind kind, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (Exception e) {
            return null; // an earlier mutation broke the JSON; only text mutations apply now
        }
        if (root == null || !root.isContainerNode()) {
            return null;
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return null;
        }
        Slot slot = slots.get(rng.nextInt(slots.size()));
        switch (kind) {
            case DELETE -> {
                if (slot.name != null) {
                    ((ObjectNode) slot.parent).remove(slot.name);
                } else {
                    ((ArrayNode) slot.parent).remove(slot.index);
                }
            }
            case DUPLICATE_ELEMENT -> {
                List<Slot> inArrays = slots.stream().filter(s -> s.name == null).toList();
                if (inArrays.isEmpty()) {
                    return null;
                }
                Slot s = inArrays.get(rng.nextInt(inArrays.size()));
                ((ArrayNode) s.parent).insert(s.index, s.value().deepCopy());
            }
            case SWAP -> {
                Slot other = slots.get(rng.nextInt(slots.size()));
                JsonNode a = slot.value().deepCopy();
                JsonNode b = other.value().deepCopy();
                slot.set(b);
                other.set(a);
            }
            case TYPE_CHANGE -> {
                JsonNode[] values = {NODES.textNode("text"), NODES.numberNode(42), NODES.booleanNode(true),
                        NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(-7.5)};
                slot.set(values[rng.nextInt(values.length)]);
            }
            case EXTREME_NUMBER -> {
                Slot s = pick(slots, v -> v.isNumber(), slot);
                double v = s.value().isNumber() && rng.nextBoolean()
                        ? s.value().asDouble() * (rng.nextBoolean() ? 1e6 : -1e3)
                        : NUMBERS[rng.nextInt(NUMBERS.length)];
                if (s.value().isIntegralNumber() && rng.nextBoolean()) {
                    s.set(NODES.numberNode(rng.nextBoolean() ? Long.MAX_VALUE : Integer.MIN_VALUE));
                } else {
                    s.set(NODES.numberNode(v));
                }
            }
            case EXTREME_MONTH -> {
                Slot s = pick(slots, v -> v.isTextual() && MONTH.matcher(v.asText()).matches(), slot);
                s.set(NODES.textNode(MONTHS[rng.nextInt(MONTHS.length)]));
            }
            case DEEP_NESTING -> {
                // spliced in as text: Jackson itself refuses to write past 1,000 levels
                int depth = 2 + rng.nextInt(rng.nextBoolean() ? 10 : 5000);
                slot.set(NODES.textNode(DEEP));
                String value = slot.value().isNumber() ? "1" : "{}";
                return root.toPrettyString().replace("\"" + DEEP + "\"",
                        "[".repeat(depth) + value + "]".repeat(depth));
            }
            case HUGE_STRING -> {
                Slot s = pick(slots, JsonNode::isTextual, slot);
                int[] lengths = {1_000, 70_000, 100_001, 1_000_001};
                int n = lengths[rng.nextInt(lengths.length)];
                StringBuilder chunk = new StringBuilder(1_000);
                String alphabet = "abc \u001b[31m\u202e\u0007é漢";
                for (int i = 0; i < 1_000; i++) {
                    chunk.append(alphabet.charAt(rng.nextInt(alphabet.length())));
                }
                s.set(NODES.textNode(chunk.toString().repeat(n / 1_000 + 1).substring(0, n)));
            }
            case DANGLING_REFERENCE -> {
                List<Slot> refs = slots.stream().filter(x -> x.name != null
                        && (x.name.endsWith("Id") || x.name.equals("id"))).toList();
                if (refs.isEmpty()) {
                    return null;
                }
                Slot r = refs.get(rng.nextInt(refs.size()));
                r.set(NODES.textNode(rng.nextBoolean() ? "nope" : pickText(slots, "id")));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return root.toPrettyString();
    }

    /** A random id already used elsewhere: a duplicate id when it lands on another element's "id". */
    private String pickText(List<Slot> slots, String name) {
        List<Slot> ids = slots.stream().filter(x -> name.equals(x.name) && x.value().isTextual()).toList();
        return ids.isEmpty() ? "nope" : ids.get(rng.nextInt(ids.size())).value().asText();
    }

    private Slot pick(List<Slot> slots, java.util.function.Predicate<JsonNode> wanted, Slot fallback) {
        List<Slot> fitting = slots.stream().filter(s -> wanted.test(s.value())).toList();
        return fitting.isEmpty() ? fallback : fitting.get(rng.nextInt(fitting.size()));
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }
}
