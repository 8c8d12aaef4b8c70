package com.tokenfactory.app.cli;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.format.TextTable;
import com.tokenfactory.charts.UncertaintyCharts;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartFormat;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.export.MonteCarloTables;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.io.MonteCarloJson;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.tokenfactory.io.AtomicFile;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Runs the plan's Monte Carlo and writes its summary, fans and histogram. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run PLAN many times with its uncertain inputs drawn from their distributions and demand on "
                + "boom/bust regime paths; print the KPIs' P10/P50/P90 and the probability of loss, and write into DIR "
                + "monte-carlo.json, monte-carlo-summary.csv, monte-carlo-months.csv, a fan chart per metric "
                + "(fan-revenue.png, …) and npv-histogram.png. The same seed gives the same figures on any number of "
                + "threads.",
                "Exit code 2 for an unreadable plan or a bad option, 1 when DIR cannot be written."})
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--trials", paramLabel = "N", description = "trials, 1 to 100,000 (default: 2,000)")
    int trials = MonteCarlo.DEFAULT_TRIALS;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the random draws (default: 1)")
    long seed = 1;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: every core)")
    Integer threads;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--unserved-threshold", paramLabel = "SHARE",
            description = "unserved share of demand over the horizon counted as a shortfall (default: 0.05)")
    double unservedThreshold = 0.05;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the files (created if missing)")
    Path out;

    @Mixin
    ChartFormatsOption formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MonteCarlo.Settings settings;
        try {
            settings = new MonteCarlo.Settings(trials, seed,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, unservedThreshold);
        } catch (IllegalArgumentException e) {
            throw new CliException("--" + e.getMessage().replace("unservedThreshold", "unserved-threshold"), 2);
        }
        ChartCommand.Output.notOnto(out, planFile.path(), "--out", "plan");
        Plan p = planFile.read();
        if (p.uncertainty().isEmpty()) {
            throw new CliException(planFile.path() + " has no uncertain inputs and no demand regimes: every trial would be "
                    + "the plan itself (add an 'uncertainty' object, see docs/uncertainty.md)", 2);
        }
        Scenario s = UncertaintyArguments.scenario(p, scenario.id());
        ChartCommand.Output.createDirectories(out);
        long cpu = UncertaintyArguments.processCpuNanos();
        MonteCarloResult r = MonteCarlo.run(p, s, settings);
        String cpuUsed = UncertaintyArguments.cpuSince(cpu);
        PrintWriter w = spec.commandLine().getOut();
        w.print(report(r));
        write(r, w);
        w.printf(Locale.ROOT, "%s trials on %s in %s (%,.0f trials/s%s)%n", Numbers.whole(r.trialsRun()),
                Numbers.plural(r.threads(), "thread"), UncertaintyArguments.seconds(r.elapsedNanos()), r.trialsRun() / (r.elapsedNanos() / 1e9),
                cpuUsed);
        w.flush();
        return 0;
    }

    /** The KPI table, the probabilities and the strongest drivers, as printed. */
    static String report(MonteCarloResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s%s — %s trials, seed %d, money in %s%n%n", r.planName(),
                r.scenarioId() == null ? "" : " [scenario: " + r.scenarioId() + "]", Numbers.whole(r.trialsRun()),
                r.seed(), r.currency()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"KPI", "Plan", "P10", "P50", "P90", "Mean", "Trials without"});
        for (Kpi k : Kpi.values()) {
            MonteCarloResult.Spread s = r.kpi(k);
            rows.add(new String[]{k.label(), format(k, k.of(r.deterministic()), r), format(k, s.percentile(0.1), r),
                    format(k, s.percentile(0.5), r), format(k, s.percentile(0.9), r), format(k, s.mean(), r),
                    Numbers.whole(s.missing())});
        }
        b.append(TextTable.render(rows, 0)).append('\n');
        b.append("Probability of loss (NPV < 0): ").append(Numbers.percent(r.probabilityOfLoss())).append('\n');
        b.append("Probability that more than ").append(Numbers.percent(r.unservedThreshold()))
                .append(" of demand goes unserved: ").append(Numbers.percent(r.probabilityUnservedAbove())).append('\n');
        if (!r.sensitivities().isEmpty()) {
            b.append("\nWhat moves NPV (Spearman rank correlation over the trials, correlations included):\n");
            // signed with the true minus, as every other figure the command prints
            r.sensitivities().stream().limit(5).forEach(x -> b.append("  ").append(x.rankCorrelation() < 0
                    ? Numbers.MINUS : "+").append(Numbers.fixed(Math.abs(x.rankCorrelation()), 2)).append("  ")
                    .append(x.name()).append('\n'));
        }
        b.append('\n');
        return b.toString();
    }

    static String format(Kpi k, double v, MonteCarloResult r) {
        if (!Double.isFinite(v)) {
            return Numbers.UNKNOWN;
        }
        return switch (k) {
            case NPV, REVENUE -> Numbers.money(v, r.currency());
            case IRR, UNSERVED -> Numbers.percent(v);
            case PAYBACK -> r.start().plusMonths(Math.round(v)).toString();
            case PEAK_POWER -> Numbers.fixed(v, 0) + " MW";
        };
    }

    /** Every file or none (a failure half-way leaves the previous run's files), never one of them onto the plan. */
    private void write(MonteCarloResult r, PrintWriter w) {
        Map<Path, AtomicFile.FileWriter> outputs = new LinkedHashMap<>();
        outputs.put(out.resolve("monte-carlo.json"), f -> MonteCarloJson.write(r, f));
        outputs.put(out.resolve("monte-carlo-summary.csv"), f -> MonteCarloTables.summary(r, f));
        outputs.put(out.resolve("monte-carlo-months.csv"), f -> MonteCarloTables.fans(r, f));
        for (ChartFormat format : formats.distinct()) {
            for (Metric m : Metric.values()) {
                chart(outputs, UncertaintyCharts.fan(r, m, ChartStyle.LIGHT), "fan-" + m.id(), format);
            }
            chart(outputs, UncertaintyCharts.histogram(r, Kpi.NPV, ChartStyle.LIGHT), "npv-histogram", format);
        }
        outputs.keySet().forEach(file -> ChartCommand.Output.notOnto(file, planFile.path(), "--out", "plan"));
        ChartCommand.Output.replaceAll(outputs);
        outputs.keySet().forEach(file -> w.println("Wrote " + file));
    }

    private void chart(Map<Path, AtomicFile.FileWriter> outputs, JFreeChart chart, String name, ChartFormat format) {
        outputs.put(out.resolve(name + "." + format.extension()),
                f -> ChartExporter.export(chart, format, ChartSize.DEFAULT, f));
    }
}
