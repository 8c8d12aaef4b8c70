package com.tokenfactory.core.trace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an executive should know at a glance about a figure (issue 13): whether it rests on the planner's own
 * assumptions and whether on serving efficiencies no benchmark of this plan measured.
 *
 * @param assumptions the places of the planner's assumptions the figure rests on, in tree order, without repeats
 * @param uncalibrated true when the figure rests on throughput or power from the default efficiencies, not a
 *                     calibration
 */
public record Badge(List<String> assumptions, boolean uncalibrated) {
    public Badge {
        assumptions = List.copyOf(assumptions);
    }

    /** The badge of an explained figure of a result whose efficiencies came from {@code efficiencySource}. */
    public static Badge of(Explanation e, String efficiencySource) {
        Set<String> assumed = new LinkedHashSet<>();
        boolean throughput = false;
        for (Explanation leaf : e.leaves()) {
            Origin o = leaf.origin();
            if (o.provenance() == Provenance.PLANNERS_ASSUMPTION) {
                assumed.add(o.where());
            }
            throughput |= o.source().contains(Explainer.EFFICIENCIES_FROM);
        }
        boolean calibrated = efficiencySource != null && efficiencySource.startsWith("calibration");
        return new Badge(List.copyOf(assumed), throughput && !calibrated);
    }

    public boolean any() {
        return !assumptions.isEmpty() || uncalibrated;
    }

    /** A short mark for a tile: "assumed", "uncalibrated", both, or "" for a figure resting on neither. */
    public String mark() {
        if (!assumptions.isEmpty() && uncalibrated) {
            return "assumed · uncalibrated";
        }
        return !assumptions.isEmpty() ? "assumed" : uncalibrated ? "uncalibrated" : "";
    }

    /** One sentence for a tooltip or a report's footnote. */
    public String detail() {
        StringBuilder out = new StringBuilder();
        if (!assumptions.isEmpty()) {
            int shown = Math.min(6, assumptions.size());
            out.append("Rests on ").append(assumptions.size()).append(assumptions.size() == 1 ? " planner's assumption: "
                    : " planner's assumptions: ").append(String.join(", ", assumptions.subList(0, shown)))
                    .append(shown < assumptions.size() ? ", …" : "").append(".");
        }
        if (uncalibrated) {
            out.append(out.length() > 0 ? " " : "").append("Throughput and power from the default efficiencies, not a"
                    + " calibration of this plan's GPUs.");
        }
        return out.toString();
    }
}
