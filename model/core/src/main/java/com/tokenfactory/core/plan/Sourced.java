package com.tokenfactory.core.plan;

/**
 * A figure and where it comes from. Catalog and default figures always travel with their source so the user can
 * judge them; {@code lowConfidence} marks street prices and other figures the source itself calls rough.
 *
 * @param value         the figure, in the unit its field names
 * @param source        publication, data sheet or derivation the figure comes from
 * @param lowConfidence true where the source is itself rough (street prices, analyst summaries)
 */
public record Sourced(double value, String source, boolean lowConfidence) {
    public static final String USER_ENTERED = "entered by the user";

    public Sourced {
        Check.finite(value, "value");
        source = Check.text(source, "source");
    }

    public static Sourced of(double value, String source) {
        return new Sourced(value, source, false);
    }

    public static Sourced rough(double value, String source) {
        return new Sourced(value, source, true);
    }

    public static Sourced user(double value) {
        return new Sourced(value, USER_ENTERED, false);
    }
}
