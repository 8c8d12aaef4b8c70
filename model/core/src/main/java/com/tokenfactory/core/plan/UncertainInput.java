package com.tokenfactory.core.plan;

/**
 * A plan figure that is not known, given as a distribution: "GPU price × 0.8 to 1.3, most likely 1.0".
 *
 * @param lever        the figure it moves
 * @param target       the service, site or SKU id it moves; null moves every element the lever applies to
 * @param distribution what the figure may turn out to be, in the lever's unit (a multiplier, a shift, a rate)
 * @param source       where the range comes from, or "assumption: …"
 */
public record UncertainInput(String id, String name, Lever lever, String target, Distribution distribution,
                             String source) {

    public UncertainInput {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        Check.present(lever, "lever");
        target = Check.optionalText(target);
        if (target != null && lever.target() == Lever.Target.NONE) {
            throw new com.tokenfactory.core.plan.InvalidPlanException("target",
                    "lever " + lever.id() + " is plan-wide and takes no target (was '" + target + "')");
        }
        Check.present(distribution, "distribution");
        source = Check.optionalText(source);
    }

    /** The plan with this input at {@code value}. */
    public Plan apply(Plan plan, double value) {
        PlanEdit edit = new PlanEdit(plan);
        apply(edit, value);
        return edit.plan();
    }

    /** Moves this input to {@code value} within an edit that other inputs may change too. */
    public void apply(PlanEdit plan, double value) {
        if (Double.isNaN(value)) {
            // the distributions' bounds make this impossible; a NaN draw would pass the lever's clamp unnoticed
            throw new IllegalStateException("uncertain input '" + id + "' drew NaN");
        }
        lever.apply(plan, target, value);
    }

    /** The value that leaves the plan as it is. */
    public double neutral(Plan plan) {
        return lever.neutral(plan, target);
    }
}
