package com.tokenfactory.app.gui.assumptions;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.app.gui.properties.FieldType;
import com.tokenfactory.app.gui.properties.PercentMessages;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan's settings and assumptions: each with its value, its default and the default's source
 * ({@link Assumptions#SOURCES}); edits are undoable and refused in place with the model's reason.
 */
public final class AssumptionsViewModel {
    private final PlanDocument document;

    public AssumptionsViewModel(PlanDocument document) {
        this.document = document;
    }

    public PlanDocument document() {
        return document;
    }

    public Object value(AssumptionField f) {
        return RecordCopy.get(document.getPlan().assumptions(), f.name());
    }

    public String text(AssumptionField f) {
        return f.type().format(value(f));
    }

    public Sourced source(AssumptionField f) {
        return Assumptions.SOURCES.get(f.name());
    }

    /** The default as the user reads it, e.g. "400,000 $/MW-yr" (the editor shows it as it is typed: 400000). */
    public String defaultText(AssumptionField f) {
        Object d = RecordCopy.get(Assumptions.defaults(), f.name());
        String value = f.type() == FieldType.NUMBER && d instanceof Number n ? Numbers.plain(n.doubleValue(), 6)
                : f.type().format(d);
        return value + " " + f.unit();
    }

    public boolean isDefault(AssumptionField f) {
        return Objects.equals(value(f), RecordCopy.get(Assumptions.defaults(), f.name()));
    }

    public Optional<String> commit(AssumptionField f, String text) {
        Object v;
        try {
            v = f.type().parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (Objects.equals(v, value(f)) || f.type().format(v).equals(text(f))) {
            return Optional.empty();
        }
        try {
            document.apply(PlanEdit.of("Change " + Numbers.inSentence(f.label()),
                    p -> p.withAssumptions(RecordCopy.with(p.assumptions(), f.name(), v))));
            return Optional.empty();
        } catch (InvalidPlanException e) {
            return Optional.of(f.type().percent() ? PercentMessages.inPercent(e.detail()) : e.detail());
        }
    }

    public void resetToDefault(AssumptionField f) {
        Object d = RecordCopy.get(Assumptions.defaults(), f.name());
        document.apply(PlanEdit.of("Reset " + Numbers.inSentence(f.label()) + " to its default",
                p -> p.withAssumptions(RecordCopy.with(p.assumptions(), f.name(), d))));
    }

    // ---- plan settings ----

    public Optional<String> setName(String name) {
        return apply("Rename plan", p -> p.withName(name));
    }

    public Optional<String> setDescription(String description) {
        return apply("Change plan description", p -> p.withDescription(description));
    }

    public Optional<String> setTimeline(String start, String months) {
        try {
            YearMonth s = YearMonth.parse(start.strip());
            int m = Numbers.parseWhole(months);
            return apply("Change plan timeline", p -> p.withTimeline(s, m));
        } catch (DateTimeParseException e) {
            return Optional.of("'" + start.strip() + "' is not a month; write it as 2027-01");
        } catch (NumberFormatException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Optional<String> apply(String name, java.util.function.UnaryOperator<Plan> change) {
        try {
            document.apply(PlanEdit.of(name, change));
            return Optional.empty();
        } catch (InvalidPlanException e) {
            return Optional.of(e.detail());
        }
    }
}
