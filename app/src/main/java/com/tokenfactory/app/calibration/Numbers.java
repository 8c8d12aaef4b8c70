package com.tokenfactory.app.calibration;

import java.util.Locale;

/** How the calibration screen and the commands write numbers: three significant figures, a dash for unknown. */
final class Numbers {
    static final String UNKNOWN = "—";

    private Numbers() {
    }

    /** Three significant figures without exponent down to 0.0001 (e.g. 0.0391, 1.10, 24.1, 720). */
    static String sig3(double v) {
        if (!Double.isFinite(v)) {
            return UNKNOWN;
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** A round tick value without trailing zeros or exponent, e.g. 0.005, 20, 1,000. */
    static String sig3Plain(double v) {
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros();
        return d.abs().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0
                ? String.format(Locale.ROOT, "%,d", d.longValue()) : d.toPlainString();
    }

    /** A fraction with two decimals, e.g. 0.65. */
    static String fraction(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A percentage with one decimal, e.g. "3.6%". */
    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v) : UNKNOWN;
    }

    /** A signed percentage change with one decimal, e.g. "+12.5%" or "−3.0%". */
    static String change(double v) {
        if (!Double.isFinite(v)) {
            return UNKNOWN;
        }
        String s = String.format(Locale.ROOT, "%.1f%%", Math.abs(v));
        return (v > 0 ? "+" : v < 0 ? "−" : "") + s;
    }

    /** Dollars per million tokens, e.g. "$0.090" or "$12.40"; a dash when nothing was served. */
    static String usdPerMtok(double v) {
        if (!Double.isFinite(v)) {
            return UNKNOWN;
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "$%,.2f" : "$%.3f", v);
    }
}
