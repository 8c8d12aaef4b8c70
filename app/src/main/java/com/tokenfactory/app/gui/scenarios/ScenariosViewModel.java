package com.tokenfactory.app.gui.scenarios;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.plan.NewElements;
import com.tokenfactory.app.gui.plan.NewIds;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.app.gui.properties.FieldSpec;
import com.tokenfactory.app.gui.properties.FieldType;
import com.tokenfactory.app.gui.properties.PercentMessages;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import javafx.beans.property.ObjectProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan's scenarios: which one the results are shown under ({@code active}, null for the base plan), and their
 * levers, edited as undoable changes of the plan.
 */
public final class ScenariosViewModel {
    public static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("Name", "name", FieldType.TEXT, ""),
            FieldSpec.of("Description", "description", FieldType.OPTIONAL_TEXT, ""),
            FieldSpec.of("Demand", "demandMultiplier", FieldType.NUMBER, "× plan")
                    .withHelp("Every service's demand times this (2 = demand doubles)."),
            FieldSpec.of("Demand growth", "demandGrowthShift", FieldType.PERCENT, "points/yr")
                    .withHelp("Added to every service's yearly growth (−20 = twenty points slower)."),
            FieldSpec.of("Token price decline", "tokenPriceDeclinePerYear", FieldType.OPTIONAL_PERCENT, "%/yr")
                    .withHelp("Replaces every service's decline; blank keeps them."),
            FieldSpec.of("Software gain", "softwareEfficiencyGainPerYear", FieldType.OPTIONAL_PERCENT, "%/yr")
                    .withHelp("Replaces the plan's software efficiency gain; blank keeps it."),
            FieldSpec.of("Electricity price", "electricityPriceMultiplier", FieldType.NUMBER, "× plan"),
            FieldSpec.of("Grid delay", "gridDelayMonths", FieldType.WHOLE, "months")
                    .withHelp("Every site's grid connection arrives this much later."));

    private final PlanDocument document;
    private final ObjectProperty<String> active;

    public ScenariosViewModel(PlanDocument document, ObjectProperty<String> active) {
        this.document = document;
        this.active = active;
    }

    public List<Scenario> scenarios() {
        return document.getPlan().scenarios();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public String text(String id, FieldSpec field) {
        return field.type().format(RecordCopy.get(scenario(id).orElseThrow(), field.path()));
    }

    public Optional<String> commit(String id, FieldSpec field, String text) {
        Object value;
        try {
            value = field.type().parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        Scenario s = scenario(id).orElseThrow();
        if (Objects.equals(value, RecordCopy.get(s, field.path()))
                || field.type().format(value).equals(text(id, field))) {
            return Optional.empty();
        }
        try {
            document.apply(PlanEdit.of("Change " + Numbers.inSentence(field.label()) + " of scenario "
                    + s.name(), p -> PlanChanges.updateScenario(p, id, x -> RecordCopy.with(x, field.path(), value))));
            return Optional.empty();
        } catch (InvalidPlanException e) {
            return Optional.of(field.type().percent() ? PercentMessages.inPercent(e.detail()) : e.detail());
        }
    }

    public String add() {
        Plan plan = document.getPlan();
        String id = NewIds.of(plan).next("scenario");
        Scenario s = NewElements.scenario(id, NewIds.displayName("Scenario", id));
        document.apply(PlanEdit.of("Add scenario " + s.name(), p -> PlanChanges.addScenario(p, s)));
        return id;
    }

    public String duplicate(String id) {
        Plan plan = document.getPlan();
        Scenario s = scenario(id).orElseThrow();
        String copyId = NewIds.of(plan).near(id);
        Scenario copy = RecordCopy.duplicate(s, copyId);
        document.apply(PlanEdit.of("Duplicate scenario " + s.name(), p -> PlanChanges.addScenario(p, copy)));
        return copyId;
    }

    public void delete(String id) {
        Scenario s = scenario(id).orElseThrow();
        if (id.equals(active.get())) {
            active.set(null);
        }
        document.apply(PlanEdit.of("Delete scenario " + s.name(), p -> PlanChanges.removeScenario(p, id)));
    }

    /** The scenario the results are shown under; null for the base plan. */
    public ObjectProperty<String> activeProperty() {
        return active;
    }

    public PlanDocument document() {
        return document;
    }
}
