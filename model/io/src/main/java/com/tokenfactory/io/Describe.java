package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.Locale;

/** Words for error messages: what kind of value a node is, and the nearest allowed name to a misspelt one. */
final class Describe {
    private Describe() {
    }

    /** "a string", "an array", "null": how "expected a number, got …" ends. */
    static String node(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return node.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN:
                return node.asBoolean() ? "true" : "false";
            case NULL:
            case MISSING:
                return "null";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    /** " (did you mean 'gridMw'?)" when one of {@code known} is close to {@code given}, else "". */
    static String didYouMean(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A case-only difference always counts; otherwise two edits, and fewer than half the word, so that short
        // names are not "corrected" into unrelated ones.
        boolean close = best != null
                && (bestDistance == 0 || (bestDistance <= 2 && bestDistance * 2 < given.length()));
        return close ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
