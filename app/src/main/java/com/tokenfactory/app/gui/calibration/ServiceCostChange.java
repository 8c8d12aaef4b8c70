package com.tokenfactory.app.gui.calibration;

/**
 * One inference service's fully loaded cost per million tokens over the plan's horizon, as the engine computes it
 * for the plan as it is and with a calibration ({@code ServiceResult.usdPerMillionTokens()}).
 *
 * @param serviceId service id
 * @param name      service name
 * @param before    $/Mtok with the plan as it is; NaN when the service is never served
 * @param after     $/Mtok with the calibration; NaN when the service is never served
 */
public record ServiceCostChange(String serviceId, String name, double before, double after) {

    /** The change from before to after, percent of before; NaN when either is unknown. */
    public double changePercent() {
        return Double.isFinite(before) && Double.isFinite(after) && before != 0
                ? (after - before) / before * 100.0 : Double.NaN;
    }
}
