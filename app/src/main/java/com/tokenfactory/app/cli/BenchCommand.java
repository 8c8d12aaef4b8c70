package com.tokenfactory.app.cli;

import com.tokenfactory.app.gui.calibration.BenchReport;
import com.tokenfactory.app.gui.calibration.BenchmarkRunner;
import com.tokenfactory.app.gui.calibration.MeasurementFiles;
import com.tokenfactory.app.gui.calibration.MeasurementOutcome;
import com.tokenfactory.app.gui.calibration.ProgressLines;
import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.CancellationToken;
import com.tokenfactory.benchmark.ProgressListener;
import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.RunOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Runs the embedded benchmark, prints what it measured and the calibration fitted to it, and can save the run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure this computer with the embedded inference benchmark and print the results table and "
                + "the fitted calibration. Ctrl-C cancels.",
                "Exit code 0 with a calibration (also when the run fell back to the CPU, which the output says), "
                        + "1 when the benchmark failed or gave no calibration, 2 for wrong arguments, 130 after "
                        + "Ctrl-C."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--provider", paramLabel = "auto|cuda|coreml|cpu", converter = ProviderConverter.class,
            description = "execution provider (default auto: CUDA, then CoreML on a Mac, else the CPU)")
    ProviderChoice provider = ProviderChoice.AUTO;

    @Option(names = "--quick", description = "small shapes, a second or two: checks that the benchmark works; "
            + "the figures do not describe the device")
    boolean quick;

    @Option(names = "--no-power", description = "do not sample the board's power with nvidia-smi (no J/token figures); "
            + "for a machine where nvidia-smi must not run or would disturb the measurement")
    boolean noPower;

    @Option(names = "--progress", description = "print progress lines on standard error even when it is not a terminal "
            + "(a log, a remote run); with a terminal they are always printed")
    boolean progress;

    @Option(names = "--out", paramLabel = "FILE.json",
            description = "also write the run as JSON, for 'tokenfactory calibrate PLAN --with FILE.json'")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (out != null) {
            // checked before measuring: a GPU run takes minutes, and a bad --out must neither lose it nor replace a plan
            Path name = out.getFileName();
            if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                throw new ParameterException(spec.commandLine(), "--out must name a .json file (was " + out + ")");
            }
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                ChartCommand.Output.createDirectories(folder);
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CancellationToken cancel = new CancellationToken();
        try (CancelOnSignal signals = new CancelOnSignal(cancel)) {
            ProgressListener lines = progress || System.console() != null ? new ProgressLines(stderr)
                    : ProgressListener.NONE;
            BenchmarkRun run = BenchmarkRunner.onnxRuntime().run(options(), lines, cancel);
            BenchReport report = BenchReport.of(MeasurementOutcome.of(run));
            stdout.print(report.text());
            if (out != null && run.outcome() == RunOutcome.COMPLETED) {
                try {
                    MeasurementFiles.write(run, out);
                } catch (MeasurementFiles.Problem e) {
                    throw new CliException(e.getMessage(), 1);
                }
                stdout.println("Wrote " + out);
            }
            stdout.flush();
            if (report.succeeded()) {
                return 0;
            }
            if (signals.received() != null) {
                stderr.println("tokenfactory: " + report.failure());
                return 128 + signals.received().getNumber();
            }
            throw new CliException(report.failure(), 1);
        }
    }

    BenchmarkOptions options() {
        return new BenchmarkOptions(provider, quick, !noPower);
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM cancel the benchmark instead of ending the JVM; the command then reports the
     * cancelled run and exits with 128 + the signal's number, as shells expect. A JVM shutdown hook cannot do this:
     * hooks run concurrently, and ONNX Runtime's own hook frees its environment while the benchmark is still building a
     * session (seen here: a failed test, then the JVM crashing with SIGSEGV). A second signal ends the JVM at once.
     * Where the JVM does not let the command handle a signal (e.g. {@code -Xrs}), the signal keeps its usual effect.
     */
    static final class CancelOnSignal implements AutoCloseable {
        private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
        private volatile Signal received;

        CancelOnSignal(CancellationToken cancel) {
            for (String name : List.of("INT", "TERM")) {
                try {
                    Signal signal = new Signal(name);
                    previous.put(signal, Signal.handle(signal, s -> {
                        received = s;
                        cancel.cancel();
                        close();
                    }));
                } catch (IllegalArgumentException e) {
                    // this platform has no such signal, or the JVM keeps it for itself
                }
            }
        }

        /** The signal that cancelled the run; null when none came. */
        Signal received() {
            return received;
        }

        /** Gives the signals back their previous handlers. */
        @Override
        public synchronized void close() {
            previous.forEach(Signal::handle);
            previous.clear();
        }
    }

    /** Reads {@code auto|cuda|coreml|cpu} with the benchmark's own message for anything else. */
    static final class ProviderConverter implements CommandLine.ITypeConverter<ProviderChoice> {
        @Override
        public ProviderChoice convert(String value) {
            try {
                return ProviderChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
