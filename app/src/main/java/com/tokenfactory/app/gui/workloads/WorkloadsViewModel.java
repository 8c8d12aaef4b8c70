package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.NewElements;
import com.tokenfactory.app.gui.plan.NewIds;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/** The workloads table: one row per inference service and training run; add, duplicate and delete them. */
public final class WorkloadsViewModel {
    private final PlanDocument document;
    private final Selection selection;
    private final ObjectProperty<SimulationResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<WorkloadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ThroughputEstimate> throughput = FXCollections.observableArrayList();
    private final InvalidationListener refresh = o -> refresh();

    public WorkloadsViewModel(PlanDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        document.planProperty().addListener(refresh);
        result.addListener(refresh);
        selection.primaryProperty().addListener(refresh);
        refresh();
    }

    private void refresh() {
        Plan plan = document.getPlan();
        SimulationResult r = result.get();
        List<WorkloadRow> fresh = new ArrayList<>();
        plan.services().forEach(s -> fresh.add(WorkloadRow.of(plan, s, r)));
        plan.trainingRuns().forEach(t -> fresh.add(WorkloadRow.of(plan, t, r)));
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        List<ThroughputEstimate> estimates = r == null ? List.of() : r.throughput();
        if (!estimates.equals(throughput)) {
            throughput.setAll(estimates);
        }
    }

    public String addService() {
        Plan plan = document.getPlan();
        String id = NewIds.of(plan).next("service");
        InferenceService s = NewElements.service(id, NewIds.displayName("Service", id), plan.start());
        document.apply(PlanEdit.of("Add service " + s.name(), p -> PlanChanges.addService(p, s)));
        selection.select(id);
        return id;
    }

    public String addTraining() {
        Plan plan = document.getPlan();
        String id = NewIds.of(plan).next("training");
        TrainingRun t = NewElements.training(id, NewIds.displayName("Training run", id), plan.start());
        document.apply(PlanEdit.of("Add training run " + t.name(), p -> PlanChanges.addTraining(p, t)));
        selection.select(id);
        return id;
    }

    /** Copies the workload with a new id and " (copy)" after its name; returns the copy's id. */
    public String duplicate(String id) {
        Plan plan = document.getPlan();
        ElementKind kind = PlanElements.kind(plan, id).orElseThrow();
        String copyId = NewIds.of(plan).near(id);
        PlanEdit edit;
        if (kind == ElementKind.SERVICE) {
            InferenceService s = PlanElements.service(plan, id).orElseThrow();
            InferenceService copy = RecordCopy.duplicate(s, copyId);
            edit = PlanEdit.of("Duplicate " + s.name(), p -> PlanChanges.addService(p, copy));
        } else if (kind == ElementKind.TRAINING) {
            TrainingRun t = PlanElements.training(plan, id).orElseThrow();
            TrainingRun copy = RecordCopy.duplicate(t, copyId);
            edit = PlanEdit.of("Duplicate " + t.name(), p -> PlanChanges.addTraining(p, copy));
        } else {
            throw new IllegalArgumentException(id + " is not a workload");
        }
        document.apply(edit);
        selection.select(copyId);
        return copyId;
    }

    public void delete(List<String> ids) {
        Plan plan = document.getPlan();
        List<String> workloads = ids.stream().filter(id -> PlanElements.kind(plan, id)
                .map(ElementKind::workload).orElse(false)).toList();
        if (workloads.isEmpty()) {
            return;
        }
        String name = workloads.size() == 1 ? "Delete " + PlanElements.name(plan, workloads.get(0))
                : "Delete " + workloads.size() + " workloads";
        document.apply(PlanEdit.of(name, p -> PlanChanges.remove(p, workloads)));
    }

    public ObservableList<WorkloadRow> rows() {
        return rows;
    }

    /** The engine's throughput choice for every service on each SKU of the catalog, service by service. */
    public ObservableList<ThroughputEstimate> throughput() {
        return throughput;
    }

    /** Whether the estimate is of a selected service (its rows stand out in the throughput table). */
    public boolean selected(ThroughputEstimate estimate) {
        return selection.contains(estimate.serviceId());
    }

    /** The service's name as the plan has it, for the throughput table (its id when the plan no longer has it). */
    public String serviceName(String serviceId) {
        return PlanElements.service(document.getPlan(), serviceId).map(InferenceService::name).orElse(serviceId);
    }

    public ObjectProperty<SimulationResult> resultProperty() {
        return result;
    }

    public PlanDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }
}
