package com.tokenfactory.charts.report;

import com.tokenfactory.charts.style.ReadableNumberFormat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the report prints them; undefined values (NaN) print as "undefined". */
final class Figures {
    private static final ReadableNumberFormat READABLE = new ReadableNumberFormat();
    private static final DecimalFormat WHOLE = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    private static final DecimalFormat ONE_DECIMAL = new DecimalFormat("#,##0.0",
            DecimalFormatSymbols.getInstance(Locale.US));
    private static final DecimalFormat PERCENT = new DecimalFormat("#,##0.0#",
            DecimalFormatSymbols.getInstance(Locale.US));

    private Figures() {
    }

    /** 5.47M, 310K, 0.35. */
    static String number(double v) {
        return Double.isNaN(v) ? "undefined" : READABLE.format(v);
    }

    static String money(double v, String currency) {
        return Double.isNaN(v) ? "undefined" : READABLE.format(v) + " " + currency;
    }

    /** A fraction as a percentage: 0.732 → "73.2%", 0.1025 → "10.25%". */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "undefined" : PERCENT.format(fraction * 100) + "%";
    }

    static String whole(double v) {
        return Double.isNaN(v) ? "undefined" : WHOLE.format(v);
    }

    static String oneDecimal(double v) {
        return Double.isNaN(v) ? "undefined" : ONE_DECIMAL.format(v);
    }
}
