package com.tokenfactory.charts.report;

import com.tokenfactory.charts.style.ReadableNumberFormat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report prints them; undefined values (NaN) print as "undefined". Each call makes its own format:
 * java.text formats are not thread-safe, and reports can be written on several threads at once.
 */
final class Figures {
    private Figures() {
    }

    /** 5.47M, 310K, 0.35. */
    static String number(double v) {
        return Double.isNaN(v) ? "undefined" : new ReadableNumberFormat().format(v);
    }

    static String money(double v, String currency) {
        return Double.isNaN(v) ? "undefined" : number(v) + " " + currency;
    }

    /** A fraction as a percentage: 0.732 → "73.2%", 0.1025 → "10.25%". */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "undefined" : decimal("#,##0.0#", fraction * 100) + "%";
    }

    static String whole(double v) {
        return Double.isNaN(v) ? "undefined" : decimal("#,##0", v);
    }

    static String oneDecimal(double v) {
        return Double.isNaN(v) ? "undefined" : decimal("#,##0.0", v);
    }

    private static String decimal(String pattern, double v) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(v);
    }
}
