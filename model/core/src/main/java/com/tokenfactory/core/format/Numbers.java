package com.tokenfactory.core.format;

import com.tokenfactory.core.result.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The one place figures are written for people: the windows, the command line's tables, the charts' axes and tool
 * tips, the PDF report, the presentation and the PowerPoint deck all build on these. Money and large counts carry a
 * scale letter ($4.6B, 20T tokens/day), tokens a scale word (56.3 quadrillion), energy and power an SI prefix
 * (42.3 TWh, 2.02 GW); a negative amount of money puts the minus sign before the currency (−$33.2B). Figures in
 * tables ({@link #figure}) keep {@value #TABLE_FIGURES} significant figures, so a column reads evenly
 * ($4.39B, $11.0B; $0.0900, $0.0723). English separators everywhere, so a figure reads the same in every screenshot
 * and locale. Pure Java: core has no UI dependencies, and every module may use it. Machine outputs (CSV, JSON, XLSX)
 * stay numeric and never pass through here.
 */
public final class Numbers {
    /** U+2212, the minus sign of money and changes: a hyphen is easy to miss. */
    public static final String MINUS = "\u2212";
    /** What an undefined figure (NaN, nothing served) is written as. */
    public static final String UNKNOWN = "\u2014";
    private static final String[] SCALE = {"", "k", "M", "B", "T"};
    /** Significant figures of a table cell: three, as 56.3 quadrillion, 42.3 TWh, −$33.2B. */
    public static final int TABLE_FIGURES = 3;
    private static final String[] TOKEN_WORDS = {"", "thousand", "million", "billion", "trillion", "quadrillion",
            "quintillion"};
    private static final String[] ENERGY_FROM_MWH = {"MWh", "GWh", "TWh", "PWh"};
    private static final String[] POWER_FROM_MW = {"MW", "GW", "TW"};

    private Numbers() {
    }

    /** Money with a scale letter and one decimal: $4.6B, −$33.1B, $845.3M; other currencies by code: EUR 4.6B. */
    public static String money(double amount, String currency) {
        if (!Double.isFinite(amount)) {
            return UNKNOWN;
        }
        String sign = amount < 0 ? MINUS : "";
        String symbol = "USD".equals(currency) ? "$" : currency + " ";
        return sign + symbol + scaled(Math.abs(amount), 1);
    }

    /** A price small enough to need cents or more: $0.090, $3.49, $45,125. */
    public static String price(double amount, String currency) {
        if (!Double.isFinite(amount)) {
            return UNKNOWN;
        }
        String symbol = "USD".equals(currency) ? "$" : currency + " ";
        String sign = amount < 0 ? MINUS : "";
        double a = Math.abs(amount);
        String digits = a < 1 ? pattern("0.000").format(a) : a < 100 ? pattern("0.00").format(a)
                : pattern("#,##0").format(a);
        return sign + symbol + digits;
    }

    /** A large count with a scale letter: 20T, 1.5B, 35.0k; below 1,000 as it is. */
    public static String count(double value) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        return (value < 0 ? MINUS : "") + scaled(Math.abs(value), 1);
    }

    /**
     * A token count in words from a million on, three significant figures: 56.3 quadrillion, 2.69 trillion,
     * 350 million; below a million as a whole number (845,000 reads as it is).
     */
    public static String tokens(double value) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        String sign = value < 0 ? MINUS : "";
        double a = Math.abs(value);
        if (roundToFigures(a, TABLE_FIGURES) < 1e6) {
            return sign + whole(a);
        }
        return sign + scaledFigures(a, TABLE_FIGURES, TOKEN_WORDS, " ", 2);
    }

    /** Energy given in MWh, three significant figures with an SI prefix: 42,267,000 → 42.3 TWh, 1,404 → 1.40 GWh. */
    public static String energyMwh(double mwh) {
        if (!Double.isFinite(mwh)) {
            return UNKNOWN;
        }
        return (mwh < 0 ? MINUS : "") + scaledFigures(Math.abs(mwh), TABLE_FIGURES, ENERGY_FROM_MWH, " ", 0);
    }

    /** Power given in MW, three significant figures with an SI prefix: 2,016.7 → 2.02 GW, 67.9 → 67.9 MW. */
    public static String powerMw(double mw) {
        if (!Double.isFinite(mw)) {
            return UNKNOWN;
        }
        return (mw < 0 ? MINUS : "") + scaledFigures(Math.abs(mw), TABLE_FIGURES, POWER_FROM_MW, " ", 0);
    }

    /**
     * Money with three significant figures, the sign before the currency: −$33.2B, $4.39B, $11.0B, $845M, and
     * prices as $0.0723 or $3.49; other currencies by code: EUR 4.39B.
     */
    public static String moneyFigure(double amount, String currency) {
        if (!Double.isFinite(amount)) {
            return UNKNOWN;
        }
        String symbol = "USD".equals(currency) ? "$" : currency + " ";
        return (amount < 0 ? MINUS : "") + symbol + scaledFigures(Math.abs(amount), TABLE_FIGURES, SCALE, "", 0);
    }

    /** A count with three significant figures and a scale letter: 35.0k, 1.20M, 640; fractions as 0.0412. */
    public static String countFigure(double value) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        return (value < 0 ? MINUS : "") + scaledFigures(Math.abs(value), TABLE_FIGURES, SCALE, "", 0);
    }

    /**
     * A chart's axis tick or tool tip: three significant figures with a scale letter and no trailing zeros (1.25M,
     * 1.5M, 2M, 850, 0.35), the minus sign before it.
     */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return UNKNOWN;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : MINUS + "\u221e";
        }
        String figure = scaledFigures(Math.abs(value), TABLE_FIGURES, SCALE, "", 0);
        int scale = figure.length();
        while (scale > 0 && !Character.isDigit(figure.charAt(scale - 1))) {
            scale--;
        }
        String digits = figure.substring(0, scale);
        if (digits.contains(".")) {
            digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        String shown = digits + figure.substring(scale);
        return (value < 0 && !"0".equals(digits) ? MINUS : "") + shown;
    }

    /** A rate as it was set, up to two decimals: 0.1025 → 10.25%, 0.4 → 40%, 0.016 → 1.6%. */
    public static String rate(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        String digits = pattern("#,##0.##").format(Math.abs(fraction * 100));
        return (fraction < 0 && !"0".equals(digits) ? MINUS : "") + digits + "%";
    }

    /**
     * A figure for a headline read from the back of a room: at most three figures, one decimal under 100 of the
     * scale, a capital K: 112.36e9 → 112B, 4.618e9 → 4.6B, 956,000 → 956K, 640 → 640. No sign: callers add it.
     */
    public static String headline(double a) {
        String[] suffixes = {"", "K", "M", "B", "T"};
        int tier = 0;
        double scaled = Math.abs(a);
        while (tier < suffixes.length - 1 && roundedForHeadline(scaled) >= 1000) {
            scaled /= 1000;
            tier++;
        }
        return tier == 0 ? pattern("#,##0").format(scaled) : oneOrNoDecimal(scaled) + suffixes[tier];
    }

    /** One decimal under 100 (and for fractions of 10 or more), none from 100 on: 4.6, 42, 112. */
    public static String oneOrNoDecimal(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v) && Math.abs(v) >= 10) {
            return pattern("#,##0").format(v);
        }
        return pattern("0.0").format(v);
    }

    private static double roundedForHeadline(double scaled) {
        return scaled >= 100 ? Math.round(scaled) : Math.round(scaled * 10) / 10.0;
    }

    /** A fraction as a percentage with one decimal always, so a column lines up: 0.3 → 30.0%, 0.0412 → 4.1%. */
    public static String share(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        String digits = pattern("#,##0.0").format(Math.abs(fraction * 100));
        return (fraction < 0 && !"0.0".equals(digits) ? MINUS : "") + digits + "%";
    }

    /**
     * A figure of the engine's unit as a table cell, with its unit in the text and three significant figures:
     * money as {@link #moneyFigure}, energy and power with an SI prefix, tokens in words, GPU-hours and GPUs with
     * a scale letter, FLOP in powers of ten, ratios as they are ({@link Unit#RATIO} carries no unit of its own).
     */
    public static String figure(double value, Unit unit, String currency) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        return switch (unit) {
            case USD -> moneyFigure(value, currency);
            case MWH -> energyMwh(value);
            case MW -> powerMw(value);
            case TOKENS -> tokens(value) + " tokens";
            case GPU_HOURS -> countFigure(value) + " GPU-h";
            case GPUS -> countFigure(value) + " GPUs";
            case FLOP -> scientific(value) + " FLOP";
            case RATIO -> countFigure(value);
        };
    }

    /** A very large figure in powers of ten with three significant figures: 2.00e25; below a million as a count. */
    public static String scientific(double value) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        if (Math.abs(value) < 1e6) {
            return countFigure(value);
        }
        return (value < 0 ? MINUS : "") + String.format(Locale.ROOT, "%.2e", Math.abs(value)).replace("e+", "e");
    }

    /** A fraction as a percentage: 0.301 → 30.1%. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        String digits = pattern("0.#").format(Math.abs(fraction * 100));
        return (fraction < 0 && !"0".equals(digits) ? MINUS : "") + digits + "%";
    }

    /** A whole number with separators: 35,000. */
    public static String whole(double value) {
        return Double.isFinite(value) ? pattern("#,##0").format(value) : UNKNOWN;
    }

    /** A figure with up to {@code decimals} decimals and separators: 1,275, 3.35, 0.1025. */
    public static String plain(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        return pattern(decimals <= 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)).format(value);
    }

    /**
     * A figure with exactly {@code decimals} decimals and separators, for columns that line up: 4,618.3, 0.046.
     */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** A count and its noun: "1 hall", "3 halls", "1,200 more sites". */
    public static String plural(long n, String noun) {
        return whole(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** The calendar years a span of months touches: "2027–2031", or "2027" within one year. */
    public static String years(YearMonth first, YearMonth last) {
        return first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                : first.getYear() + "–" + last.getYear();
    }

    /**
     * How a figure is shown in an editor: no separators, and read back exactly by {@link #parse}. Large figures get
     * a scale letter when that is exact (20T, 11.7M) and an exponent from 10^15 on (2e25).
     */
    public static String editable(double value) {
        double a = Math.abs(value);
        if (a >= 1e15) {
            String e = Double.toString(value).replace("E", "e").replace(".0e", "e");
            return e;
        }
        if (a >= 1e6) {
            for (int i = SCALE.length - 1; i >= 2; i--) {
                double unit = Math.pow(1000, i);
                if (a >= unit) {
                    String scaled = BigDecimal.valueOf(value / unit).stripTrailingZeros().toPlainString() + SCALE[i];
                    if (scaled.length() <= 8 && parse(scaled) == value) {
                        return scaled;
                    }
                    break;
                }
            }
        }
        if (value == Math.rint(value) && a < 1e15) {
            return Long.toString((long) value);
        }
        if (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-4) {
            return Double.toString(value).replace("E", "e");
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a number as people type it: "1,275", "3.35", "2e25", "20T", "1.5 B", "400k", "−5".
     *
     * @throws NumberFormatException with a message for the user when the text is not a number
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.strip().replace(MINUS, "-").replace(",", "").replace("_", "")
                .replace(" ", "");
        if (t.isEmpty()) {
            throw new NumberFormatException("a number is needed");
        }
        double factor = 1;
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        int scale = "kmbtq".indexOf(last);
        if (scale >= 0 && t.length() > 1 && !t.toLowerCase(Locale.ROOT).endsWith("e" + last)) {
            factor = Math.pow(1000, scale + 1);
            t = t.substring(0, t.length() - 1);
        }
        try {
            double v = Double.parseDouble(t) * factor;
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text.strip() + "' is not a number");
        }
    }

    /** Reads a whole number; "8,192" and "8k" are fine, "8.5" is not. */
    public static int parseWhole(String text) {
        double v = parse(text);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new NumberFormatException("'" + text.strip() + "' is not a whole number");
        }
        return (int) v;
    }

    /** A label inside a sentence: "Critical IT power" → "critical IT power", "PUE" stays "PUE". */
    public static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /**
     * {@code a} (not negative) with {@code figures} significant figures and the first scale name that keeps it under
     * 1,000: names[i] stands for 1000^i (names[0] is the unit itself). Below 1 the figures go to decimals ($0.0723);
     * from the last name on, the figure grows past 1,000 with separators. {@code minScale} is the smallest name to
     * use from 1,000 on (tokens start at million).
     */
    static String scaledFigures(double a, int figures, String[] names, String gap, int minScale) {
        if (a == 0) {
            return "0" + (names[0].isEmpty() ? "" : gap + names[0]);
        }
        double rounded = roundToFigures(a, figures);
        int i = 0;
        double v = rounded;
        while (v >= 1000 && i < names.length - 1) {
            v /= 1000;
            i++;
        }
        if (i > 0 && i < minScale) {
            v = rounded / Math.pow(1000, minScale);
            i = minScale;
        }
        String name = names[i];
        return digits(v, figures) + (name.isEmpty() ? "" : gap + name);
    }

    /** v with {@code figures} significant figures, trailing zeros kept (11.0, 0.0900) and separators from 1,000. */
    private static String digits(double v, int figures) {
        BigDecimal bd = new BigDecimal(v).round(new MathContext(figures, RoundingMode.HALF_EVEN));
        int magnitude = bd.precision() - bd.scale() - 1;
        int decimals = Math.max(0, figures - 1 - magnitude);
        return pattern(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(bd);
    }

    private static double roundToFigures(double a, int figures) {
        return a == 0 ? 0 : new BigDecimal(a).round(new MathContext(figures, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static String scaled(double a, int decimals) {
        int i = 0;
        double v = a;
        while (v >= 1000 && i < SCALE.length - 1) {
            v /= 1000;
            i++;
        }
        if (i == 0) {
            return pattern(a == Math.rint(a) ? "0" : "0.##").format(a);
        }
        String formatted = pattern("0." + "0".repeat(decimals)).format(v);
        if (formatted.startsWith("1000") && i < SCALE.length - 1) {
            formatted = pattern("0." + "0".repeat(decimals)).format(1.0);
            i++;
        }
        return formatted + SCALE[i];
    }

    /** A {@link DecimalFormat} of the pattern with the English separators. */
    public static DecimalFormat pattern(String p) {
        return new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US));
    }
}
