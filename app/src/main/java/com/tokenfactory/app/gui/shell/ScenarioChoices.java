package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.core.plan.Scenario;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * What the toolbar's scenario picker offers — the base plan and each of the plan's scenarios, by id — and which is
 * chosen. Follows the plan (a scenario added, renamed or removed) and the window's scenario; choosing sets the
 * window's scenario. No JavaFX controls: the picker ({@link ScenarioPicker}) only shows it.
 */
public final class ScenarioChoices {
    /** The id that stands for the base plan in the list (the window's scenario is then null). */
    public static final String BASE = "";

    private final PlanDocument document;
    private final ObjectProperty<String> scenarioId;
    private final ObservableList<String> ids = FXCollections.observableArrayList();

    public ScenarioChoices(PlanDocument document, ObjectProperty<String> scenarioId) {
        this.document = document;
        this.scenarioId = scenarioId;
        refill();
        document.planProperty().addListener(o -> refill());
    }

    private void refill() {
        List<String> now = new ArrayList<>();
        now.add(BASE);
        document.getPlan().scenarios().forEach(s -> now.add(s.id()));
        if (!now.equals(ids)) {
            ids.setAll(now);
        }
    }

    /** The base plan ({@link #BASE}) and then each scenario's id, in the plan's order. */
    public ObservableList<String> ids() {
        return FXCollections.unmodifiableObservableList(ids);
    }

    /** The choice now: {@link #BASE} or a scenario's id. */
    public String chosen() {
        String id = scenarioId.get();
        return id == null ? BASE : id;
    }

    /** Shows the results under {@code id} ({@link #BASE}: the base plan); null (no choice) changes nothing. */
    public void choose(String id) {
        if (id != null) {
            scenarioId.set(id.isEmpty() ? null : id);
        }
    }

    /** What the list shows for {@code id}: "Base plan" or the scenario's name. */
    public String label(String id) {
        if (id == null || id.isEmpty()) {
            return "Base plan";
        }
        return document.getPlan().scenarios().stream().filter(s -> s.id().equals(id)).map(Scenario::name)
                .findFirst().orElse(id);
    }

    /** Runs {@code r} whenever the choices or the choice may have changed. */
    public void onChange(Runnable r) {
        document.planProperty().addListener(o -> r.run());
        scenarioId.addListener(o -> r.run());
    }
}
