package com.tokenfactory.app.cli;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.charts.UncertaintyCharts;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartFormat;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Tornado;
import com.tokenfactory.core.plan.UncertainInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** One-at-a-time sensitivity of a KPI to every uncertain input. */
@Command(name = "tornado", mixinStandardHelpOptions = true,
        description = {"Run PLAN with each uncertain input at its P10 and at its P90, the others as the plan has "
                + "them, and print the KPI at each end, strongest input first (with --out, also tornado.png).",
                "Exit code 2 for an unreadable plan or a bad option, 1 when the chart cannot be written."})
final class TornadoCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--kpi", paramLabel = "KPI",
            description = "npv, irr, payback, peakPower, revenue or unserved (default: npv)")
    String kpi = "npv";

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "also write tornado.png into DIR")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Kpi k = UncertaintyArguments.kpi(kpi);
        Plan p = planFile.read();
        if (p.uncertainty().inputs().isEmpty()) {
            throw new CliException(planFile.path() + " has no uncertain inputs to swing (see docs/uncertainty.md)", 2);
        }
        var sc = UncertaintyArguments.scenario(p, scenario.id());
        long cpu = UncertaintyArguments.processCpuNanos();
        Tornado.Result t = Tornado.of(p, sc, k);
        String cpuUsed = UncertaintyArguments.cpuSince(cpu);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%s — %s at each input's P10 and P90, the others as planned (plan: %s)%n%n", p.name(), k.label(),
                k.format(t.base(), p.currency()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Input", "At P10", "At P90", k.label() + " at P10", k.label() + " at P90", "Swing"});
        for (Tornado.Bar b : t.bars()) {
            UncertainInput in = p.uncertainty().input(b.inputId());
            rows.add(new String[]{b.name(), input(in, b.lowValue()), input(in, b.highValue()),
                    k.format(b.kpiAtLow(), p.currency()), k.format(b.kpiAtHigh(), p.currency()),
                    k.format(b.swing(), p.currency())});
        }
        w.print(TextTable.render(rows, 0));
        if (out != null) {
            ChartCommand.Output.createDirectories(out);
            Path file = out.resolve("tornado.png");
            ChartCommand.Output.notOnto(file, planFile.path(), "--out", "plan");
            ChartCommand.Output.replace(file, f -> ChartExporter.export(
                    UncertaintyCharts.tornado(t, p.name(), p.currency(), ChartStyle.LIGHT), ChartFormat.PNG,
                    ChartSize.DEFAULT, f));
            w.println("Wrote " + file);
        }
        w.printf("%d inputs, %d engine runs in %s%s%n", t.bars().size(), 2 * t.bars().size() + 1,
                UncertaintyArguments.seconds(t.elapsedNanos()), cpuUsed);
        w.flush();
        return 0;
    }

    private static String input(UncertainInput in, double v) {
        return switch (in.lever().how()) {
            case MULTIPLY -> "×" + Numbers.fixed(v, 2);
            case ADD -> in.lever().unit().equals("months") ? "+" + Math.round(v) + " mo"
                    : (v >= 0 ? "+" : Numbers.MINUS) + Numbers.percent(Math.abs(v));
            case SET -> Numbers.percent(v);
        };
    }
}
