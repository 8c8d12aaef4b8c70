package com.tokenfactory.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The line on which each element of a parsed file starts, by JSON path. Jackson's tree drops locations, so the tree
 * builder records them here; errors then find the line of the element they name, or of its nearest enclosing
 * element when the element itself is missing.
 */
final class SourceLines {
    private final TreeMap<String, Integer> lines = new TreeMap<>();

    void record(String path, int line) {
        lines.put(path, line);
    }

    /** The recorded line of {@code path}, or 0 when it was never recorded. */
    int exactLine(String path) {
        return lines.getOrDefault(path, 0);
    }

    /** The line of {@code path} or of its nearest recorded ancestor; 0 when nothing is known. */
    int lineOf(String path) {
        for (String p = path; p != null; p = JsonPaths.parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /**
     * Follows a migration that renamed a field: the lines recorded under {@code parent.from} and everything below it
     * are now found under {@code parent.to}.
     */
    void renamed(String parent, String from, String to) {
        String oldPath = JsonPaths.field(parent, from);
        String newPath = JsonPaths.field(parent, to);
        SortedMap<String, Integer> candidates = lines.subMap(oldPath, oldPath + Character.MAX_VALUE);
        List<Map.Entry<String, Integer>> moved = new ArrayList<>();
        for (Map.Entry<String, Integer> e : candidates.entrySet()) {
            String key = e.getKey();
            if (key.length() == oldPath.length() || key.charAt(oldPath.length()) == '.'
                    || key.charAt(oldPath.length()) == '[') {
                moved.add(Map.entry(key, e.getValue()));
            }
        }
        for (Map.Entry<String, Integer> e : moved) {
            lines.remove(e.getKey());
            lines.put(newPath + e.getKey().substring(oldPath.length()), e.getValue());
        }
    }
}
