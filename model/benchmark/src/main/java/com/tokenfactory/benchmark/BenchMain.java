package com.tokenfactory.benchmark;

import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.CalibrationFitException;
import com.tokenfactory.core.calibration.RunOutcome;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Runs the benchmark from the command line and prints the results table and the fitted calibration.
 * <pre>
 *   java -cp ... com.tokenfactory.benchmark.BenchMain [--provider auto|cuda|coreml|cpu] [--quick] [--no-power]
 * </pre>
 * Exit status: 0 with a calibration, 1 when the run or the fit failed or was cancelled, 2 for wrong arguments.
 * Ctrl-C ends it (no clean cancel: see the comment in run); the app's `tokenfactory bench` cancels cleanly.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchmarkOptions options = BenchmarkOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--provider" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--provider needs a value");
                    }
                    try {
                        options = options.withProvider(ProviderChoice.parse(args[++i]));
                    } catch (IllegalArgumentException e) {
                        return usage(err, e.getMessage());
                    }
                }
                case "--quick" -> options = options.withQuick(true);
                case "--no-power" -> options = new BenchmarkOptions(options.provider(), options.quick(), false);
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    return usage(err, "unknown argument '" + args[i] + "'");
                }
            }
        }

        // No shutdown hook: ONNX Runtime's own hook frees its environment under a running benchmark, so a hook that
        // cancels races it. This is a developer's tool; Ctrl-C ends it. The app's 'tokenfactory bench' cancels cleanly.
        ProgressPrinter printer = new ProgressPrinter(err);
        BenchmarkRun run = Benchmark.run(options, printer, new CancellationToken());
        printer.done();

        out.println(ResultsTable.format(run));
        if (run.outcome() != RunOutcome.COMPLETED) {
            return 1;
        }
        try {
            out.println(ResultsTable.format(CalibrationFit.fit(run)));
            return 0;
        } catch (CalibrationFitException e) {
            out.println("No calibration: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream s, String problem) {
        if (problem != null) {
            s.println("bench: " + problem);
        }
        s.println("usage: BenchMain [--provider auto|cuda|coreml|cpu] [--quick] [--no-power]");
        s.println("  --provider  execution provider (default auto: CUDA, then CoreML on a Mac, else the CPU)");
        s.println("  --quick     small shapes, a few seconds: checks that the benchmark works");
        s.println("  --no-power  do not sample board power with nvidia-smi");
        return problem == null ? 0 : 2;
    }

    /** Prints a progress line when the message changes or another 5% is done. */
    private static final class ProgressPrinter implements ProgressListener {
        private final PrintStream err;
        private String lastMessage = "";
        private double lastFraction = -1;

        ProgressPrinter(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(double fraction, String message) {
            if (!message.equals(lastMessage) || fraction - lastFraction >= 0.05) {
                err.printf(Locale.ROOT, "[%3.0f%%] %s%n", fraction * 100, message);
                lastMessage = message;
                lastFraction = fraction;
            }
        }

        void done() {
            err.flush();
        }
    }
}
