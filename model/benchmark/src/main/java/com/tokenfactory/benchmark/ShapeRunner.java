package com.tokenfactory.benchmark;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.tokenfactory.benchmark.graph.BenchGraph;
import com.tokenfactory.benchmark.graph.GraphSession;
import com.tokenfactory.benchmark.graph.Precision;
import com.tokenfactory.core.calibration.DeviceInfo;
import com.tokenfactory.core.calibration.ShapeMeasurement;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Measures one shape: generate weights, create the session (timed apart), warm up, time runs, then, where power is
 * sampled, keep running back to back while the board's power is read. Out of memory shrinks the shape to half, at
 * most twice, then skips it; any other failure skips it. Cancellation is checked between runs.
 */
final class ShapeRunner {
    static final int MAX_SHRINKS = 2;

    /** What became of a shape. */
    sealed interface Result permits Measured, Skipped {
    }

    /** Measured, perhaps at a smaller size; {@code notes} say so. */
    record Measured(ShapeMeasurement measurement, List<String> notes) implements Result {
    }

    /** Not measured; {@code message} says why in plain words. */
    record Skipped(String message) implements Result {
    }

    /** Thrown out of {@link #measure} when the user cancelled. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** Reports progress within the shape, 0 to 1, with a short phase name. */
    interface Phase {
        void at(double fraction, String phase);
    }

    private final OrtEnvironment env;
    private final ProviderSelection provider;
    private final RunSettings settings;
    private final PowerSampler power;
    private final CancellationToken cancel;
    private final String deviceWord;

    ShapeRunner(OrtEnvironment env, ProviderSelection provider, RunSettings settings, PowerSampler power,
                CancellationToken cancel) {
        this.env = env;
        this.provider = provider;
        this.settings = settings;
        this.power = power;
        this.cancel = cancel;
        this.deviceWord = provider.provider().equals(DeviceInfo.CPU) ? "the computer's memory" : "the GPU's free memory";
    }

    Result measure(ShapeSpec spec, Phase phase) {
        Precision p = provider.precision();
        List<String> notes = new ArrayList<>();
        ShapeSpec attempt = spec;
        for (int shrinks = 0; ; shrinks++) {
            checkCancel();
            BenchGraph graph = attempt.graph(p);
            phase.at(0.0, "generating " + megabytes(graph.weightBytes()) + " of weights, creating the session");
            try (OrtSession.SessionOptions options = provider.newOptions();
                 GraphSession session = GraphSession.open(env, graph, options, cancel::isCancelled)) {
                ShapeMeasurement m = time(attempt, session, phase);
                if (shrinks > 0) {
                    notes.add("The " + spec.name() + " test did not fit " + deviceWord + " at " + spec.dimensions()
                            + " and ran at " + attempt.dimensions() + ".");
                }
                return new Measured(m, notes);
            } catch (GraphSession.Cancelled e) {
                throw new Cancelled();
            } catch (Cancelled e) {
                throw e;
            } catch (OrtException | RuntimeException | OutOfMemoryError e) {
                if (!Failures.isOutOfMemory(e)) {
                    return new Skipped("The " + spec.name() + " test failed (" + Failures.firstLine(e)
                            + ") and was skipped.");
                }
                ShapeSpec smaller = shrinks == MAX_SHRINKS ? null : attempt.shrunk(graph);
                if (smaller == null) {
                    String where = Failures.isJavaDirectMemory(e)
                            ? "the memory Java may use for weights (raise -XX:MaxDirectMemorySize)"
                            : deviceWord;
                    return new Skipped("The " + spec.name() + " test did not fit " + where + " even at "
                            + (shrinks == MAX_SHRINKS ? "a quarter of its size" : "its smallest") + " ("
                            + attempt.dimensions() + "; " + Failures.firstLine(e) + ") and was skipped.");
                }
                attempt = smaller;
            }
        }
    }

    private ShapeMeasurement time(ShapeSpec spec, GraphSession session, Phase phase) throws OrtException {
        for (int i = 0; i < settings.warmups(); i++) {
            checkCancel();
            phase.at(0.1, "warming up");
            session.run();
        }
        List<Double> times = new ArrayList<>();
        long start = System.nanoTime();
        long minNanos = (long) (settings.minSeconds() * 1e9);
        while (times.size() < settings.minRuns()
                || times.size() < settings.maxRuns() && System.nanoTime() - start < minNanos) {
            checkCancel();
            long t0 = System.nanoTime();
            session.run();
            times.add((System.nanoTime() - t0) / 1e6);
            phase.at(0.2 + 0.5 * Math.min(1.0, times.size() / (double) settings.minRuns()), "timing");
        }
        double median = Stats.median(times);
        double p90 = Stats.percentile(times, 90);

        Double watts = null;
        if (power.isSampling()) {
            double total = settings.powerSettleSeconds() + settings.powerWindowSeconds();
            long from = System.nanoTime();
            long settleEnd = from + (long) (settings.powerSettleSeconds() * 1e9);
            long end = from + (long) (total * 1e9);
            long now;
            while ((now = System.nanoTime()) < end) {
                checkCancel();
                phase.at(0.7 + 0.3 * (now - from) / (total * 1e9), "measuring power");
                session.run();
            }
            OptionalDouble avg = power.averageWatts(settleEnd, System.nanoTime());
            watts = avg.isPresent() ? avg.getAsDouble() : null;
        }
        BenchGraph g = session.graph();
        return new ShapeMeasurement(spec.name(), spec.kind(), spec.role(), spec.dimensions(), g.flops(),
                g.bytesMoved(), spec.tokens(), median, p90, times.size(), session.creationMs(), watts,
                watts == null ? null : ShapeMeasurement.joulesPerToken(watts, median, spec.tokens()), g.operators(),
                spec.expertShape());
    }

    private void checkCancel() {
        if (cancel.isCancelled()) {
            throw new Cancelled();
        }
    }

    static String megabytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}
