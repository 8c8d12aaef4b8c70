package com.tokenfactory.core.trace;

import java.util.Objects;

/**
 * Where a leaf of an explanation comes from.
 *
 * @param provenance measured, calibrated, sourced default, planner's assumption or derived
 * @param where      the place to edit or look it up: a plan file JSON path ("sites[0].electricityUsdPerMwh"), an
 *                   assumption ("assumptions.discountRate"), a catalog row, or a result series of the engine
 * @param source     the figure's own source text (the element's {@code source}, the default's publication, the
 *                   calibration's device and date, or how the engine derives it)
 */
public record Origin(Provenance provenance, String where, String source) {
    public Origin {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(where, "where");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an origin needs a source (" + where + ")");
        }
    }
}
