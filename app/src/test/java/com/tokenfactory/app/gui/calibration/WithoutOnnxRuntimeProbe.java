package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.cli.TokenFactoryCommand;
import com.tokenfactory.benchmark.DetectedMachine;
import com.tokenfactory.benchmark.ProviderChoice;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run by {@link WithoutOnnxRuntimeTest} in a JVM where ONNX Runtime's native library cannot load. The view-model runs
 * with the real benchmark and its work done in place (no JavaFX thread needed). Prints what it saw, one fact a line.
 * <ul>
 *   <li>{@code open DIR}: opens the screen's model, loads a saved measurement, applies it, runs {@code calibrate}</li>
 *   <li>{@code run DIR}: runs the benchmark from the screen's model and with {@code bench}</li>
 * </ul>
 */
public final class WithoutOnnxRuntimeProbe {
    private WithoutOnnxRuntimeProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        AtomicReference<Plan> plan = new AtomicReference<>(Fixtures.fungibleFleet());
        CalibrationViewModel screen = new CalibrationViewModel(plan::get, plan::set, BenchmarkRunner.onnxRuntime(),
                DetectedMachine::detect, Runnable::run, Runnable::run);
        System.out.println("machine: " + screen.machineProperty().get());
        if (args[0].equals("open")) {
            Path saved = Fixtures.cpuRunFile(dir);
            screen.load(saved);
            screen.apply();
            System.out.println("status: " + screen.statusProperty().get().kind() + " " + screen.statusProperty().get().text());
            System.out.println("calibrated: " + (plan.get().calibration() != null));
            Path planFile = Files.writeString(dir.resolve("plan.tokenplan"), Samples.json(Samples.FUNGIBLE_FLEET));
            System.out.println("calibrate exit: " + execute("calibrate", planFile.toString(), "--with", saved.toString()));
        } else {
            screen.providerProperty().set(ProviderChoice.CPU);
            screen.quickProperty().set(true);
            screen.runBenchmark();
            System.out.println("status: " + screen.statusProperty().get().kind() + " " + screen.statusProperty().get().text());
            System.out.println("running: " + screen.runningProperty().get());
            System.out.println("bench exit: " + execute("bench", "--quick", "--provider", "cpu"));
        }
        screen.close();
    }

    /** Runs a command; its standard error follows, each line prefixed with "err: ". */
    private static int execute(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = TokenFactoryCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        err.toString().lines().forEach(l -> System.out.println("err: " + l));
        return exit;
    }
}
