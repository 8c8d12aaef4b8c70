package com.tokenfactory.core.plan;

/**
 * A plan element was given a value it cannot hold. {@link #field()} names the offending field as a path
 * relative to the element being built ("pue", "phases[1].criticalItMw"); the file layer prefixes the JSON path
 * of that element, so a user reads e.g. {@code $.sites[0].phases[1].criticalItMw: must be between 0.001 and 100000 (was -5.0)}.
 */
public final class InvalidPlanException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String detail;

    public InvalidPlanException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    /** Path of the field, relative to the element that threw. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field. */
    public String detail() {
        return detail;
    }

    /** The same problem seen from a containing element, e.g. {@code prefixed("sites[2]")}. */
    public InvalidPlanException prefixed(String parentPath) {
        InvalidPlanException e = new InvalidPlanException(parentPath + "." + field, detail);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
