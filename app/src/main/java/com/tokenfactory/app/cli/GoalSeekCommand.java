package com.tokenfactory.app.cli;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.uncertainty.GoalSeek;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.io.PlanFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Finds the value of an input that makes a KPI equal a target, and checks it by running the engine again. */
@Command(name = "goal-seek", mixinStandardHelpOptions = true,
        description = {"Find the value of INPUT (an uncertain input's id, a lever such as gpuPrice, or lever:target "
                + "such as gpuPrice:H100-SXM) that makes KPI equal TARGET, e.g. the token price multiplier for NPV 0 or "
                + "the GPU price for an IRR of 0.15. The range is scanned for a sign change and closed by Brent's "
                + "method; the answer is verified by one more engine run. --save-as writes the plan with it applied.",
                "Exit code 2 for an unreadable plan, a bad option or no solution in the range, 1 when the plan cannot "
                        + "be written."})
final class GoalSeekCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--input", required = true, paramLabel = "INPUT", description = "what to change")
    String input;

    @Option(names = "--kpi", required = true, paramLabel = "KPI",
            description = "npv, irr, payback, peakPower, revenue or unserved")
    String kpi;

    @Option(names = "--target", required = true, paramLabel = "VALUE",
            description = "the KPI's goal, in its unit (money in the plan's currency, IRR and shares as fractions, "
                    + "payback as a month index from the plan start)")
    double target;

    @Option(names = "--from", paramLabel = "LOW", description = "lowest value to try (default: by lever)")
    Double from;

    @Option(names = "--to", paramLabel = "HIGH", description = "highest value to try (default: by lever)")
    Double to;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--save-as", paramLabel = "FILE", description = "write the plan with the answer applied")
    Path saveAs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Kpi k = UncertaintyArguments.kpi(kpi);
        Plan p = planFile.read();
        UncertaintyArguments.Input in = UncertaintyArguments.input(p, input);
        double[] range = GoalSeek.defaultRange(in.lever());
        double lo = from != null ? from : range[0];
        double hi = to != null ? to : range[1];
        if (saveAs != null && ChartCommand.Output.sameExistingFile(saveAs, planFile.path())) {
            throw new CliException("--save-as names the plan itself (" + saveAs + "): write the answer to a new file", 2);
        }
        GoalSeek.Result r;
        try {
            r = GoalSeek.solve(p, UncertaintyArguments.scenario(p, scenario.id()), in.lever(), in.target(), k, target,
                    lo, hi);
        } catch (GoalSeek.NoSolution | IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%s (%s) = %s gives %s %s%n", in.label(), in.lever().unit(), Numbers.plain(r.value(), 6),
                k.label(), k.format(target, p.currency()));
        w.printf(Locale.ROOT, "Verified by re-running the engine: %s = %s (%s; goal %s)%n", k.label(),
                k.format(r.achieved(), p.currency()), Numbers.plain(r.achieved(), 6),
                Numbers.plain(target, 6));
        if (saveAs != null) {
            try {
                new PlanFile().write(r.plan(), saveAs);
            } catch (IOException e) {
                throw new CliException("cannot write " + saveAs + ": " + e.getMessage(), 1);
            }
            w.println("Wrote " + saveAs);
        }
        w.printf("%d engine runs in %s%n", r.runs(), UncertaintyArguments.seconds(r.elapsedNanos()));
        w.flush();
        return 0;
    }
}
