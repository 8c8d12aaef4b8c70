package com.tokenfactory.app.gui.properties;

import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.catalog.KnownModels.KnownModel;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The kinds of values the property editor edits, each knowing how to show a value as text and read it back.
 * Percentages are stored as fractions (0.016) and shown as percent (1.6).
 */
public enum FieldType {
    TEXT, OPTIONAL_TEXT, LONG_TEXT, NUMBER, OPTIONAL_NUMBER, PERCENT, OPTIONAL_PERCENT, WHOLE, OPTIONAL_WHOLE, MONTH,
    OPTIONAL_MONTH, LABELS, SKU, CONTRACT_KIND, LATENCY, FLAG, READ_ONLY,
    /** A service's model as a published model's shape ({@link KnownModels}), or "Custom" when it is none of them. */
    KNOWN_MODEL;

    /** Types edited in a text field. */
    public boolean textual() {
        return this != LABELS && this != SKU && this != CONTRACT_KIND && this != LATENCY && this != FLAG
                && this != KNOWN_MODEL;
    }

    public boolean optional() {
        return this == OPTIONAL_TEXT || this == LONG_TEXT || this == OPTIONAL_NUMBER || this == OPTIONAL_PERCENT
                || this == OPTIONAL_WHOLE || this == OPTIONAL_MONTH;
    }

    public boolean percent() {
        return this == PERCENT || this == OPTIONAL_PERCENT;
    }

    /** The value as the editor shows it. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case NUMBER, OPTIONAL_NUMBER -> Numbers.editable(((Number) value).doubleValue());
            case PERCENT, OPTIONAL_PERCENT -> Numbers.editable(Math.round(((Number) value).doubleValue() * 1e8) / 1e6);
            case WHOLE, OPTIONAL_WHOLE -> Integer.toString(((Number) value).intValue());
            case LABELS -> String.join(", ", asLabels(value));
            case CONTRACT_KIND -> value == ContractKind.COMMITTED ? "Committed (take-or-pay)" : "On demand";
            case LATENCY -> latencyLabel((LatencyClass) value);
            case FLAG -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            case KNOWN_MODEL -> knownModelLabel(KnownModels.describing((ModelShape) value).orElse(null));
            default -> value.toString();
        };
    }

    /**
     * Reads what the user typed (for textual types) or chose (for the others).
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public Object parse(Object input) {
        if (!textual()) {
            return this == LABELS ? new TreeSet<>(asLabels(input)) : input;
        }
        String text = input == null ? "" : input.toString().strip();
        if (text.isEmpty() && optional()) {
            return null;
        }
        return switch (this) {
            case TEXT, OPTIONAL_TEXT, LONG_TEXT -> text;
            case NUMBER, OPTIONAL_NUMBER -> Numbers.parse(text);
            case PERCENT, OPTIONAL_PERCENT -> Numbers.parse(text.endsWith("%") ? text.substring(0, text.length() - 1)
                    : text) / 100.0;
            case WHOLE, OPTIONAL_WHOLE -> Numbers.parseWhole(text);
            case MONTH, OPTIONAL_MONTH -> month(text);
            default -> throw new IllegalStateException(name() + " is not edited as text");
        };
    }

    private static YearMonth month(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a month is needed, e.g. 2027-06");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a month; write it as 2027-06");
        }
    }

    @SuppressWarnings("unchecked")
    private static SortedSet<String> asLabels(Object value) {
        if (value == null) {
            return new TreeSet<>();
        }
        return new TreeSet<>((Collection<String>) value);
    }

    /** A known model by its name; no known model reads "Custom" (the shape is the fields' own). */
    public static String knownModelLabel(KnownModel known) {
        return known == null ? "Custom" : known.name();
    }

    public static String latencyLabel(LatencyClass latency) {
        return switch (latency) {
            case INTERACTIVE -> "Interactive (≤ 40 ms/token, first token ≤ 450 ms)";
            case STANDARD -> "Standard (≤ 200 ms/token, first token ≤ 2 s)";
            case BATCH -> "Batch (≤ 2 s/token)";
        };
    }
}
