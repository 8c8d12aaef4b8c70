package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.calibration.CalibrationImpact;
import com.tokenfactory.app.gui.calibration.MeasurementFiles;
import com.tokenfactory.app.gui.calibration.MeasurementOutcome;
import com.tokenfactory.app.gui.calibration.ServiceCostText;
import com.tokenfactory.benchmark.ResultsTable;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Fits a saved benchmark run and stores the calibration in a plan, printing what it does to each service's cost. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the measurement in FILE.json (written by 'tokenfactory bench --out') and store the "
                + "calibration in PLAN: in place, atomically, keeping the previous file as PLAN.bak; or in --out. "
                + "Prints the calibration and each inference service's $/Mtok before and after.",
                "Exit code 0 when the plan was written, 1 when it could not be, 2 when PLAN or FILE.json cannot be "
                        + "read or gives no calibration."})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--with", required = true, paramLabel = "FILE.json", description = "a saved benchmark run")
    Path measurement;

    @Option(names = "--out", paramLabel = "PLAN2", description = "write the calibrated plan here instead of over PLAN")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (out != null && ChartCommand.Output.sameExistingFile(out, measurement)) {
            throw new CliException("--out names the measurement --with (" + out + "): it would be replaced by a plan",
                    2);
        }
        if (ChartCommand.Output.sameExistingFile(planFile.path(), measurement)) {
            throw new CliException("--with names the plan itself (" + measurement + "): give the benchmark run's "
                    + "JSON file", 2);
        }
        Plan before = planFile.read();
        MeasurementOutcome outcome;
        try {
            outcome = MeasurementOutcome.of(MeasurementFiles.read(measurement));
        } catch (MeasurementFiles.Problem e) {
            throw new CliException(e.getMessage(), 2);
        }
        if (outcome.fit() == null) {
            String why = outcome.fitProblem() != null ? outcome.fitProblem() : outcome.run().outcomeMessage();
            throw new CliException(measurement + ": no calibration can be made from this measurement: " + why, 2);
        }
        CalibrationImpact impact = CalibrationImpact.of(before, outcome.fit().calibration());
        Path target = out != null ? out : planFile.path();
        boolean replacing = Files.exists(target);
        try {
            new PlanFile().write(impact.after(), target);
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + Reasons.of(e), 1);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ResultsTable.format(outcome.fit()));
        stdout.println();
        stdout.println("$ per million tokens over the horizon, before and after the calibration:");
        stdout.print(ServiceCostText.format(impact.services()));
        stdout.println();
        stdout.println("Wrote " + target + (replacing ? " (the previous version is kept as " + PlanFile.backupOf(target)
                + ")" : ""));
        stdout.flush();
        return 0;
    }
}
