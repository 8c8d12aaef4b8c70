package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.format.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the calibration screen and the commands write measurements: three significant figures, a dash for unknown. Built
 * on the app's {@link Numbers}; measurements span many decades (0.0391 ms to 12,345 TFLOP/s), so they keep
 * significant figures where the rest of the app keeps a scale letter.
 */
final class CalibrationNumbers {
    private CalibrationNumbers() {
    }

    /** Three significant figures without exponent down to 0.0001 (e.g. 0.0391, 1.10, 24.1, 720). */
    static String sig3(double v) {
        if (!Double.isFinite(v)) {
            return Numbers.UNKNOWN;
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return Numbers.fixed(v, Math.max(0, 2 - (int) Math.floor(Math.log10(a))));
    }

    /** A round tick value without trailing zeros or exponent, e.g. 0.005, 20, 1,000. */
    static String sig3Plain(double v) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        return d.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                ? String.format(Locale.ROOT, "%,d", d.longValue()) : d.toPlainString();
    }

    /** A fraction with two decimals, e.g. 0.65. */
    static String fraction(double v) {
        return Numbers.fixed(v, 2);
    }

    /** A percentage (given in percent) with one decimal, e.g. "3.6%". */
    static String percent(double v) {
        return Double.isFinite(v) ? Numbers.fixed(v, 1) + "%" : Numbers.UNKNOWN;
    }

    /** A signed percentage change with one decimal, e.g. "+12.5%" or "−3.0%". */
    static String change(double v) {
        if (!Double.isFinite(v)) {
            return Numbers.UNKNOWN;
        }
        return (v > 0 ? "+" : v < 0 ? Numbers.MINUS : "") + Numbers.fixed(Math.abs(v), 1) + "%";
    }

    /**
     * Dollars per million tokens, e.g. "$0.090" or "$12.40"; a dash when nothing was served. Three decimals up to $10,
     * where the app's {@link Numbers#price} keeps two from $1 on ($3.490 here, $3.49 on the KPI strip).
     */
    static String usdPerMtok(double v) {
        if (!Double.isFinite(v)) {
            return Numbers.UNKNOWN;
        }
        return "$" + Numbers.fixed(v, Math.abs(v) >= 10 ? 2 : 3);
    }
}
