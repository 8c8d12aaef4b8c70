package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.ExpectedLog;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.io.BenchmarkRunFile;
import com.tokenfactory.samples.Samples;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calibration screen's behaviour without a window: a run with its progress and results, cancel, a provider that
 * is not there, memory that runs out, a native library that does not load, loading and saving, and Apply. Each
 * ending leaves the screen usable: the next action works.
 */
class CalibrationViewModelTest {
    private final AtomicReference<Plan> plan = new AtomicReference<>(Fixtures.fungibleFleet());
    private final List<Plan> applied = new CopyOnWriteArrayList<>();
    private final AtomicReference<BenchmarkRunner> runner = new AtomicReference<>();
    private final AtomicReference<BenchmarkOptions> askedFor = new AtomicReference<>();
    private ExecutorService worker;
    private CalibrationViewModel vm;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void openScreen() {
        worker = Executors.newCachedThreadPool();
        BenchmarkRunner delegating = (options, progress, cancel) -> {
            askedFor.set(options);
            return runner.get().run(options, progress, cancel);
        };
        vm = Fx.call(() -> new CalibrationViewModel(plan::get, p -> {
            applied.add(p);
            plan.set(p);
        }, delegating, () -> Fixtures.LAPTOP, worker, Platform::runLater));
    }

    @AfterEach
    void closeScreen() throws InterruptedException {
        Fx.run(vm::close);
        worker.shutdown();
        assertTrue(worker.awaitTermination(30, TimeUnit.SECONDS), "the worker finished");
    }

    @Test
    void aRunReportsProgressThenShowsResultsFitRooflineAndCosts() {
        CountDownLatch release = new CountDownLatch(1);
        runner.set((options, progress, cancel) -> {
            progress.progress(0.5, "Test 4 of 8 (decode-2048, B=4 D=2048 L=16): timing");
            await(release);
            return Fixtures.cpuRun();
        });
        Fx.run(() -> {
            vm.providerProperty().set(ProviderChoice.CPU);
            vm.quickProperty().set(true);
            vm.runBenchmark();
        });
        Fx.waitUntil("progress is shown", () -> vm.progressProperty().get() == 0.5);
        assertEquals("Test 4 of 8 (decode-2048, B=4 D=2048 L=16): timing", Fx.call(() -> vm.progressMessageProperty().get()));
        assertTrue(Fx.call(() -> vm.runningProperty().get()));
        assertFalse(Fx.call(() -> vm.canApplyProperty().get() || vm.canSaveProperty().get()));
        assertEquals(new BenchmarkOptions(ProviderChoice.CPU, true, true), askedFor.get());

        release.countDown();
        Fx.waitUntil("the run is shown", () -> !vm.runningProperty().get());
        BenchmarkRun run = Fixtures.cpuRun();
        CalibrationFit.Result fit = CalibrationFit.fit(run);
        assertEquals(run.shapes().stream().map(MeasurementRow::of).toList(), Fx.call(() -> List.copyOf(vm.rows())));
        // measured while other builds shared the two cores: some p90s are above 1.5 times their median
        assertEquals(StatusMessage.warning("Measured 8 tests on the CPU (AMD EPYC). A CPU measurement does not describe "
                + "a GPU: only its fixed overhead carries over to the plan's GPUs. Timings were uneven, so something else "
                + "was probably using the device and the fit may be off: run again when it is idle."),
                Fx.call(() -> vm.statusProperty().get()));
        assertEquals("AMD EPYC — CPU, fp32, ONNX Runtime 1.29.0, 2026-11-22", Fx.call(() -> vm.measuredOnProperty().get()));
        assertEquals(FitSummary.of(MeasurementOutcome.of(run)), Fx.call(() -> vm.fitSummaryProperty().get()));
        RooflineModel roofline = Fx.call(() -> vm.rooflineProperty().get());
        assertEquals(8, roofline.points().size());
        assertEquals(fit.calibration().devicePeakTflops(), roofline.peakTflops());
        assertEquals(fit.calibration().devicePeakTbps(), roofline.peakTbps());
        waitForCosts();
        assertEquals(3, Fx.call(() -> vm.impactRows().size()));
        assertTrue(Fx.call(() -> vm.canApplyProperty().get() && vm.canSaveProperty().get()));
    }

    @Test
    void cancelStopsTheRealBenchmarkAndTheScreenRunsAgain() {
        runner.set(BenchmarkRunner.onnxRuntime());
        Fx.run(() -> {
            vm.providerProperty().set(ProviderChoice.CPU);
            vm.runBenchmark();
        });
        Fx.waitUntil("the first test runs", () -> vm.progressMessageProperty().get().startsWith("Test 1 of"));
        Fx.run(vm::cancel);
        Fx.waitUntil("the benchmark stopped", Duration.ofSeconds(30), () -> !vm.runningProperty().get());
        StatusMessage status = Fx.call(() -> vm.statusProperty().get());
        assertEquals(StatusMessage.Kind.INFO, status.kind());
        assertTrue(status.text().startsWith("Cancelled by the user after ")
                && status.text().endsWith(" tests; no calibration was made."), status.text());
        assertEquals(RunOutcome.CANCELLED, Fx.call(() -> vm.measurementProperty().get().run().outcome()));
        assertEquals("No calibration to apply.", Fx.call(() -> vm.impactMessageProperty().get()));
        assertFalse(Fx.call(() -> vm.canApplyProperty().get()));

        runner.set((options, progress, cancel) -> Fixtures.cpuRun());
        Fx.run(vm::runBenchmark);
        Fx.waitUntil("the next run is shown", () -> !vm.runningProperty().get() && vm.rows().size() == 8);
        waitForCosts();
        assertTrue(Fx.call(() -> vm.canApplyProperty().get()));
    }

    @Test
    void aProviderThatIsNotThereFallsBackToTheCpuAndSaysSo() {
        runner.set(BenchmarkRunner.onnxRuntime());
        Fx.run(() -> {
            vm.providerProperty().set(ProviderChoice.CUDA);
            vm.quickProperty().set(true);
            vm.runBenchmark();
        });
        Fx.waitUntil("the quick run ends", () -> !vm.runningProperty().get());
        StatusMessage status = Fx.call(() -> vm.statusProperty().get());
        // the project ships the CPU-only ONNX Runtime (docs/benchmark.md, "Provider selection")
        assertEquals(StatusMessage.Kind.WARNING, status.kind());
        assertTrue(status.text().startsWith("This installation has the CPU-only ONNX Runtime, ") && status.text()
                .contains("; ran on the CPU instead. "), status.text());
        assertTrue(Fx.call(() -> vm.measuredOnProperty().get()).contains(" — CPU, fp32, "));
        assertEquals(12, Fx.call(() -> vm.rows().size()));
    }

    @Test
    void runningOutOfMemoryIsAPlainMessageAndTheNextRunWorks() {
        runner.set((options, progress, cancel) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        try (ExpectedLog log = ExpectedLog.capture()) {
            Fx.run(vm::runBenchmark);
            Fx.waitUntil("the failure is shown", () -> !vm.runningProperty().get());
            assertEquals(1, log.warnings(OutOfMemoryError.class), "logged with its cause, for a bug report");
        }
        assertEquals(StatusMessage.error("The benchmark ran out of memory (Java heap space) and stopped; nothing was "
                + "measured. Close other programs, or try the quick check."), Fx.call(() -> vm.statusProperty().get()));
        assertEquals(0, Fx.call(() -> vm.rows().size()));
        assertEquals(0.0, Fx.call(() -> vm.progressProperty().get()));

        runner.set((options, progress, cancel) -> Fixtures.cpuRun());
        Fx.run(vm::runBenchmark);
        Fx.waitUntil("the next run is shown", () -> !vm.runningProperty().get() && vm.rows().size() == 8);
    }

    @Test
    void aRunWhoseTestsAllRanOutOfDeviceMemoryShowsItsNotes() {
        // what Benchmark.run returns when every shape failed to allocate even at a quarter of its size
        BenchmarkRun measured = Fixtures.cpuRun();
        String skipped = "The decode-704 test did not fit the device's free memory even at a quarter of its size "
                + "(B=4 D=704 L=4; Failed to allocate memory for requested buffer of size 1982464) and was skipped.";
        runner.set((options, progress, cancel) -> new BenchmarkRun(measured.device(), measured.precision(),
                measured.runtime(), measured.measuredOn(), RunOutcome.FAILED,
                "No test could be measured; the notes say why for each.", List.of(), List.of(skipped)));
        Fx.run(vm::runBenchmark);
        Fx.waitUntil("the failed run is shown", () -> !vm.runningProperty().get());
        assertEquals(StatusMessage.error("No test could be measured; the notes say why for each."),
                Fx.call(() -> vm.statusProperty().get()));
        FitSummary fit = Fx.call(() -> vm.fitSummaryProperty().get());
        assertEquals("No calibration: No test could be measured; the notes say why for each.", fit.headline());
        assertEquals(List.of(skipped), fit.notes());
        assertFalse(Fx.call(() -> vm.canApplyProperty().get()));
    }

    @Test
    void aNativeLibraryThatDoesNotLoadIsAMessageAndSavedMeasurementsStillWork() throws Exception {
        runner.set((options, progress, cancel) -> {
            throw new UnsatisfiedLinkError("no onnxruntime4j_jni in java.library.path");
        });
        try (ExpectedLog log = ExpectedLog.capture()) {
            Fx.run(vm::runBenchmark);
            Fx.waitUntil("the failure is shown", () -> !vm.runningProperty().get());
            assertEquals(1, log.warnings(UnsatisfiedLinkError.class), "logged with its cause, for a bug report");
        }
        assertEquals(StatusMessage.error("ONNX Runtime could not load on this computer, so the benchmark cannot run here "
                + "(no onnxruntime4j_jni in java.library.path). Everything else works, and a measurement saved on "
                + "another computer can be loaded."), Fx.call(() -> vm.statusProperty().get()));

        Path saved = Fixtures.cpuRunFile(dir);
        Fx.run(() -> vm.load(saved));
        Fx.waitUntil("the saved run is shown", () -> vm.rows().size() == 8);
        assertTrue(Fx.call(() -> vm.statusProperty().get().text()).startsWith("Loaded cpu-run.json. Measured 8 tests"));
        waitForCosts();
        Fx.run(vm::apply);
        assertEquals(1, applied.size());
    }

    @Test
    void applyHandsOverThePlanWithTheCalibrationAndTheEnginesFigures() throws Exception {
        Plan before = plan.get();
        Fx.run(() -> vm.load(uncheckedFile()));
        waitForCosts();
        CalibrationFit.Result fit = CalibrationFit.fit(Fixtures.cpuRun());
        List<ServiceResult> engineBefore = Engine.simulate(before).services();
        List<ServiceResult> engineAfter = Engine.simulate(before.withCalibration(fit.calibration())).services();
        List<ServiceCostChange> shown = Fx.call(() -> List.copyOf(vm.impactRows()));
        assertEquals(engineBefore.size(), shown.size());
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(engineBefore.get(i).name(), shown.get(i).name());
            assertEquals(engineBefore.get(i).usdPerMillionTokens(), shown.get(i).before());
            assertEquals(engineAfter.get(i).usdPerMillionTokens(), shown.get(i).after());
        }
        assertTrue(shown.stream().anyMatch(s -> s.before() != s.after()), "a calibration changes some service's cost");

        Fx.run(vm::apply);
        assertEquals(List.of(before.withCalibration(fit.calibration())), applied);
        assertEquals(fit.calibration(), applied.get(0).calibration());
        assertFalse(Fx.call(() -> vm.canApplyProperty().get()), "applied once; a second press would add a second edit");
        assertTrue(Fx.call(() -> vm.planCalibrationProperty().get())
                .startsWith("Calibrated with a measurement of AMD EPYC (CPU, 2026-11-22), a device the catalog does not "
                        + "know: only its step overhead of"));
        assertTrue(Fx.call(() -> vm.statusProperty().get().text()).startsWith("Applied: "));
    }

    @Test
    void applyWaitsForFreshFiguresWhenThePlanChangedMeanwhile() throws Exception {
        Fx.run(() -> vm.load(uncheckedFile()));
        waitForCosts();
        Plan other = Samples.open(Samples.CAPACITY_CRUNCH);
        plan.set(other);
        Fx.run(vm::apply);
        assertTrue(applied.isEmpty(), "nothing applied on figures worked out for another plan");
        assertEquals(StatusMessage.Kind.WARNING, Fx.call(() -> vm.statusProperty().get().kind()));
        Fx.waitUntil("the figures are worked out for the new plan",
                () -> vm.impactProperty().get() != null && vm.impactProperty().get().before() == other);
        Fx.run(vm::apply);
        assertEquals(1, applied.size());
        assertEquals(other.name(), applied.get(0).name());
    }

    @Test
    void theUndoneCalibrationCanBeAppliedAgain() throws Exception {
        Plan before = plan.get();
        Fx.run(() -> vm.load(uncheckedFile()));
        waitForCosts();
        Fx.run(vm::apply);
        plan.set(before); // the main window's undo
        Fx.run(vm::planChanged);
        assertTrue(Fx.call(() -> vm.planCalibrationProperty().get()).startsWith("No calibration: "));
        Fx.waitUntil("Apply is offered again", () -> vm.canApplyProperty().get());
    }

    @Test
    void aBrokenFileIsAMessageThatNamesItAndKeepsWhatWasShown() throws Exception {
        Fx.run(() -> vm.load(uncheckedFile()));
        Fx.waitUntil("the saved run is shown", () -> vm.rows().size() == 8);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"format\": ");
        Fx.run(() -> vm.load(broken));
        Fx.waitUntil("the problem is shown", () -> vm.statusProperty().get().kind() == StatusMessage.Kind.ERROR);
        String text = Fx.call(() -> vm.statusProperty().get().text());
        assertTrue(text.startsWith("Could not load the measurement: " + broken + ": $.format (line 1, column 13): invalid JSON"), text);
        assertEquals(8, Fx.call(() -> vm.rows().size()));
    }

    @Test
    void saveWritesTheRunShown() throws Exception {
        Fx.run(() -> vm.load(uncheckedFile()));
        Fx.waitUntil("the saved run is shown", () -> vm.canSaveProperty().get());
        Path copy = dir.resolve("sub/copy.json");
        Fx.run(() -> vm.save(copy));
        Fx.waitUntil("saved", () -> vm.statusProperty().get().text().startsWith("Saved the measurement to "));
        assertEquals(Fixtures.cpuRun(), BenchmarkRunFile.read(copy));
    }

    @Test
    void showsTheMachineTheProviderAndThePlansDefaults() {
        Fx.waitUntil("the machine is known", () -> !vm.expectedProviderProperty().get().isEmpty());
        assertEquals(Fixtures.LAPTOP.summary(), Fx.call(() -> vm.machineProperty().get()));
        assertEquals("Will run on the CPU: no NVIDIA GPU was found and this is not a Mac.",
                Fx.call(() -> vm.expectedProviderProperty().get()));
        Fx.run(() -> vm.providerProperty().set(ProviderChoice.CUDA));
        assertEquals("Will run on the CPU: this installation has the CPU-only ONNX Runtime, and no NVIDIA GPU was found.",
                Fx.call(() -> vm.expectedProviderProperty().get()));
        String defaults = Fx.call(() -> vm.planCalibrationProperty().get());
        assertEquals("No calibration: documented defaults in use. Compute efficiency 0.50 ("
                + Assumptions.SOURCES.get("computeEfficiency").source() + "); memory efficiency 0.80 ("
                + Assumptions.SOURCES.get("memoryEfficiency").source() + "); step overhead 1.00 ms ("
                + Assumptions.SOURCES.get("stepOverheadMs").source() + "); host time 0 µs per sequence, expert "
                + "efficiency 0.20 and FP4 efficiency 0.65 are never calibrated.", defaults);
        assertNull(Fx.call(() -> vm.measurementProperty().get()));
    }

    @Test
    void aStaleResultIsDropped() throws Exception {
        // two loads; the first one's result arrives last and must not replace the second's
        ManualExecutor manual = new ManualExecutor();
        CalibrationViewModel screen = Fx.call(() -> new CalibrationViewModel(plan::get, applied::add,
                (o, p, c) -> Fixtures.cpuRun(), () -> Fixtures.LAPTOP, manual, Platform::runLater));
        manual.runAll();
        Path first = Fixtures.cpuRunFile(dir);
        Path second = Files.writeString(dir.resolve("other.json"), BenchmarkRunFile.toJson(Fixtures.cpuRun())
                .replace("\"decode-704\"", "\"decode-704-again\""));
        Fx.run(() -> screen.load(first));
        Fx.run(() -> screen.load(second));
        manual.runLastFirst();
        Fx.waitUntil("a run is shown", () -> screen.measurementProperty().get() != null);
        manual.runAll();
        Fx.run(() -> { });
        assertEquals("decode-704-again", Fx.call(() -> screen.rows().get(0).shape()));
        Fx.run(screen::close);
    }

    private Path uncheckedFile() {
        try {
            return Fixtures.cpuRunFile(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void waitForCosts() {
        Fx.waitUntil("each service's cost is worked out", () -> vm.impactProperty().get() != null);
        assertNotNull(Fx.call(() -> vm.impactProperty().get()));
        assertSame(Fx.call(() -> vm.impactProperty().get().before()), plan.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A worker that runs what it was given only when told, in the order the test chooses. */
    private static final class ManualExecutor implements java.util.concurrent.Executor {
        private final List<Runnable> queued = new CopyOnWriteArrayList<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }

        void runLastFirst() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }
    }
}
