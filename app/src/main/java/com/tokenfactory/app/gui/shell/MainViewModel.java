package com.tokenfactory.app.gui.shell;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.results.Recompute;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The window's model: the document, the selection, which scenario the results are shown under, and the recompute
 * that turns every change of either into a new result. Also the words of the title and the status bar.
 */
public final class MainViewModel implements AutoCloseable {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PlanDocument document;
    private final Selection selection = new Selection();
    private final Recompute recompute;
    private final ObjectProperty<String> scenarioId = new SimpleObjectProperty<>(this, "scenarioId");
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper recomputeStatus = new ReadOnlyStringWrapper(this, "recomputeStatus");
    private final ReadOnlyStringWrapper problemsStatus = new ReadOnlyStringWrapper(this, "problemsStatus");

    public MainViewModel(Plan initial, Path file, Recompute recompute) {
        this.document = new PlanDocument(initial, file);
        this.recompute = recompute;
        document.planProperty().addListener((o, was, now) -> {
            if (scenarioId.get() != null && activeScenario().isEmpty()) {
                scenarioId.set(null);
            }
            requestRecompute();
        });
        document.openingsProperty().addListener(o -> {
            scenarioId.set(null);
            selection.clear();
        });
        scenarioId.addListener(o -> requestRecompute());
        recompute.outcomeProperty().addListener((o, was, now) -> {
            result.set(now.result());
            recomputeStatus.set("Recomputed in " + Math.max(1, now.elapsed().toMillis()) + " ms at "
                    + CLOCK.format(now.finishedAt()));
            problemsStatus.set(problems(now.result()));
        });
        recompute.runningProperty().addListener((o, was, now) -> {
            if (now && result.get() != null) {
                recomputeStatus.set("Recomputing…");
            }
        });
        recompute.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                recomputeStatus.set(now);
            }
        });
        title.bind(Bindings.createStringBinding(this::makeTitle, document.planProperty(), document.fileProperty(),
                document.dirtyProperty()));
        recomputeStatus.set("Computing…");
        requestRecompute();
    }

    private void requestRecompute() {
        recompute.request(document.getPlan(), activeScenario().orElse(null));
    }

    public Optional<Scenario> activeScenario() {
        String id = scenarioId.get();
        return id == null ? Optional.empty()
                : document.getPlan().scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private String makeTitle() {
        Path file = document.getFile();
        return (document.isDirty() ? "• " : "") + document.getPlan().name()
                + (file != null ? " — " + file.getFileName() : "") + " — Token Factory Planner";
    }

    private static String problems(SimulationResult r) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        if (errors == 0 && warnings == 0) {
            return "No plan problems";
        }
        return Numbers.plural(errors, "error") + " · " + Numbers.plural(warnings, "warning");
    }

    /** The name of any element, for lists that show ids. */
    public String elementName(String id) {
        return PlanElements.name(document.getPlan(), id);
    }

    public String scenarioLabel() {
        return activeScenario().map(s -> "Scenario: " + s.name()).orElse("Base plan");
    }

    public PlanDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public Recompute recompute() {
        return recompute;
    }

    public ObjectProperty<String> scenarioIdProperty() {
        return scenarioId;
    }

    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SimulationResult getResult() {
        return result.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recomputeStatusProperty() {
        return recomputeStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsStatusProperty() {
        return problemsStatus.getReadOnlyProperty();
    }

    @Override
    public void close() {
        recompute.close();
    }
}
