package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.io.AtomicFile;
import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartFormat;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.output.ResultExports;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders every chart of a plan's result to files, headless. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Render every chart of PLAN's result (CapEx, electricity, yield, capacity, unit economics, cash "
                + "flow) into DIR as capex-monthly.png, electricity-monthly.png, … Needs no display. When the plan has "
                + "uncertain inputs, also its ranges: a fan per monthly series (fan-cash.png, fan-revenue.png, …), the "
                + "NPV histogram with its cumulative share (npv-histogram.png) and the NPV tornado (npv-tornado.png).",
                "Exit code 2 for an unreadable plan or a bad option, 1 when DIR cannot be written."})
final class ChartCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the charts (created if missing)")
    Path out;

    @Mixin
    ChartFormatsOption formats;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeConverter.class,
            description = "width x height: pixels for PNG and SVG, points for PDF (default: 1200x700)")
    ChartSize size = ChartSize.DEFAULT;

    @Mixin
    ChartLookOptions look;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--trials", paramLabel = "N", description = "Monte Carlo trials behind the range charts, 0 for "
            + "none (default: 2,000, as 'simulate')")
    int trials = MonteCarlo.DEFAULT_TRIALS;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the range charts' trials (default: 1)")
    long seed = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Plan base = planFile.read();
        Simulated s = Simulated.of(base, scenario.id(), planFile.path());
        MonteCarlo.Settings settings = null;
        if (trials != 0) {
            try {
                settings = new MonteCarlo.Settings(trials, seed, Runtime.getRuntime().availableProcessors(), 0.05);
            } catch (IllegalArgumentException e) {
                throw new CliException("--" + e.getMessage() + " (or 0 for no range charts)", 2);
            }
        }
        Output.createDirectories(out);
        PrintWriter w = spec.commandLine().getOut();
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        ResultCharts.all(s.result(), look.period, look.style).forEach((kind, chart) -> charts.put(
                ResultExports.chartFileStem(kind, look.period), chart));
        Ranges ranges = settings == null ? null
                : Ranges.of(base, UncertaintyArguments.scenario(base, scenario.id()), settings).orElse(null);
        if (ranges != null) {
            charts.putAll(ranges.charts(look.style));
        }
        Map<Path, AtomicFile.FileWriter> files = new LinkedHashMap<>();
        for (ChartFormat format : formats.distinct()) {
            charts.forEach((stem, chart) -> {
                Path file = out.resolve(stem + "." + format.extension());
                if (Output.sameExistingFile(file, planFile.path())) {
                    throw new CliException("--out would write " + file + " over the plan itself", 2);
                }
                files.put(file, f -> ChartExporter.export(chart, format, size, f));
            });
        }
        Output.replaceAll(files);
        files.keySet().forEach(file -> w.println("Wrote " + file));
        if (ranges != null) {
            MonteCarloResult r = ranges.monteCarlo();
            w.println("Ranges from " + Numbers.whole(r.trialsRun()) + " trials, seed " + r.seed() + ": NPV P10 "
                    + Numbers.money(r.kpi(Kpi.NPV).percentile(0.1), r.currency()) + ", P50 "
                    + Numbers.money(r.kpi(Kpi.NPV).percentile(0.5), r.currency()) + ", P90 "
                    + Numbers.money(r.kpi(Kpi.NPV).percentile(0.9), r.currency()) + "; probability of loss "
                    + Numbers.percent(r.probabilityOfLoss()));
        }
        w.flush();
        return 0;
    }

    /** A plan simulated as the command line asked: the plan as the scenario changes it, and the engine's result. */
    record Simulated(Plan plan, SimulationResult result) {
        /** Exit code 2 when the plan has no such scenario. */
        static Simulated of(Plan plan, String scenarioId) {
            Scenario s;
            try {
                s = DeckBuilder.scenario(plan, scenarioId).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), 2);
            }
            return s == null ? new Simulated(plan, Engine.simulate(plan))
                    : new Simulated(s.applyTo(plan), Engine.simulate(plan, s));
        }

        /** The same, with the plan's file named in the line of a plan the scenario cannot be applied to. */
        static Simulated of(Plan plan, String scenarioId, Path file) {
            try {
                return of(plan, scenarioId);
            } catch (InvalidPlanException e) {
                throw new CliException(file.getFileName() + ": " + e.getMessage(), 2);
            }
        }
    }

    /** Where the commands write: a folder that must exist or be creatable (exit code 1 when it cannot). */
    static final class Output {
        private Output() {
        }

        static void createDirectories(Path dir) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CliException("cannot create the folder " + dir + ": " + Reasons.of(e), 1);
            }
        }

        /** Whether an output would land on an input: both exist and are one file (through links, too). */
        static boolean sameExistingFile(Path output, Path input) {
            try {
                return Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * Refuses (exit code 2, before anything is written) an output that is the input itself, or a folder that is:
         * {@code what} names the output, e.g. "--out".
         */
        static void notOnto(Path output, Path input, String what, String inputName) {
            if (sameExistingFile(output, input)) {
                throw new CliException(what + " names the " + inputName + " itself (" + output + "): write to another "
                        + "file", 2);
            }
        }

        /**
         * Writes {@code target} whole or not at all ({@link AtomicFile}), creating its folder. Exit code 1 with one
         * line when it cannot.
         */
        static void replace(Path target, AtomicFile.FileWriter writer) {
            replaceAll(Map.of(target, writer));
        }

        /** Writes every output or none ({@link AtomicFile#replaceAll}); exit code 1 naming the one that failed. */
        static void replaceAll(Map<Path, AtomicFile.FileWriter> outputs) {
            Path[] current = {outputs.keySet().iterator().next()};
            Map<Path, AtomicFile.FileWriter> tracked = new LinkedHashMap<>();
            outputs.forEach((target, writer) -> tracked.put(target, f -> {
                current[0] = target;
                writer.write(f);
            }));
            try {
                AtomicFile.replaceAll(tracked);
            } catch (IOException | RuntimeException e) {
                // a library writing the file (POI on a full disk) may wrap the IOException in its own
                throw new CliException("cannot write " + current[0] + ": " + Reasons.of(ioCause(e))
                        + (outputs.size() > 1 ? " (none of the " + outputs.size() + " files was changed)" : ""), 1);
            }
        }

        private static Throwable ioCause(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException) {
                    return t;
                }
            }
            return e;
        }
    }

    static final class FormatConverter implements ITypeConverter<ChartFormat> {
        @Override
        public ChartFormat convert(String value) {
            for (ChartFormat f : ChartFormat.values()) {
                if (f.extension().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a chart format: use png, svg or pdf");
        }
    }

    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "monthly" -> Period.MONTHLY;
                case "yearly" -> Period.YEARLY;
                default -> throw new TypeConversionException("'" + value + "' is not a period: use monthly or yearly");
            };
        }
    }

    static final class StyleConverter implements ITypeConverter<ChartStyle> {
        @Override
        public ChartStyle convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "light" -> ChartStyle.LIGHT;
                case "dark" -> ChartStyle.DARK;
                default -> throw new TypeConversionException("'" + value + "' is not a theme: use light or dark");
            };
        }
    }

    static final class SizeConverter implements ITypeConverter<ChartSize> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})");

        @Override
        public ChartSize convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size: use WIDTHxHEIGHT, e.g. 1600x900");
            }
            try {
                return new ChartSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }
}
