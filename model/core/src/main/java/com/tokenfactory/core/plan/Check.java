package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/** Constructor checks shared by the plan records. Every failure names the field. */
public final class Check {

    private Check() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidPlanException(field, "is required");
        }
        return value;
    }

    /** Required text, at most {@link #MAX_TEXT_LENGTH} characters (so every saved plan reads back). */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidPlanException(field, "is required and must not be blank");
        }
        return boundedText(value, field);
    }

    /** Optional free text: null stays null, surrounding blanks are removed, blank becomes null. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String id(String value, String field) {
        String v = text(value, field);
        if (!isId(v)) {
            throw new InvalidPlanException(field, "'" + shown(v) + "' is not a valid id (letters, digits, '_', '-', '.'; "
                    + "at most 64; starting with a letter or digit)");
        }
        return v;
    }

    /**
     * Whether the text matches {@code [A-Za-z0-9][A-Za-z0-9_.\-]{0,63}}, checked by hand: every plan record checks
     * its id, and a Monte Carlo trial builds dozens of records (a regular expression's matcher cost a third of that).
     */
    static boolean isId(String v) {
        int n = v.length();
        if (n == 0 || n > 64 || !asciiLetterOrDigit(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = v.charAt(i);
            if (!asciiLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** A required month inside the plan window ({@link Months#FIRST} … {@link Months#LAST}). */
    public static YearMonth month(YearMonth value, String field) {
        present(value, field);
        if (!Months.inWindow(value)) {
            throw new InvalidPlanException(field, "must be between " + Months.FIRST + " and " + Months.LAST
                    + " (was " + value + ")");
        }
        return value;
    }

    /** An optional month: null stays null, otherwise as {@link #month}. */
    public static YearMonth optionalMonth(YearMonth value, String field) {
        return value == null ? null : month(value, field);
    }

    /**
     * Text as a message may echo it: at most 60 characters (longer is cut with "…"), control characters (terminal
     * escape codes among them) shown as '?', so a 1 MB value or an escape sequence never reaches the user's terminal.
     */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), 64));
        int cut = 60;
        for (int i = 0; i < value.length() && b.length() < cut; i++) {
            char c = value.charAt(i);
            b.append(Character.isISOControl(c) || isBidiControl(c) ? '?' : c);
        }
        if (value.length() > cut) {
            b.append('…');
        }
        return b.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }

    /** Free text longer than this is refused: plans are read with a 1,000,000-character string limit. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    /** Optional free text (notes, descriptions, sources) bounded to {@link #MAX_TEXT_LENGTH}. */
    public static String boundedText(String value, String field) {
        String v = optionalText(value);
        if (v != null && v.length() > MAX_TEXT_LENGTH) {
            throw new InvalidPlanException(field, "is " + v.length() + " characters long; at most " + MAX_TEXT_LENGTH
                    + " are allowed");
        }
        return v;
    }

    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidPlanException(field, "must be a finite number (was " + value + ")");
        }
        return value;
    }

    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new InvalidPlanException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new InvalidPlanException(field, "must be positive (was " + value + ")");
        }
        return value;
    }

    public static double fraction(double value, String field) {
        return between(value, 0.0, 1.0, field);
    }

    public static double between(double value, double min, double max, String field) {
        finite(value, field);
        if (value < min || value > max) {
            throw new InvalidPlanException(field, "must be between " + fmt(min) + " and " + fmt(max) + " (was " + value + ")");
        }
        return value;
    }

    /** A yearly rate of change, which may be negative but never -100% or below. */
    public static double rate(double value, String field) {
        finite(value, field);
        if (value <= -1.0 || value > 100.0) {
            throw new InvalidPlanException(field, "must be a yearly rate above -1 (-100%) and at most 100 (was " + value + ")");
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidPlanException(field, "must be positive (was " + value + ")");
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidPlanException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidPlanException(field, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    /** An immutable copy; null becomes empty; null entries are refused. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidPlanException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** Certifications and similar labels: trimmed, distinct, sorted, never blank. */
    public static SortedSet<String> labels(Collection<String> values, String field) {
        if (values == null) {
            return Collections.emptySortedSet();
        }
        TreeSet<String> out = new TreeSet<>();
        int i = 0;
        for (String v : values) {
            // the element's path is written only for a message: plans are copied for every trial and every edit
            String t = optionalText(v);
            out.add(t != null && t.length() <= MAX_TEXT_LENGTH ? t : text(v, field + "[" + i + "]"));
            i++;
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /** Refuses two elements with the same id; the message names both positions. */
    public static <T> void uniqueIds(List<T> values, Function<T, String> id, String field) {
        Set<String> ids = new HashSet<>();
        for (T v : values) {
            if (!ids.add(id.apply(v))) {
                // the positions are written only when there is a duplicate to name
                Map<String, String> seen = new HashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    claim(seen, id.apply(values.get(i)), field + "[" + i + "]");
                }
            }
        }
    }

    /** Records that the element at {@code path} uses {@code id}; refuses an id an earlier element already uses. */
    static void claim(Map<String, String> paths, String id, String path) {
        String previous = paths.putIfAbsent(id, path);
        if (previous != null) {
            throw new InvalidPlanException(path + ".id", "duplicate id '" + id + "' (also used by " + previous + ")");
        }
    }

    /** A bound as a message shows it: 100000, 0.001, 1e18, 1e-6. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace(".0E", "E").replace('E', 'e');
    }
}
