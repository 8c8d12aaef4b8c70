package com.tokenfactory.io;

import java.util.regex.Pattern;

/**
 * JSON paths as users read them in error messages: {@code $.sites[0].phases[1].criticalItMw}. Keys that are not plain
 * identifiers (layout keys such as {@code site-0}) use bracket notation: {@code $.layout['site-0']}.
 */
final class JsonPaths {
    static final String ROOT = "$";
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    static String field(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * Appends a field path relative to an element, as the core's {@code InvalidPlanException.field()} gives it
     * ("pue", "phases[1].criticalItMw"), to the JSON path of that element.
     */
    static String resolve(String parent, String relative) {
        String path = parent;
        int i = 0;
        while (i < relative.length()) {
            char c = relative.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = relative.indexOf(']', i);
                path = path + relative.substring(i, close + 1);
                i = close + 1;
            } else {
                int end = i;
                while (end < relative.length() && relative.charAt(end) != '.' && relative.charAt(end) != '[') {
                    end++;
                }
                path = field(path, relative.substring(i, end));
                i = end;
            }
        }
        return path;
    }

    /** The path of the element that contains {@code path}; null for the root. */
    static String parent(String path) {
        int lastStart = -1;
        int i = ROOT.length();
        while (i < path.length()) {
            lastStart = i;
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
                    i++;
                }
            } else if (path.startsWith("['", i)) {
                i += 2;
                while (i < path.length() && !path.startsWith("']", i)) {
                    i += path.charAt(i) == '\\' ? 2 : 1;
                }
                i += 2;
            } else {
                i = path.indexOf(']', i) + 1;
                if (i == 0) {
                    return ROOT;
                }
            }
        }
        return lastStart < 0 ? null : path.substring(0, lastStart);
    }
}
