package com.tokenfactory.app.cli;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Prints a plan's problems; exits 1 when it has errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Print PLAN's problems (errors, warnings, notes), each with the element it concerns. "
                + "Exit code 0 when there are no errors, 1 when there are, 2 when the file cannot be read.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Plan p = planFile.read();
        SimulationResult r = Engine.simulate(p);
        Map<String, String> kinds = p.elementKinds();
        List<ValidationIssue> issues = r.issues().stream()
                .sorted(Comparator.comparing(ValidationIssue::severity)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (issues.isEmpty()) {
            out.println(p.name() + ": no problems found.");
        }
        for (ValidationIssue i : issues) {
            out.printf("%-7s %s %s: %s%n", i.severity(), kinds.getOrDefault(i.elementId(), "element"), i.elementId(),
                    i.message());
        }
        out.printf("%n%d errors, %d warnings, %d notes%n", r.count(Severity.ERROR), r.count(Severity.WARNING),
                r.count(Severity.INFO));
        out.flush();
        return r.count(Severity.ERROR) > 0 ? 1 : 0;
    }
}
