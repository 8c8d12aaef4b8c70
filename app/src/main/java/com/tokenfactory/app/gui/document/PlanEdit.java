package com.tokenfactory.app.gui.document;

import com.tokenfactory.core.plan.Plan;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A named change of the plan, e.g. "Move Hall 2" or "Change PUE of Ashburn". Applying it may throw the plan's
 * {@link com.tokenfactory.core.plan.InvalidPlanException}; the document then stays as it was.
 *
 * @param name   what the Edit menu shows after "Undo" and "Redo"
 * @param change the plan after the edit, given the plan before it
 */
public record PlanEdit(String name, UnaryOperator<Plan> change) {
    public PlanEdit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
    }

    public static PlanEdit of(String name, UnaryOperator<Plan> change) {
        return new PlanEdit(name, change);
    }
}
