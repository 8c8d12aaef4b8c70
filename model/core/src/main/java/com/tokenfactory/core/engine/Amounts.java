package com.tokenfactory.core.engine;

import java.util.Locale;

/** Large amounts in words for messages a user reads ("21.6 quadrillion tokens", not "2.16e+16"). */
final class Amounts {
    private static final double[] SCALES = {1e15, 1e12, 1e9, 1e6};
    private static final String[] NAMES = {"quadrillion", "trillion", "billion", "million"};

    private Amounts() {
    }

    static String tokens(double tokens) {
        for (int i = 0; i < SCALES.length; i++) {
            if (Math.abs(tokens) >= SCALES[i]) {
                return String.format(Locale.ROOT, "%.3g %s tokens", tokens / SCALES[i], NAMES[i]);
            }
        }
        return String.format(Locale.ROOT, "%,.0f tokens", tokens);
    }
}
