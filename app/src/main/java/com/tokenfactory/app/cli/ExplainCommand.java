package com.tokenfactory.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explainer;
import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.core.trace.ExplanationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** How one result figure was made from the plan: formula, inputs and their sources (issue 13). */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Run PLAN and print how one figure was made: its formula, the values that went in and, for each"
                + " input, where it comes from (plan field, assumption, catalog, calibration) and whether it is"
                + " measured, calibrated, a sourced default, the planner's assumption or derived by the engine.",
                "FIGURE is e.g. \"npv\", \"irr\", \"payback\", \"revenue 2029\", \"utilization 2030-04\", "
                        + "\"$/Mtok consumer-assistant 2028\", \"margin Y2\"; a year is the plan year starting in it.",
                "Exit code 2 for an unreadable plan or a figure that cannot be explained (the message lists what can)."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "a .tokenplan file")
    Path plan;

    @Parameters(index = "1", paramLabel = "FIGURE", description = "the figure, in words (see above)")
    String figure;

    @Option(names = "--scenario", paramLabel = "ID", description = "apply the plan's scenario with this id")
    String scenario;

    @Option(names = "--depth", paramLabel = "N", description = "levels of inputs to print (default: 3)")
    int depth = 3;

    @Option(names = "--all", description = "print every input of every node (default: the first and last few)")
    boolean all;

    @Option(names = "--json", description = "print the whole tree as JSON instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (depth < 0) {
            throw new CliException("--depth must be 0 or more (was " + depth + ")", 2);
        }
        Plan p = PlanArgument.read(plan);
        Scenario sc = UncertaintyArguments.scenario(p, scenario);
        SimulationResult result = sc == null ? Engine.simulate(p) : Engine.simulate(p, sc);
        Explanation e;
        try {
            e = new Explainer(sc == null ? p : sc.applyTo(p), result).explain(figure);
        } catch (IllegalArgumentException bad) {
            throw new CliException(bad.getMessage(), 2);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(map(e)));
        } else {
            w.print(new ExplanationText(depth, all ? Integer.MAX_VALUE : 6).render(e));
        }
        w.flush();
        return 0;
    }

    /** The tree as plain maps: JSON numbers for figures, null for a blank. */
    static Map<String, Object> map(Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", e.label());
        m.put("symbol", e.symbol());
        m.put("value", Double.isFinite(e.value()) ? e.value() : null);
        m.put("unit", e.unit());
        if (e.why() != null) {
            m.put("why", e.why());
        }
        if (e.isLeaf()) {
            m.put("provenance", e.origin().provenance().words());
            m.put("where", e.origin().where());
            m.put("source", e.origin().source());
        } else {
            m.put("formula", e.formula());
            m.put("operation", e.operation().name());
            m.put("parameter", e.parameter());
            List<Object> children = new ArrayList<>();
            for (Explanation c : e.children()) {
                children.add(map(c));
            }
            m.put("inputs", children);
        }
        return m;
    }
}
