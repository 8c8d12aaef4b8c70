package com.tokenfactory.charts.style;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers as people read them on a chart: 1.25M and 3.4B rather than 1,250,000 and 3,400,000,000; small numbers with
 * a few decimals. Always US English symbols, so exported charts look the same on every machine. Format only.
 */
public final class ReadableNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final NumberFormat compact;
    private final DecimalFormat small;
    private final DecimalFormat tiny;

    public ReadableNumberFormat() {
        compact = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(2);
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        small = new DecimalFormat("#,##0.##", us);
        tiny = new DecimalFormat("0.####", us);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number)) {
            return toAppendTo.append("n/a");
        }
        if (number == 0) {
            number = 0.0; // no "-0"
        }
        double abs = Math.abs(number);
        if (abs >= 10_000) {
            return toAppendTo.append(compact.format(number));
        }
        if (abs >= 1 || abs == 0) {
            return small.format(number, toAppendTo, pos);
        }
        return tiny.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Not supported: chart labels are never parsed back. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
