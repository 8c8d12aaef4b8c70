package com.tokenfactory.core.trace;

import java.util.List;
import java.util.Locale;

/**
 * An explanation as indented text, one node a line: "label = value unit   [formula]", a leaf with its provenance,
 * place and source. Long lists of inputs (a year's twelve months, a horizon's sixty) show their first and last few.
 */
public final class ExplanationText {
    private final int maxDepth;
    private final int maxChildren;
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    /**
     * @param maxDepth    levels below the figure to print (deeper nodes are summarised as "… n inputs")
     * @param maxChildren inputs shown per node before the middle ones are elided
     */
    public ExplanationText(int maxDepth, int maxChildren) {
        this.maxDepth = maxDepth;
        this.maxChildren = Math.max(2, maxChildren);
    }

    public String render(Explanation e) {
        seen.clear();
        StringBuilder out = new StringBuilder();
        render(e, 0, out);
        return out.toString();
    }

    private void render(Explanation e, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append(e.label()).append(" = ").append(value(e.value())).append(e.unit().isEmpty() ? ""
                : " " + e.unit());
        if (e.isLeaf()) {
            Origin o = e.origin();
            out.append("   <- ").append(o.provenance().words()).append(": ").append(o.where());
            if (seen.add(o.where() + "|" + o.source())) {
                out.append('\n').append(indent).append("     source: ").append(o.source()).append('\n');
            } else {
                out.append(" (source as above)\n");
            }
        } else {
            out.append("   [").append(e.formula());
            if (e.operation() == Explanation.Operation.RATIO && e.parameter() != 1) {
                out.append(", scale ").append(value(e.parameter()));
            }
            out.append("]\n");
        }
        if (e.why() != null) {
            out.append(indent).append("  why: ").append(e.why()).append('\n');
        }
        List<Explanation> children = e.children();
        if (children.isEmpty()) {
            return;
        }
        if (depth >= maxDepth) {
            out.append(indent).append("  … ").append(children.size()).append(children.size() == 1 ? " input" : " inputs")
                    .append(" (--depth ").append(depth + 1).append(" or more shows them)\n");
            return;
        }
        int head = children.size() <= maxChildren ? children.size() : maxChildren - 1;
        for (int i = 0; i < head; i++) {
            render(children.get(i), depth + 1, out);
        }
        if (head < children.size()) {
            int hidden = children.size() - head - 1;
            if (hidden > 0) {
                out.append(indent).append("  … ").append(hidden).append(" more like these\n");
            }
            render(children.get(children.size() - 1), depth + 1, out);
        }
    }

    /** Enough digits to check the arithmetic by hand. */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "blank";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s = a >= 1e15 ? String.format(Locale.ROOT, "%.6e", v)
                : a >= 1e4 ? String.format(Locale.ROOT, "%,.0f", v)
                : v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.6g", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
