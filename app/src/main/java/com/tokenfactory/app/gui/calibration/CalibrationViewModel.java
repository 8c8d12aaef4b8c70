package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.DetectedMachine;
import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.engine.Efficiencies;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The calibration screen's state and actions: run the benchmark (or load a saved measurement), show what it measured
 * and the calibration fitted to it, work out what the calibration does to each service's $/Mtok, and apply it to the
 * plan.
 *
 * <p>Every property changes on the UI thread only. Work that takes time — detecting the machine, the benchmark, the
 * fit, reading and writing files, the two engine runs behind the before/after figures — runs on the benchmark worker
 * as "latest request wins" jobs ({@link com.tokenfactory.app.gui.work.LatestWins}); a result that a later action made
 * stale is dropped. Nothing here touches ONNX Runtime until {@link #runBenchmark()}; a failure to load it is a
 * message. The parts: {@link BenchmarkSession} (run, cancel, load, save), {@link ImpactCalculator} (the before/after
 * figures) and {@link ApplyRules} (when Save and Apply are allowed); this class joins them for the view.
 *
 * <h2>Wiring it to a document</h2>
 * {@code currentPlan} is asked for the plan each time one is needed (on the UI thread), so it should return the
 * document's current plan. {@code applyCalibratedPlan} receives, on the UI thread, the current plan with the
 * calibration stored in it ({@link Plan#withCalibration}) when the user presses Apply; push it onto the undo stack as
 * one edit. Call {@link #planChanged()} when the document's plan changes (e.g. after an undo), and {@link #close()}
 * when the screen goes away.
 */
public final class CalibrationViewModel implements AutoCloseable {
    private final Supplier<Plan> currentPlan;
    private final Consumer<Plan> applyCalibratedPlan;
    private final Workers ownedWorkers;
    private final BenchmarkSession session;
    private final ImpactCalculator impacts;
    private final LatestWins<DetectedMachine> detecting;

    private final ObjectProperty<ProviderChoice> provider = new SimpleObjectProperty<>(this, "provider", ProviderChoice.AUTO);
    private final BooleanProperty quick = new SimpleBooleanProperty(this, "quick", false);

    private final ReadOnlyStringWrapper machine = new ReadOnlyStringWrapper(this, "machine", "Looking at this computer…");
    private final ReadOnlyStringWrapper expectedProvider = new ReadOnlyStringWrapper(this, "expectedProvider", "");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.info("Run the benchmark to measure this computer, or load a measurement saved on another."));
    private final ReadOnlyObjectWrapper<MeasurementOutcome> measurement = new ReadOnlyObjectWrapper<>(this, "measurement");
    private final ReadOnlyStringWrapper measuredOn = new ReadOnlyStringWrapper(this, "measuredOn", "");
    private final ObservableList<MeasurementRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FitSummary> fitSummary = new ReadOnlyObjectWrapper<>(this, "fitSummary");
    private final ReadOnlyObjectWrapper<RooflineModel> roofline = new ReadOnlyObjectWrapper<>(this, "roofline");
    private final ReadOnlyStringWrapper planCalibration = new ReadOnlyStringWrapper(this, "planCalibration", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave", false);

    private DetectedMachine detected;
    private CalibrationImpact applied;
    private boolean closed;

    /**
     * The screen for a document.
     *
     * @param currentPlan         the document's plan as it is now; asked on the UI thread
     * @param applyCalibratedPlan receives the calibrated plan on the UI thread when the user applies; make it one
     *                            undoable edit
     */
    public CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan) {
        this(currentPlan, applyCalibratedPlan, BenchmarkRunner.onnxRuntime(), DetectedMachine::detect, new Workers(),
                Platform::runLater);
    }

    private CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan, BenchmarkRunner runner,
                                 Supplier<DetectedMachine> machineDetector, Workers workers, Executor uiThread) {
        this(currentPlan, applyCalibratedPlan, runner, machineDetector, workers.pool(Workers.Purpose.BENCHMARK),
                uiThread, workers);
    }

    /** With the benchmark, the machine, the worker and the UI thread given (tests). */
    CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan, BenchmarkRunner runner,
                         Supplier<DetectedMachine> machineDetector, Executor worker, Executor uiThread) {
        this(currentPlan, applyCalibratedPlan, runner, machineDetector, worker, uiThread, null);
    }

    private CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan,
                                 BenchmarkRunner runner, Supplier<DetectedMachine> machineDetector, Executor worker,
                                 Executor uiThread, Workers ownedWorkers) {
        this.currentPlan = Objects.requireNonNull(currentPlan, "currentPlan");
        this.applyCalibratedPlan = Objects.requireNonNull(applyCalibratedPlan, "applyCalibratedPlan");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(machineDetector, "machineDetector");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(uiThread, "uiThread");
        this.ownedWorkers = ownedWorkers;
        this.session = new BenchmarkSession(runner, worker, uiThread, this::measured, this::tell);
        this.impacts = new ImpactCalculator(worker, uiThread, this::refreshActions);
        this.detecting = new LatestWins<DetectedMachine>("look at this computer", worker, uiThread, m -> {
            detected = m;
            machine.set(m.summary());
            showExpectedProvider();
        }).explainingFailures(e -> "This computer could not be examined (" + Reasons.of(e) + ").")
                .onFailure(machine::set);
        provider.addListener((o, was, now) -> showExpectedProvider());
        quick.addListener((o, was, now) -> showExpectedProvider());
        detecting.request(machineDetector::get);
        uiThread.execute(this::planChanged);
    }

    // ---- inputs

    /** The execution provider the next run asks for (default: the best one that loads). */
    public ObjectProperty<ProviderChoice> providerProperty() {
        return provider;
    }

    /** Small shapes and few runs: checks the workflow in a second or two; the figures do not describe the device. */
    public BooleanProperty quickProperty() {
        return quick;
    }

    // ---- outputs

    /** This computer in one line (processor, memory, NVIDIA GPU), known before any run. */
    public ReadOnlyStringProperty machineProperty() {
        return machine.getReadOnlyProperty();
    }

    /** The provider the next run will try with the chosen provider, and what it falls back to. */
    public ReadOnlyStringProperty expectedProviderProperty() {
        return expectedProvider.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return session.runningProperty();
    }

    /** 0 to 1 while the benchmark runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return session.progressProperty();
    }

    /** What the benchmark is doing, e.g. "Test 3 of 12 (decode-512, B=2 D=512 L=4): timing". */
    public ReadOnlyStringProperty progressMessageProperty() {
        return session.progressMessageProperty();
    }

    /** The plain sentence about what just happened. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The run shown (measured or loaded) and its fit; null before the first. */
    public ReadOnlyObjectProperty<MeasurementOutcome> measurementProperty() {
        return measurement.getReadOnlyProperty();
    }

    /** The device, provider, precision, runtime and date of the run shown. */
    public ReadOnlyStringProperty measuredOnProperty() {
        return measuredOn.getReadOnlyProperty();
    }

    /** One row per measured shape; read-only. */
    public ObservableList<MeasurementRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<FitSummary> fitSummaryProperty() {
        return fitSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RooflineModel> rooflineProperty() {
        return roofline.getReadOnlyProperty();
    }

    /** The plan's calibration now, or the documented defaults and their sources. */
    public ReadOnlyStringProperty planCalibrationProperty() {
        return planCalibration.getReadOnlyProperty();
    }

    /** Each service's $/Mtok with the plan as it is and with the calibration shown; null until worked out. */
    public ReadOnlyObjectProperty<CalibrationImpact> impactProperty() {
        return impacts.impactProperty();
    }

    /** The services of {@link #impactProperty()}; read-only. */
    public ObservableList<ServiceCostChange> impactRows() {
        return FXCollections.unmodifiableObservableList(impacts.rows());
    }

    /** Why the before/after table is empty, or that it is being worked out; empty when it is shown. */
    public ReadOnlyStringProperty impactMessageProperty() {
        return impacts.messageProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    // ---- actions

    /** Runs the benchmark with the chosen provider and mode, off the UI thread. Does nothing while one runs. */
    public void runBenchmark() {
        if (session.runningProperty().get() || closed) {
            return;
        }
        BenchmarkOptions options = new BenchmarkOptions(provider.get(), quick.get(), true);
        clearMeasurement();
        status.set(StatusMessage.info(options.quick() ? "Running the quick check…" : "Running the benchmark…"));
        session.run(options); // last: with a synchronous worker (tests) the run is over when this returns
        refreshActions();
    }

    /** Asks the running benchmark to stop; it stops within one run of its current test. */
    public void cancel() {
        session.cancel();
    }

    /** Loads a measurement saved by this screen or by {@code tokenfactory bench --out}, and fits it. */
    public void load(Path file) {
        if (session.runningProperty().get() || closed) {
            return;
        }
        status.set(StatusMessage.info("Loading " + file.getFileName() + "…"));
        session.load(file);
    }

    /** Saves the run shown as JSON (the format {@code tokenfactory calibrate --with} reads). */
    public void save(Path file) {
        MeasurementOutcome shown = measurement.get();
        if (shown == null || closed) {
            return;
        }
        session.save(shown.run(), file);
    }

    /**
     * Hands the current plan with the calibration stored in it to {@code applyCalibratedPlan}, provided the plan is
     * still the one the before/after figures were worked out for; if it changed, the figures are worked out again
     * and the user is asked to check them and apply again.
     */
    public void apply() {
        CalibrationImpact shown = impacts.impactProperty().get();
        switch (ApplyRules.onApply(canApply.get(), shown, currentPlan.get())) {
            case NOTHING -> {
            }
            case WORK_OUT_AGAIN -> {
                status.set(StatusMessage.warning("The plan changed since these figures were worked out; they are "
                        + "being worked out again. Check them and apply again."));
                planChanged();
            }
            case APPLY -> {
                try {
                    applyCalibratedPlan.accept(shown.after());
                } catch (RuntimeException e) {
                    System.getLogger(CalibrationViewModel.class.getName())
                            .log(System.Logger.Level.WARNING, "Applying the calibration failed", e);
                    status.set(StatusMessage.error("The calibration could not be applied: " + Reasons.of(e)));
                    return;
                }
                applied = shown;
                planCalibration.set(PlanCalibrationText.describe(shown.after()));
                Calibration c = shown.after().calibration();
                status.set(StatusMessage.info(Efficiencies.transfersEfficiencies(c)
                        ? "Applied: the plan now uses the efficiencies and overhead measured on " + c.device()
                                + " for every GPU type. Undo takes it back."
                        : "Applied: the plan now uses the step overhead measured on " + c.device() + "; a device the "
                                + "catalog does not know keeps the plan's efficiencies. Undo takes it back."));
                refreshActions();
            }
        }
    }

    /**
     * Tells the screen that the document's plan may have changed (an edit, an undo, another file): the plan's
     * calibration is shown again and the before/after figures are worked out again when they are out of date.
     */
    public void planChanged() {
        if (closed) {
            return;
        }
        Plan plan = currentPlan.get();
        planCalibration.set(plan == null ? "No plan is open." : PlanCalibrationText.describe(plan));
        applied = ApplyRules.stillApplied(applied, plan);
        CalibrationImpact shown = impacts.impactProperty().get();
        boolean upToDate = shown != null && shown.before().equals(plan);
        if (!upToDate && !session.runningProperty().get() && fit() != null) {
            workOutImpact();
        }
        refreshActions();
    }

    /** Cancels a running benchmark and stops the workers this view-model started. */
    @Override
    public void close() {
        closed = true;
        session.close();
        if (ownedWorkers != null) {
            ownedWorkers.close();
        }
    }

    // ---- internals

    private void tell(StatusMessage message) {
        status.set(message);
        refreshActions();
    }

    private void measured(BenchmarkSession.Measured m) {
        showMeasurement(m.outcome());
        StatusMessage s = BenchmarkMessages.afterRun(m.outcome());
        status.set(m.loadedFrom() == null ? s
                : new StatusMessage(s.kind(), "Loaded " + m.loadedFrom().getFileName() + ". " + s.text()));
    }

    private void showExpectedProvider() {
        if (detected == null) {
            return;
        }
        expectedProvider.set("Will run on " + detected.expectedProvider(provider.get())
                + (quick.get() ? "; quick check: the figures only show that the benchmark works." : "."));
    }

    private void clearMeasurement() {
        measurement.set(null);
        measuredOn.set("");
        rows.clear();
        fitSummary.set(null);
        roofline.set(null);
        impacts.clear("");
    }

    private void showMeasurement(MeasurementOutcome outcome) {
        measurement.set(outcome);
        BenchmarkRun run = outcome.run();
        measuredOn.set(BenchmarkMessages.measuredOn(run));
        rows.setAll(run.shapes().stream().map(MeasurementRow::of).toList());
        fitSummary.set(FitSummary.of(outcome));
        roofline.set(RooflineModel.of(run, outcome.fit()));
        if (outcome.fit() == null) {
            impacts.clear("No calibration to apply.");
            refreshActions();
        } else {
            workOutImpact();
        }
    }

    private void workOutImpact() {
        impacts.workOut(currentPlan.get(), fit().calibration());
        refreshActions();
    }

    private CalibrationFit.Result fit() {
        MeasurementOutcome m = measurement.get();
        return m == null ? null : m.fit();
    }

    private void refreshActions() {
        boolean running = session.runningProperty().get();
        canSave.set(ApplyRules.canSave(running, measurement.get()));
        CalibrationImpact shown = impacts.impactProperty().get();
        canApply.set(ApplyRules.canApply(running, shown, applied, shown == null ? null : currentPlan.get()));
    }
}
