package com.tokenfactory.app.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;

/**
 * How the app writes and reads numbers: money and large counts with a scale letter ($4.6B, 20T tokens/day), plain
 * figures with thousands separators. The app is in English; numbers use the English separators everywhere so a
 * figure reads the same in every screenshot and every locale. The windows, the command line, the presentation
 * ({@code SlideNumbers}: coarser, for headlines) and the calibration screen build on these; no JavaFX here.
 */
public final class Numbers {
    /** U+2212, the minus sign of money and changes: a hyphen is easy to miss. */
    public static final String MINUS = "\u2212";
    /** What an undefined figure (NaN, nothing served) is written as. */
    public static final String UNKNOWN = "\u2014";
    private static final String[] SCALE = {"", "k", "M", "B", "T"};

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

    /** A token count: 37.7T; from a quadrillion on in words, 37.7 quadrillion, since "Q" reads as nothing. */
    public static String tokens(double value) {
        if (Double.isFinite(value) && Math.abs(value) >= 1e15) {
            return (value < 0 ? MINUS : "") + pattern("#,##0.0").format(Math.abs(value) / 1e15) + " quadrillion";
        }
        return count(value);
    }

    /** A fraction as a percentage: 0.301 → 30.1%. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        return pattern("0.#").format(fraction * 100) + "%";
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
