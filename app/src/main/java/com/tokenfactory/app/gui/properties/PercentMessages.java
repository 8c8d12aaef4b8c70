package com.tokenfactory.app.gui.properties;

import com.tokenfactory.core.format.Numbers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's refusals speak in fractions ("must be between 0 and 0.999 (was 1.2)"); a field the user edits in
 * percent gets the same sentence in percent ("must be between 0% and 99.9% (was 120%)").
 */
public final class PercentMessages {
    private static final Pattern BETWEEN = Pattern.compile("between (-?[0-9.Ee+-]+) and (-?[0-9.Ee+-]+)");
    private static final Pattern WAS = Pattern.compile("\\(was (-?[0-9.Ee+-]+)\\)");

    private PercentMessages() {
    }

    public static String inPercent(String detail) {
        String out = replace(BETWEEN, detail, m -> "between " + pct(m.group(1)) + " and " + pct(m.group(2)));
        out = replace(WAS, out, m -> "(was " + pct(m.group(1)) + ")");
        return out.replace("above -1 (-100%) and at most 100", "above −100% and at most 10,000%");
    }

    private static String pct(String number) {
        try {
            return Numbers.percent(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
