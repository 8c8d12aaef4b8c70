package com.tokenfactory.core.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the plan does not know: its uncertain inputs, the rank correlations between them, and the demand regimes
 * (null: demand follows the plan's curves, moved only by the inputs). Saved with the plan.
 */
public record Uncertainty(List<UncertainInput> inputs, List<Correlation> correlations, DemandRegimes regimes) {
    public static final Uncertainty NONE = new Uncertainty(List.of(), List.of(), null);

    public Uncertainty {
        inputs = Check.list(inputs, "inputs");
        correlations = Check.list(correlations, "correlations");
        Check.uniqueIds(inputs, UncertainInput::id, "inputs");
        List<String> ids = inputs.stream().map(UncertainInput::id).toList();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < correlations.size(); i++) {
            Correlation c = correlations.get(i);
            for (String end : List.of(c.first(), c.second())) {
                if (!ids.contains(end)) {
                    throw new InvalidPlanException("correlations[" + i + "]." + (end.equals(c.first()) ? "first" : "second"),
                            "no uncertain input has the id '" + end + "' (the inputs are " + ids + ")");
                }
            }
            String key = c.first().compareTo(c.second()) < 0 ? c.first() + "|" + c.second() : c.second() + "|" + c.first();
            if (!pairs.add(key)) {
                throw new InvalidPlanException("correlations[" + i + "]", "correlates " + c.first() + " and "
                        + c.second() + " a second time");
            }
        }
        Copula.of(ids, correlations); // refuses a set of correlations no joint distribution can have
    }

    public boolean isEmpty() {
        return inputs.isEmpty() && regimes == null;
    }

    /** Whether any input targets one element (a service, site or SKU) rather than all of them. */
    public boolean targetsElements() {
        for (UncertainInput in : inputs) {
            if (in.target() != null) {
                return true;
            }
        }
        return false;
    }

    /** Refuses an input whose target names no element of the plan; {@code elementIds} by lever target kind. */
    public void checkTargets(List<String> services, List<String> sites, List<String> skus) {
        for (int i = 0; i < inputs.size(); i++) {
            UncertainInput in = inputs.get(i);
            if (in.target() == null) {
                continue;
            }
            List<String> known = switch (in.lever().target()) {
                case SERVICE -> services;
                case SITE -> sites;
                case SKU -> skus;
                case NONE -> List.of();
            };
            if (!known.contains(in.target())) {
                throw new InvalidPlanException("inputs[" + i + "].target", "lever " + in.lever().id()
                        + " targets a " + in.lever().target().name().toLowerCase(java.util.Locale.ROOT)
                        + "; no such element '" + Check.shown(in.target()) + "' (there are "
                        + Check.shown(known.toString()) + ")");
            }
        }
    }

    /** Without the inputs whose target is no longer in the plan (an element was removed or renamed). */
    public Uncertainty keepingTargets(List<String> services, List<String> sites, List<String> skus) {
        List<UncertainInput> kept = inputs.stream().filter(in -> in.target() == null || switch (in.lever().target()) {
            case SERVICE -> services.contains(in.target());
            case SITE -> sites.contains(in.target());
            case SKU -> skus.contains(in.target());
            case NONE -> true;
        }).toList();
        return kept.size() == inputs.size() ? this : withInputs(kept);
    }

    public UncertainInput input(String id) {
        return inputs.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no uncertain input '" + id + "' (the inputs are "
                        + inputs.stream().map(UncertainInput::id).toList() + ")"));
    }

    public Uncertainty withInputs(List<UncertainInput> newInputs) {
        List<String> ids = newInputs.stream().map(UncertainInput::id).toList();
        return new Uncertainty(newInputs, correlations.stream()
                .filter(c -> ids.contains(c.first()) && ids.contains(c.second())).toList(), regimes);
    }

    public Uncertainty withCorrelations(List<Correlation> newCorrelations) {
        return new Uncertainty(inputs, newCorrelations, regimes);
    }

    public Uncertainty withRegimes(DemandRegimes newRegimes) {
        return new Uncertainty(inputs, correlations, newRegimes);
    }
}
