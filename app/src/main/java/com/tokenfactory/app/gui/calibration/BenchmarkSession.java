package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.CancellationToken;
import com.tokenfactory.core.calibration.BenchmarkRun;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Where a measurement comes from: the benchmark run on this computer (with its progress and Cancel) or a file saved
 * earlier; and saving the one shown. A run and a load are one "latest wins" job: what the user did last is what is
 * shown. Properties change on the UI thread only.
 */
final class BenchmarkSession {
    /** A measurement ready to show; {@code loadedFrom} is null for one just run. */
    record Measured(MeasurementOutcome outcome, Path loadedFrom) {
    }

    private final BenchmarkRunner runner;
    private final Executor worker;
    private final Executor uiThread;
    private final Consumer<StatusMessage> status;
    private final LatestWins<Measured> running;
    private final LatestWins<Measured> loading;
    private final ReadOnlyBooleanWrapper benchmarkRunning = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private CancellationToken cancelToken;

    /**
     * @param measured receives each measurement to show, on the UI thread
     * @param status   receives what the user should read about a failure or a save, on the UI thread
     */
    BenchmarkSession(BenchmarkRunner runner, Executor worker, Executor uiThread, Consumer<Measured> measured,
                     Consumer<StatusMessage> status) {
        this.runner = runner;
        this.worker = worker;
        this.uiThread = uiThread;
        this.status = status;
        this.running = new LatestWins<Measured>("run the benchmark", worker, uiThread, m -> {
            finishRun();
            measured.accept(m);
        }).explainingFailures(e -> BenchmarkMessages.ofFailure(e).text())
                .onFailure(line -> {
                    finishRun();
                    progress.set(0);
                    status.accept(StatusMessage.error(line));
                });
        this.loading = new LatestWins<Measured>("load the measurement", worker, uiThread, measured)
                .expecting(MeasurementFiles.Problem.class)
                .explainingFailures(e -> "Could not load the measurement: " + e.getMessage())
                .onFailure(line -> status.accept(StatusMessage.error(line)));
        this.running.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                finishRun(); // also when the screen closed under it
            }
        });
    }

    /** Runs the benchmark; its progress shows in {@link #progressProperty()}. Call on the UI thread. */
    void run(BenchmarkOptions options) {
        CancellationToken token = new CancellationToken();
        cancelToken = token;
        loading.cancel();
        benchmarkRunning.set(true);
        progress.set(0);
        progressMessage.set("Starting");
        ProgressRelay relay = new ProgressRelay(uiThread, (fraction, message) -> {
            if (cancelToken == token && benchmarkRunning.get()) {
                progress.set(fraction);
                progressMessage.set(message);
            }
        });
        running.request(() -> new Measured(MeasurementOutcome.of(runner.run(options, relay, token)), null));
    }

    /** Asks the running benchmark to stop; it stops within one run of its current test. */
    void cancel() {
        if (cancelToken != null && benchmarkRunning.get()) {
            cancelToken.cancel();
            progressMessage.set("Cancelling after the current run…");
        }
    }

    /** Reads and fits a saved measurement. */
    void load(Path file) {
        loading.request(() -> new Measured(MeasurementOutcome.of(MeasurementFiles.read(file)), file));
    }

    /** Writes {@code run} as JSON; a save is never dropped for a later one. */
    void save(BenchmarkRun run, Path file) {
        try {
            worker.execute(() -> {
                StatusMessage done;
                try {
                    MeasurementFiles.write(run, file);
                    done = StatusMessage.info("Saved the measurement to " + file + ".");
                } catch (MeasurementFiles.Problem e) {
                    done = StatusMessage.error("Could not save the measurement: " + e.getMessage());
                }
                StatusMessage told = done;
                uiThread.execute(() -> status.accept(told));
            });
        } catch (RejectedExecutionException e) {
            // the screen is closing
        }
    }

    /** Stops a running benchmark (the screen is going away). */
    void close() {
        if (cancelToken != null) {
            cancelToken.cancel();
        }
    }

    private void finishRun() {
        benchmarkRunning.set(false);
        cancelToken = null;
        progressMessage.set("");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return benchmarkRunning.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }
}
