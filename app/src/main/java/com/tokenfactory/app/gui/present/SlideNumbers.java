package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.format.Numbers;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers as a slide prints them: short enough to read from the back of a room ("$112B", "42.3 TWh", "51%"). Built on
 * the product's one formatter, {@link Numbers}; where a slide deliberately differs from the windows it says so: money and counts keep
 * three figures ($112B, where the KPI strip says $112.4B) with a capital K, shares drop their decimal from 10% on,
 * a currency other than USD follows the figure ("112B EUR"), and an undefined figure (NaN) reads "n/a" rather than
 * a dash.
 */
public final class SlideNumbers {
    /** How a slide writes a figure that is not defined. */
    static final String NOT_AVAILABLE = "n/a";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private SlideNumbers() {
    }

    /** 112.4e9 USD → "$112B", 4.618e9 → "$4.6B", −6.8e9 → "−$6.8B"; other currencies as "112B EUR". */
    public static String money(double amount, String currency) {
        if (!Double.isFinite(amount)) {
            return NOT_AVAILABLE;
        }
        String sign = amount < 0 ? Numbers.MINUS : "";
        String figure = abbreviated(Math.abs(amount));
        return "USD".equals(currency) ? sign + "$" + figure : sign + figure + " " + currency;
    }

    /** A count: 956,000 → "956K", 1.2e6 → "1.2M", 640 → "640". */
    public static String count(double n) {
        return Double.isFinite(n) ? (n < 0 ? Numbers.MINUS : "") + abbreviated(Math.abs(n)) : NOT_AVAILABLE;
    }

    /** A whole count with thousands separators: 178000 → "178,000". */
    public static String whole(double n) {
        return Double.isFinite(n) ? Numbers.whole(n) : NOT_AVAILABLE;
    }

    /** Energy given in MWh: 42,267 GWh → "42.3 TWh", 1,404 MWh → "1.40 GWh" ({@link Numbers#energyMwh}). */
    public static String energyMwh(double mwh) {
        return Double.isFinite(mwh) ? Numbers.energyMwh(mwh) : NOT_AVAILABLE;
    }

    /** Power given in MW: 2,016.7 → "2.02 GW", 67.9 → "67.9 MW" ({@link Numbers#powerMw}). */
    public static String powerMw(double mw) {
        return Double.isFinite(mw) ? Numbers.powerMw(mw) : NOT_AVAILABLE;
    }

    /** A share as a percentage: one decimal under 10% ("3.4%"), whole above ("51%"). */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return NOT_AVAILABLE;
        }
        double p = fraction * 100;
        String digits = Math.abs(p) < 10 && Math.abs(p) >= 0.05 ? Numbers.pattern("0.0").format(Math.abs(p))
                : Numbers.pattern("0").format(Math.abs(p));
        return (p < 0 && !"0".equals(digits) ? Numbers.MINUS : "") + digits + "%";
    }

    /** A rate as it was set: up to two decimals, 0.1025 → "10.25%", 0.4 → "40%", 0.016 → "1.6%". */
    public static String rate(double fraction) {
        return Double.isFinite(fraction) ? Numbers.rate(fraction) : NOT_AVAILABLE;
    }

    /** A rate with one decimal, for results such as an IRR: 0.1403 → "14.0%". */
    public static String rateOneDecimal(double fraction) {
        if (!Double.isFinite(fraction)) {
            return NOT_AVAILABLE;
        }
        String digits = Numbers.pattern("0.0").format(Math.abs(fraction * 100));
        return (fraction < 0 && !"0.0".equals(digits) ? Numbers.MINUS : "") + digits + "%";
    }

    /** A plain number with up to two decimals: 1.15 → "1.15", 6.0 → "6". */
    public static String decimal(double v) {
        return Double.isFinite(v) ? Numbers.plain(v, 2) : NOT_AVAILABLE;
    }

    /** "July 2031". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "Jul 2031". */
    public static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    private static String abbreviated(double v) {
        return Numbers.headline(v);
    }
}
