package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.cli.TokenFactoryCommand;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.io.BenchmarkRunFile;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokenfactory bench} and {@code tokenfactory calibrate} as a user types them. */
class BenchAndCalibrateCommandsTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
        /** The lines of standard error. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = TokenFactoryCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path fungibleFleetCopy() throws Exception {
        return Files.writeString(dir.resolve(Samples.FUNGIBLE_FLEET.fileName()), Samples.json(Samples.FUNGIBLE_FLEET));
    }

    @Test
    void aQuickCpuRunWritesAMeasurementThatCalibrateStoresInAPlan() throws Exception {
        Path run = dir.resolve("run.json");
        Result bench = execute("bench", "--quick", "--provider", "cpu", "--out", run.toString());
        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().contains("Provider: CPU, fp32, ONNX Runtime 1.29.0"), bench.out());
        assertTrue(bench.out().contains("\nCalibration\n  ceilings "), bench.out());
        assertTrue(bench.out().endsWith("Wrote " + run + "\n"), bench.out());
        BenchmarkRun measured = BenchmarkRunFile.read(run);
        assertEquals(RunOutcome.COMPLETED, measured.outcome());

        Path planFile = fungibleFleetCopy();
        String original = Files.readString(planFile);
        Plan before = new PlanFile().read(planFile);
        Result calibrate = execute("calibrate", planFile.toString(), "--with", run.toString());
        assertEquals(0, calibrate.exit(), calibrate.err());
        assertEquals("", calibrate.err());

        CalibrationFit.Result fit = CalibrationFit.fit(measured);
        Plan after = new PlanFile().read(planFile);
        assertEquals(before.withCalibration(fit.calibration()), after);
        assertEquals(original, Files.readString(PlanFile.backupOf(planFile)), "the previous file is kept as .bak");
        assertTrue(calibrate.out().endsWith("Wrote " + planFile + " (the previous version is kept as "
                + PlanFile.backupOf(planFile) + ")\n"), calibrate.out());

        List<ServiceResult> engineBefore = Engine.simulate(before).services();
        List<ServiceResult> engineAfter = Engine.simulate(after).services();
        List<ServiceCostChange> expected = new java.util.ArrayList<>();
        for (int i = 0; i < engineBefore.size(); i++) {
            expected.add(new ServiceCostChange(engineBefore.get(i).serviceId(), engineBefore.get(i).name(),
                    engineBefore.get(i).usdPerMillionTokens(), engineAfter.get(i).usdPerMillionTokens()));
        }
        assertTrue(calibrate.out().contains(ServiceCostText.format(expected)), calibrate.out());
        assertTrue(calibrate.out().contains("a CPU measurement does not describe a GPU"), calibrate.out());
    }

    @Test
    void calibrateWithOutLeavesThePlanAsItWas() throws Exception {
        Path planFile = fungibleFleetCopy();
        String original = Files.readString(planFile);
        Path saved = Fixtures.cpuRunFile(dir);
        Path out = dir.resolve("calibrated.tokenplan");
        Result r = execute("calibrate", planFile.toString(), "--with", saved.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(original, Files.readString(planFile));
        assertFalse(Files.exists(PlanFile.backupOf(planFile)));
        assertEquals(CalibrationFit.fit(Fixtures.cpuRun()).calibration(), new PlanFile().read(out).calibration());
        assertTrue(r.out().endsWith("Wrote " + out + "\n"), r.out());
    }

    @Test
    void calibrateRefusesToWriteThePlanOverItsOwnMeasurement() throws Exception {
        Path planFile = fungibleFleetCopy();
        Path saved = Fixtures.cpuRunFile(dir);
        String measurement = Files.readString(saved);
        assertOneLine(execute("calibrate", planFile.toString(), "--with", saved.toString(), "--out", saved.toString()),
                "tokenfactory: --out names the measurement --with (" + saved + ")");
        assertEquals(measurement, Files.readString(saved));
    }

    @Test
    void aProviderThatIsNotThereRunsOnTheCpuSaysSoAndSucceeds() {
        Result r = execute("bench", "--quick", "--provider", "cuda");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nNote: This installation has the CPU-only ONNX Runtime, "), r.out());
        assertTrue(r.out().contains("; ran on the CPU instead. A CPU measurement does not describe a GPU"), r.out());
    }

    @Test
    void badFilesGiveOneLineAndExitCode2() throws Exception {
        Path planFile = fungibleFleetCopy();
        Path saved = Fixtures.cpuRunFile(dir);
        Path missing = dir.resolve("missing.json");
        Path notJson = Files.writeString(dir.resolve("not.json"), "{ \"format\": \"tokenfactory-benchmark-run\",");
        Path notARun = Files.writeString(dir.resolve("plan.json"), Samples.json(Samples.FUNGIBLE_FLEET));
        BenchmarkRun measured = Fixtures.cpuRun();
        Path cancelled = dir.resolve("cancelled.json");
        BenchmarkRunFile.write(new BenchmarkRun(measured.device(), measured.precision(), measured.runtime(),
                measured.measuredOn(), RunOutcome.CANCELLED, "Cancelled by the user after 2 of 8 tests; no calibration "
                + "was made.", measured.shapes().subList(0, 2), List.of()), cancelled);

        assertOneLine(execute("calibrate", planFile.toString(), "--with", missing.toString()),
                "tokenfactory: " + missing + ": there is no such file");
        assertOneLine(execute("calibrate", planFile.toString(), "--with", notJson.toString()),
                "tokenfactory: " + notJson + ": $.format (line 1, column ");
        assertOneLine(execute("calibrate", planFile.toString(), "--with", notARun.toString()),
                "tokenfactory: " + notARun + ": $.format (line 1): is required");
        assertOneLine(execute("calibrate", planFile.toString(), "--with", cancelled.toString()),
                "tokenfactory: " + cancelled + ": no calibration can be made from this measurement: Cancelled by the "
                        + "user after 2 of 8 tests; no calibration was made.");
        assertOneLine(execute("calibrate", dir.resolve("missing.tokenplan").toString(), "--with", saved.toString()),
                "tokenfactory: no such file: " + dir.resolve("missing.tokenplan"));
        Path brokenPlan = Files.writeString(dir.resolve("broken.tokenplan"), "{\"formatVersion\": 2, \"name\": ");
        assertOneLine(execute("calibrate", brokenPlan.toString(), "--with", saved.toString()),
                "tokenfactory: broken.tokenplan: ");
        assertEquals(Samples.json(Samples.FUNGIBLE_FLEET), Files.readString(planFile), "a failed calibrate writes nothing");
        assertOneLine(execute("bench", "--provider", "tpu"), "tokenfactory: Invalid value for option '--provider': "
                + "unknown provider 'tpu'; choose one of auto, cuda, coreml, cpu");
        assertOneLine(execute("calibrate", planFile.toString()), "tokenfactory: Missing required option: "
                + "'--with=FILE.json'");
    }

    @Test
    void benchOutIsCheckedBeforeMeasuringSoNoRunIsLostAndNoPlanReplaced() throws Exception {
        Path planFile = fungibleFleetCopy();
        Result plan = execute("bench", "--quick", "--provider", "cpu", "--out", planFile.toString());
        assertOneLine(plan, "tokenfactory: --out must name a .json file (was " + planFile + ")");
        assertEquals(Samples.json(Samples.FUNGIBLE_FLEET), Files.readString(planFile), "the plan is not replaced");
        assertOneLine(execute("bench", "--quick", "--provider", "cpu", "--out", "/"),
                "tokenfactory: --out must name a .json file (was /)");

        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        Result unwritable = execute("bench", "--quick", "--provider", "cpu", "--out",
                notAFolder.resolve("run.json").toString());
        assertEquals(1, unwritable.exit(), unwritable.err());
        assertEquals(1, unwritable.errLines().size(), unwritable.err());
        assertTrue(unwritable.err().startsWith("tokenfactory: cannot create the folder " + notAFolder), unwritable.err());
        assertEquals("", unwritable.out(), "refused before measuring, not after");
    }

    @Test
    void reportsSayWhatTheRunAmountsTo() {
        BenchmarkRun measured = Fixtures.cpuRun();
        BenchReport ok = BenchReport.of(MeasurementOutcome.of(measured));
        assertNull(ok.failure());
        assertTrue(ok.text().contains("prefill-layers-1024"));

        BenchmarkRun noRuntime = new BenchmarkRun(measured.device(), "none", "ONNX Runtime", measured.measuredOn(),
                RunOutcome.FAILED, "ONNX Runtime could not load on this computer, so nothing was measured "
                + "(no onnxruntime in java.library.path).", List.of(), List.of());
        BenchReport failed = BenchReport.of(MeasurementOutcome.of(noRuntime));
        assertEquals("", failed.text(), "nothing to show but the reason");
        assertEquals(noRuntime.outcomeMessage(), failed.failure());

        BenchmarkRun tooFew = new BenchmarkRun(measured.device(), measured.precision(), measured.runtime(),
                measured.measuredOn(), RunOutcome.COMPLETED, null, measured.shapes().subList(0, 1), List.of());
        BenchReport unfit = BenchReport.of(MeasurementOutcome.of(tooFew));
        assertTrue(unfit.failure().startsWith("no calibration: A calibration needs at least two memory-bound tests"),
                unfit.failure());
        assertTrue(unfit.text().contains("decode-704"), "the measured table is still printed");
    }

    private static void assertOneLine(Result r, String prefix) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith(prefix), r.err());
        assertEquals("", r.out());
    }
}
