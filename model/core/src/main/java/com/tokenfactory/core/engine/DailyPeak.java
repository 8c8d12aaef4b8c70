package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.InferenceService;

/**
 * A service's daily peak, as the allocator holds capacity for it. Demand is a daily average; the busiest hour asks
 * for {@code peakToAverage} (r) times that. Capacity is held for the peak all day, so one GPU-hour held serves, on
 * average, 1/r of what a GPU-hour busy serves, and 1 − 1/r of every held GPU-hour idles off-peak. When a service
 * gets less than it needs, each GPU-hour it holds still serves 1/r of a busy one: the shortfall is unserved in the
 * same proportion across the day — as an admission limit that turns away the same share of every hour's requests
 * would. (A provider that sheds only the peak's top would lose less; this is the cautious reading.)
 */
final class DailyPeak {
    private DailyPeak() {
    }

    /** Tokens one GPU-hour held for the service serves on average: tokens per busy GPU-hour ÷ r. */
    static double tokensPerHeldGpuHour(double tokensPerBusyGpuHour, InferenceService svc) {
        return tokensPerBusyGpuHour / svc.peakToAverage();
    }

    /** The share of a held GPU-hour that idles off-peak: 1 − 1/r (0 for a flat day). */
    static double idleShare(InferenceService svc) {
        return 1.0 - 1.0 / svc.peakToAverage();
    }

    /** Draw over a held GPU-hour, as a fraction of all-in power: busy fraction ÷ r + idle fraction × (1 − 1/r). */
    static double heldPowerFraction(double busyFraction, double idleFraction, InferenceService svc) {
        double idle = idleShare(svc);
        return busyFraction * (1.0 - idle) + idleFraction * idle;
    }
}
