package com.tokenfactory.app.cli;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explainer;
import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.core.trace.ExplanationText;
import com.tokenfactory.io.ExplanationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** How one result figure was made from the plan: formula, inputs and their sources (issue 13). */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Run PLAN and print how one figure was made: its formula, the values that went in and, for each"
                + " input, where it comes from (plan field, assumption, catalog, calibration) and whether it is"
                + " measured, calibrated, a sourced default, the planner's assumption or derived by the engine.",
                "FIGURE is e.g. \"npv\", \"irr\", \"payback\", \"revenue 2029\", \"utilization 2030-04\", "
                        + "\"$/Mtok consumer-assistant 2028\", \"margin Y2\", \"gpus busy 2030-04\"; a chart series of one "
                        + "element: \"energy SITE 2030-04\", \"capex it SKU 2028\", \"fees PARTNER\", \"revenue RUN\" "
                        + "(ID+ID for a sum); a year is the plan year starting in it.",
                "Exit code 2 for an unreadable plan or a figure that cannot be explained (the message lists what can)."})
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Parameters(index = "1", paramLabel = "FIGURE", description = "the figure, in words (see above)")
    String figure;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--depth", paramLabel = "N", description = "levels of inputs to print (default: 3)")
    int depth = 3;

    @Option(names = "--all", description = "print every input of every node (default: the first and last few)")
    boolean all;

    @Option(names = "--json", description = "print the whole tree as JSON instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (depth < 0) {
            throw new CliException("--depth must be 0 or more (was " + depth + ")", 2);
        }
        Plan p = planFile.read();
        Scenario sc = UncertaintyArguments.scenario(p, scenario.id());
        SimulationResult result = sc == null ? Engine.simulate(p) : Engine.simulate(p, sc);
        Explanation e;
        try {
            e = new Explainer(sc == null ? p : sc.applyTo(p), result).explain(figure);
        } catch (IllegalArgumentException bad) {
            throw new CliException(bad.getMessage(), 2);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(ExplanationJson.write(e));
        } else {
            w.print(new ExplanationText(depth, all ? Integer.MAX_VALUE : 6).render(e));
        }
        w.flush();
        return 0;
    }
}
