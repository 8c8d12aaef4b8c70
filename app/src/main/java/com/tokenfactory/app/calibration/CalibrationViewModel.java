package com.tokenfactory.app.calibration;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.CancellationToken;
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
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The calibration screen's state and actions: run the benchmark (or load a saved measurement), show what it measured
 * and the calibration fitted to it, work out what the calibration does to each service's $/Mtok, and apply it to the
 * plan.
 *
 * <p>Every property changes on the UI thread only. Work that takes time — detecting the machine, the benchmark, the
 * fit, reading and writing files, the two engine runs behind the before/after figures — runs on a worker with inputs
 * captured on the UI thread, and its result is published on the UI thread; a result that a later action made stale
 * is dropped. Nothing here touches ONNX Runtime until {@link #runBenchmark()}; a failure to load it is a message.
 *
 * <h2>Wiring it to a document</h2>
 * {@code currentPlan} is asked for the plan each time one is needed (on the UI thread), so it should return the
 * document's current plan. {@code applyCalibratedPlan} receives, on the UI thread, the current plan with the
 * calibration stored in it ({@link Plan#withCalibration}) when the user presses Apply; push it onto the undo stack as
 * one edit. Call {@link #planChanged()} when the document's plan changes (e.g. after an undo), and {@link #close()}
 * when the screen goes away.
 */
public final class CalibrationViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CalibrationViewModel.class.getName());

    private final Supplier<Plan> currentPlan;
    private final Consumer<Plan> applyCalibratedPlan;
    private final BenchmarkRunner runner;
    private final Supplier<DetectedMachine> machineDetector;
    private final Executor worker;
    private final Executor uiThread;
    private final ExecutorService ownedWorker;

    private final ObjectProperty<ProviderChoice> provider = new SimpleObjectProperty<>(this, "provider", ProviderChoice.AUTO);
    private final BooleanProperty quick = new SimpleBooleanProperty(this, "quick", false);

    private final ReadOnlyStringWrapper machine = new ReadOnlyStringWrapper(this, "machine", "Looking at this computer…");
    private final ReadOnlyStringWrapper expectedProvider = new ReadOnlyStringWrapper(this, "expectedProvider", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.info("Run the benchmark to measure this computer, or load a measurement saved on another."));
    private final ReadOnlyObjectWrapper<MeasurementOutcome> measurement = new ReadOnlyObjectWrapper<>(this, "measurement");
    private final ReadOnlyStringWrapper measuredOn = new ReadOnlyStringWrapper(this, "measuredOn", "");
    private final ObservableList<MeasurementRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FitSummary> fitSummary = new ReadOnlyObjectWrapper<>(this, "fitSummary");
    private final ReadOnlyObjectWrapper<RooflineModel> roofline = new ReadOnlyObjectWrapper<>(this, "roofline");
    private final ReadOnlyStringWrapper planCalibration = new ReadOnlyStringWrapper(this, "planCalibration", "");
    private final ReadOnlyObjectWrapper<CalibrationImpact> impact = new ReadOnlyObjectWrapper<>(this, "impact");
    private final ObservableList<ServiceCostChange> impactRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper impactMessage = new ReadOnlyStringWrapper(this, "impactMessage", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave", false);

    private DetectedMachine detected;
    private CancellationToken cancelToken;
    private CalibrationImpact applied;
    private long measurementGeneration;
    private long impactGeneration;
    private boolean closed;

    /**
     * The screen for a document.
     *
     * @param currentPlan         the document's plan as it is now; asked on the UI thread
     * @param applyCalibratedPlan receives the calibrated plan on the UI thread when the user applies; make it one
     *                            undoable edit
     */
    public CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan) {
        this(currentPlan, applyCalibratedPlan, BenchmarkRunner.onnxRuntime(), DetectedMachine::detect,
                Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "calibration-worker");
                    t.setDaemon(true);
                    return t;
                }), Platform::runLater, true);
    }

    /** With the benchmark, the machine, the worker and the UI thread given (tests). */
    CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan, BenchmarkRunner runner,
                         Supplier<DetectedMachine> machineDetector, Executor worker, Executor uiThread) {
        this(currentPlan, applyCalibratedPlan, runner, machineDetector, worker, uiThread, false);
    }

    private CalibrationViewModel(Supplier<Plan> currentPlan, Consumer<Plan> applyCalibratedPlan,
                                 BenchmarkRunner runner, Supplier<DetectedMachine> machineDetector, Executor worker,
                                 Executor uiThread, boolean ownsWorker) {
        this.currentPlan = Objects.requireNonNull(currentPlan, "currentPlan");
        this.applyCalibratedPlan = Objects.requireNonNull(applyCalibratedPlan, "applyCalibratedPlan");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.machineDetector = Objects.requireNonNull(machineDetector, "machineDetector");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.ownedWorker = ownsWorker ? (ExecutorService) worker : null;
        provider.addListener((o, was, now) -> showExpectedProvider());
        quick.addListener((o, was, now) -> showExpectedProvider());
        detectMachine();
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
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while the benchmark runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the benchmark is doing, e.g. "Test 3 of 8 (decode-512, B=2 D=512 L=4): timing". */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
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
        return impact.getReadOnlyProperty();
    }

    /** The services of {@link #impactProperty()}; read-only. */
    public ObservableList<ServiceCostChange> impactRows() {
        return FXCollections.unmodifiableObservableList(impactRows);
    }

    /** Why the before/after table is empty, or that it is being worked out; empty when it is shown. */
    public ReadOnlyStringProperty impactMessageProperty() {
        return impactMessage.getReadOnlyProperty();
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
        if (running.get() || closed) {
            return;
        }
        BenchmarkOptions options = new BenchmarkOptions(provider.get(), quick.get(), true);
        CancellationToken token = new CancellationToken();
        long generation = ++measurementGeneration;
        clearMeasurement();
        cancelToken = token;
        running.set(true);
        progress.set(0);
        progressMessage.set("Starting");
        status.set(StatusMessage.info(options.quick() ? "Running the quick check…" : "Running the benchmark…"));
        refreshActions();
        ProgressRelay relay = new ProgressRelay(uiThread, (fraction, message) -> {
            if (generation == measurementGeneration && running.get()) {
                progress.set(fraction);
                progressMessage.set(message);
            }
        });
        submit(() -> {
            MeasurementOutcome outcome;
            try {
                outcome = MeasurementOutcome.of(runner.run(options, relay, token));
            } catch (LinkageError | OutOfMemoryError | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The benchmark failed", e);
                StatusMessage failure = BenchmarkMessages.ofFailure(e);
                uiThread.execute(() -> finishRun(generation, null, failure));
                return;
            }
            uiThread.execute(() -> finishRun(generation, outcome, null));
        }, () -> finishRun(generation, null, StatusMessage.error("The screen is closing; the benchmark did not run.")));
    }

    /** Asks the running benchmark to stop; it stops within one run of its current test. */
    public void cancel() {
        if (cancelToken != null && running.get()) {
            cancelToken.cancel();
            progressMessage.set("Cancelling after the current run…");
        }
    }

    /** Loads a measurement saved by this screen or by {@code tokenfactory bench --out}, and fits it. */
    public void load(Path file) {
        if (running.get() || closed) {
            return;
        }
        long generation = ++measurementGeneration;
        status.set(StatusMessage.info("Loading " + file.getFileName() + "…"));
        submit(() -> {
            try {
                MeasurementOutcome outcome = MeasurementOutcome.of(MeasurementFiles.read(file));
                uiThread.execute(() -> {
                    if (generation == measurementGeneration) {
                        showMeasurement(outcome);
                        StatusMessage s = BenchmarkMessages.afterRun(outcome);
                        status.set(new StatusMessage(s.kind(), "Loaded " + file.getFileName() + ". " + s.text()));
                    }
                });
            } catch (MeasurementFiles.Problem e) {
                uiThread.execute(() -> {
                    if (generation == measurementGeneration) {
                        status.set(StatusMessage.error("Could not load the measurement: " + e.getMessage()));
                    }
                });
            }
        }, () -> { });
    }

    /** Saves the run shown as JSON (the format {@code tokenfactory calibrate --with} reads). */
    public void save(Path file) {
        MeasurementOutcome shown = measurement.get();
        if (shown == null || closed) {
            return;
        }
        BenchmarkRun run = shown.run();
        submit(() -> {
            try {
                MeasurementFiles.write(run, file);
                uiThread.execute(() -> status.set(StatusMessage.info("Saved the measurement to " + file + ".")));
            } catch (MeasurementFiles.Problem e) {
                uiThread.execute(() -> status.set(StatusMessage.error("Could not save the measurement: "
                        + e.getMessage())));
            }
        }, () -> { });
    }

    /**
     * Hands the current plan with the calibration stored in it to {@code applyCalibratedPlan}, provided the plan is
     * still the one the before/after figures were worked out for; if it changed, the figures are worked out again
     * and the user is asked to check them and apply again.
     */
    public void apply() {
        CalibrationImpact shown = impact.get();
        if (!canApply.get() || shown == null) {
            return;
        }
        Plan now = currentPlan.get();
        if (!shown.before().equals(now)) {
            status.set(StatusMessage.warning("The plan changed since these figures were worked out; they are being "
                    + "worked out again. Check them and apply again."));
            planChanged();
            return;
        }
        try {
            applyCalibratedPlan.accept(shown.after());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Applying the calibration failed", e);
            status.set(StatusMessage.error("The calibration could not be applied: " + Reasons.of(e)));
            return;
        }
        applied = shown;
        planCalibration.set(PlanCalibrationText.describe(shown.after()));
        Calibration c = shown.after().calibration();
        status.set(StatusMessage.info(Efficiencies.transfersEfficiencies(c)
                ? "Applied: the plan now uses the efficiencies and overhead measured on " + c.device()
                        + " for every GPU type. Undo takes it back."
                : "Applied: the plan now uses the step overhead measured on " + c.device() + "; a device the catalog "
                        + "does not know keeps the plan's efficiencies. Undo takes it back."));
        refreshActions();
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
        if (applied != null && (plan == null || !Objects.equals(plan.calibration(), applied.after().calibration()))) {
            applied = null; // undone, or replaced by another edit: it may be applied again
        }
        CalibrationImpact shown = impact.get();
        boolean upToDate = shown != null && shown.before().equals(plan);
        if (!upToDate && !running.get() && fit() != null) {
            workOutImpact();
        }
        refreshActions();
    }

    /** Cancels a running benchmark and stops the worker this view-model started. */
    @Override
    public void close() {
        closed = true;
        if (cancelToken != null) {
            cancelToken.cancel();
        }
        if (ownedWorker != null) {
            ownedWorker.shutdown();
        }
    }

    // ---- internals

    private void detectMachine() {
        submit(() -> {
            DetectedMachine m;
            try {
                m = machineDetector.get();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Looking at this computer failed", e);
                uiThread.execute(() -> machine.set("This computer could not be examined (" + Reasons.of(e) + ")."));
                return;
            }
            uiThread.execute(() -> {
                detected = m;
                machine.set(m.summary());
                showExpectedProvider();
            });
        }, () -> { });
    }

    private void showExpectedProvider() {
        if (detected == null) {
            return;
        }
        expectedProvider.set("Will run on " + detected.expectedProvider(provider.get())
                + (quick.get() ? "; quick check: the figures only show that the benchmark works." : "."));
    }

    private void finishRun(long generation, MeasurementOutcome outcome, StatusMessage failure) {
        if (generation != measurementGeneration) {
            return;
        }
        running.set(false);
        cancelToken = null;
        if (outcome == null) {
            progress.set(0);
            progressMessage.set("");
            status.set(failure);
            refreshActions();
            return;
        }
        progressMessage.set("");
        showMeasurement(outcome);
        status.set(BenchmarkMessages.afterRun(outcome));
    }

    private void clearMeasurement() {
        measurement.set(null);
        measuredOn.set("");
        rows.clear();
        fitSummary.set(null);
        roofline.set(null);
        impactGeneration++;
        impact.set(null);
        impactRows.clear();
        impactMessage.set("");
    }

    private void showMeasurement(MeasurementOutcome outcome) {
        measurement.set(outcome);
        BenchmarkRun run = outcome.run();
        measuredOn.set(BenchmarkMessages.measuredOn(run));
        rows.setAll(run.shapes().stream().map(MeasurementRow::of).toList());
        fitSummary.set(FitSummary.of(outcome));
        roofline.set(RooflineModel.of(run, outcome.fit()));
        impactGeneration++;
        impact.set(null);
        impactRows.clear();
        if (outcome.fit() == null) {
            impactMessage.set("No calibration to apply.");
            refreshActions();
        } else {
            workOutImpact();
        }
    }

    private void workOutImpact() {
        Plan plan = currentPlan.get();
        CalibrationFit.Result fit = fit();
        long generation = ++impactGeneration;
        impact.set(null);
        impactRows.clear();
        if (plan == null) {
            impactMessage.set("No plan is open.");
            refreshActions();
            return;
        }
        impactMessage.set("Working out each service's $/Mtok with and without this calibration…");
        refreshActions();
        submit(() -> {
            try {
                CalibrationImpact result = CalibrationImpact.of(plan, fit.calibration());
                uiThread.execute(() -> {
                    if (generation == impactGeneration) {
                        impact.set(result);
                        impactRows.setAll(result.services());
                        impactMessage.set(result.services().isEmpty() ? "The plan has no inference service." : "");
                        refreshActions();
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Simulating the plan failed", e);
                uiThread.execute(() -> {
                    if (generation == impactGeneration) {
                        impactMessage.set("The plan could not be simulated with this calibration: " + Reasons.of(e));
                        refreshActions();
                    }
                });
            }
        }, () -> { });
    }

    private CalibrationFit.Result fit() {
        MeasurementOutcome m = measurement.get();
        return m == null ? null : m.fit();
    }

    private void refreshActions() {
        canSave.set(!running.get() && measurement.get() != null);
        CalibrationImpact shown = impact.get();
        Plan plan = shown == null ? null : currentPlan.get();
        boolean alreadyInPlan = plan != null && Objects.equals(plan.calibration(), shown.after().calibration());
        canApply.set(!running.get() && shown != null && shown != applied && !alreadyInPlan);
    }

    /** Runs {@code work} on the worker; {@code rejected} runs here when the worker no longer takes work. */
    private void submit(Runnable work, Runnable rejected) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException e) {
            rejected.run();
        }
    }
}
