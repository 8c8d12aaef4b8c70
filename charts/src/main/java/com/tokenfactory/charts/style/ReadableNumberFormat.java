package com.tokenfactory.charts.style;

import com.tokenfactory.core.format.Numbers;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Numbers as people read them on a chart (1.25M and 3.4B rather than 1,250,000 and 3,400,000,000): a
 * {@link NumberFormat} for JFreeChart's axes and tool tips that writes through the one formatter of the product,
 * {@link Numbers#compact}. Format only.
 */
public final class ReadableNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Numbers.compact(number == 0 ? 0.0 : number));
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
