package com.tokenfactory.benchmark;

/**
 * How long each shape runs.
 *
 * @param warmups            untimed runs after the session is created (first-run allocations, kernel selection)
 * @param minRuns            timed runs at least (ten give a p90 that is not just the maximum)
 * @param maxRuns            timed runs at most
 * @param minSeconds         keep timing until this much time has passed or maxRuns is reached
 * @param powerSettleSeconds back-to-back runs before power samples count (the board's reading lags)
 * @param powerWindowSeconds back-to-back runs whose power samples are averaged
 */
record RunSettings(int warmups, int minRuns, int maxRuns, double minSeconds, double powerSettleSeconds,
                   double powerWindowSeconds) {

    static RunSettings of(boolean gpu, boolean quick) {
        if (quick) {
            return new RunSettings(1, 5, 5, 0, 0.2, 0.5);
        }
        return gpu ? new RunSettings(3, 10, 200, 1.0, 1.0, 2.0) : new RunSettings(2, 10, 100, 0.5, 1.0, 2.0);
    }
}
