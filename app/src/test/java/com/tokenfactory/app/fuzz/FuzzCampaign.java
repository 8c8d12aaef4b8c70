package com.tokenfactory.app.fuzz;

import com.tokenfactory.app.gui.calibration.CalibrationImpact;
import com.tokenfactory.app.gui.calibration.MeasurementOutcome;
import com.tokenfactory.io.AtomicFile;
import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.app.gui.present.pptx.PptxDeck;
import com.tokenfactory.app.template.TemplateFiles;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.io.PlanTemplate;
import com.tokenfactory.io.TemplateException;
import com.tokenfactory.io.TemplateSheet;
import com.tokenfactory.benchmark.ResultsTable;
import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.export.ChartExporter;
import com.tokenfactory.charts.export.ChartFormat;
import com.tokenfactory.charts.export.ChartSize;
import com.tokenfactory.charts.output.ResultExports;
import com.tokenfactory.charts.report.PlanReport;
import com.tokenfactory.charts.report.ReportOptions;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.io.BenchmarkRunFile;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanFileException;
import com.tokenfactory.io.ResultJson;
import com.tokenfactory.samples.Samples;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fuzzing campaign of issue 16 (docs/reliability.md): mutated sample plans and benchmark runs, each read, and if
 * accepted simulated under every scenario, validated, exported, saved and read back. A refusal by the reader is the
 * expected outcome for most mutations; a crash (any other exception), a hang, a non-finite figure or a save that does
 * not read back is a failure. Deterministic: case {@code i} of seed {@code s} is always the same file.
 */
final class FuzzCampaign {
    /** A case that failed: which, what was done to the file, and what went wrong. */
    record Failure(String kind, long seed, int caseIndex, List<String> mutations, String what) {
        @Override
        public String toString() {
            return kind + " in case " + caseIndex + " (seed " + seed + ", mutations " + mutations + "): " + what;
        }
    }

    /** What a campaign did: how many cases took each path, and every failure. */
    static final class Tally {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final List<Failure> failures = new ArrayList<>();

        void count(String what) {
            counts.merge(what, 1, Integer::sum);
        }

        @Override
        public String toString() {
            return counts + ", failures " + failures.size();
        }
    }

    private static final long CASE_TIMEOUT_SECONDS = 60;
    private static final int MONTE_CARLO_TRIALS = 4;
    private final long seed;
    private final Path dir;
    private final Tally tally = new Tally();
    private ExecutorService worker = newWorker();

    FuzzCampaign(long seed, Path dir) {
        this.seed = seed;
        this.dir = dir;
    }

    Tally tally() {
        return tally;
    }

    /**
     * Plan cases; every {@code exportEvery}-th accepted one also goes through XLSX, JSON, PNG charts and a real save
     * with its backup, and every {@code reportEvery}-th through the PDF report.
     */
    Tally plans(int cases, int exportEvery, int reportEvery) {
        List<String> samples = Samples.all().stream().map(Samples::json).toList();
        PlanFile files = new PlanFile();
        for (int i = 0; i < cases; i++) {
            int index = i;
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 1_000_003L + i);
            JsonMutator mutator = new JsonMutator(rng);
            byte[] bytes = mutator.mutate(samples.get(i % samples.size()));
            List<String> mutations = List.copyOf(mutator.applied);
            run("plan", index, mutations, () -> onePlan(files, bytes, index, exportEvery, reportEvery));
        }
        worker.shutdownNow();
        return tally;
    }

    /** Benchmark-run cases: read, fit, calibrate a sample plan, simulate it, save it in memory and read it back. */
    Tally benchmarkRuns(int cases, String runJson) {
        Plan plan = Samples.open(Samples.FUNGIBLE_FLEET);
        PlanFile files = new PlanFile();
        for (int i = 0; i < cases; i++) {
            int index = i;
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 1_000_003L + i);
            JsonMutator mutator = new JsonMutator(rng);
            byte[] bytes = mutator.mutate(runJson);
            List<String> mutations = List.copyOf(mutator.applied);
            run("benchmark run", index, mutations, () -> oneRun(files, plan, bytes, index));
        }
        worker.shutdownNow();
        return tally;
    }

    private interface Case {
        void run() throws Exception;
    }

    private void run(String kind, int index, List<String> mutations, Case c) {
        Future<?> f = worker.submit(() -> {
            c.run();
            return null;
        });
        try {
            f.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            tally.failures.add(new Failure("hang (" + kind + ")", seed, index, mutations,
                    "no result after " + CASE_TIMEOUT_SECONDS + " s"));
            worker.shutdownNow();
            worker = newWorker();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            String where = java.util.Arrays.stream(t.getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith("com.tokenfactory")).findFirst()
                    .map(frame -> " at " + frame).orElse("");
            tally.failures.add(new Failure(t instanceof AssertionError ? "check failed (" + kind + ")"
                    : "crash (" + kind + ")", seed, index, mutations, t + where));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    private void onePlan(PlanFile files, byte[] bytes, int index, int exportEvery, int reportEvery) throws Exception {
        Plan plan;
        try {
            plan = files.read(new String(bytes, StandardCharsets.UTF_8), "case-" + index + ".tokenplan");
        } catch (PlanFileException e) {
            requireOneLine(e.getMessage());
            synchronized (tally) {
                tally.count("refused by the reader");
            }
            return;
        }
        int accepted;
        synchronized (tally) {
            tally.count("accepted");
            accepted = tally.counts.get("accepted");
        }
        boolean export = accepted % exportEvery == 1 % exportEvery;
        boolean report = accepted % reportEvery == 1 % reportEvery;
        List<SimulationResult> results = new ArrayList<>();
        results.add(finite(Engine.simulate(plan)));
        for (Scenario s : plan.scenarios()) {
            results.add(finite(Engine.simulate(plan, s)));
        }
        synchronized (tally) {
            tally.count("simulations (base and every scenario)");
            counts("simulated runs", results.size());
        }
        SimulationResult base = results.get(0);
        // a plan the reader accepted runs under every one of its scenarios: an InvalidPlanException here is a crash
        Path caseDir = dir.resolve("case-" + index);
        // the save, in memory: the text must read back to a plan that writes the same text
        String json = files.toJson(plan);
        Plan back = files.read(json, "saved");
        if (!json.equals(files.toJson(back))) {
            throw new AssertionError("the saved text does not read back to the same plan");
        }
        for (SimulationResult r : results) {
            ResultExports.table(r, Period.MONTHLY, write(caseDir, "table.csv"));
        }
        if (export) {
            Path xlsx = caseDir.resolve("result.xlsx");
            AtomicFile.replaceAll(Map.of(xlsx, f -> ResultExports.workbook(base, f),
                    caseDir.resolve("result.json"), f -> ResultJson.write(base, f)));
            for (Map.Entry<ChartKind, org.jfree.chart.JFreeChart> c
                    : ResultCharts.all(base, Period.YEARLY, ChartStyle.LIGHT).entrySet()) {
                ChartExporter.png(c.getValue(), new ChartSize(400, 300));
            }
            Path saved = caseDir.resolve("saved.tokenplan");
            files.write(plan, saved);
            files.write(back, saved);
            if (!json.equals(files.toJson(files.read(saved))) || !json.equals(files.toJson(files.read(PlanFile.backupOf(saved))))) {
                throw new AssertionError("the saved file or its backup does not read back to the plan");
            }
            count("exported (CSV, XLSX, JSON, PNG charts) and saved to disk");
            newPaths(plan, index);
        }
        if (report) {
            PlanReport.write(plan, base, new ReportOptions(LocalDate.of(2026, 12, 7), Period.MONTHLY, ChartStyle.LIGHT),
                    new ByteArrayOutputStream());
            count("PDF reports");
        }
        deleteTree(caseDir);
    }

    /**
     * The paths that landed after the first campaign, on the exported subset: the PowerPoint deck, the spreadsheet
     * template written and imported again (workbook and CSV), and a few Monte Carlo trials. A template the planner
     * writes for a plan it accepted must import (nothing it writes may be unreadable) and run.
     */
    private void newPaths(Plan plan, int index) throws Exception {
        PptxDeck.write(plan, DeckBuilder.build(plan, null, LocalDate.of(2026, 12, 7), ChartStyle.LIGHT),
                new ByteArrayOutputStream());
        List<TemplateSheet> sheets = PlanTemplate.sheets(plan);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        boolean fitsAWorkbook = true;
        try {
            TemplateFiles.writeWorkbook(sheets, workbook);
        } catch (IOException e) {
            // a text longer than a workbook cell holds: refused before writing, in one line; the CSV files hold it
            requireOneLine(e.getMessage());
            fitsAWorkbook = false;
        }
        List<List<TemplateSheet>> readBack = new ArrayList<>();
        if (fitsAWorkbook) {
            readBack.add(TemplateFiles.readWorkbook(new java.io.ByteArrayInputStream(workbook.toByteArray())));
        }
        Path csv = dir.resolve("case-" + index + "-template");
        TemplateFiles.write(sheets, csv);
        readBack.add(TemplateFiles.read(csv));
        deleteTree(csv);
        for (List<TemplateSheet> back : readBack) {
            Plan imported;
            try {
                imported = PlanTemplate.plan(back, "case-" + index);
            } catch (TemplateException e) {
                throw new AssertionError("the template written for an accepted plan does not import: "
                        + String.join(" / ", e.problems()));
            }
            finite(Engine.simulate(imported));
        }
        MonteCarloResult mc = MonteCarlo.run(plan, null, MonteCarlo.Settings.of(MONTE_CARLO_TRIALS, seed + index)
                .withThreads(1));
        if (mc.trialsRun() != MONTE_CARLO_TRIALS) {
            throw new AssertionError("Monte Carlo ran " + mc.trialsRun() + " of " + MONTE_CARLO_TRIALS + " trials");
        }
        synchronized (tally) {
            tally.count("PPTX decks, templates imported back and " + MONTE_CARLO_TRIALS + "-trial Monte Carlo runs");
            counts("template forms imported back (XLSX and CSV)", readBack.size());
        }
    }

    private void oneRun(PlanFile files, Plan plan, byte[] bytes, int index) throws Exception {
        BenchmarkRun run;
        try {
            run = BenchmarkRunFile.fromJson(new String(bytes, StandardCharsets.UTF_8));
        } catch (BenchmarkRunFile.FormatException e) {
            requireOneLine(e.getMessage());
            count("refused by the reader");
            return;
        }
        count("accepted");
        ResultsTable.format(run);
        MeasurementOutcome outcome = MeasurementOutcome.of(run);
        if (outcome.fit() == null) {
            String why = outcome.fitProblem() != null ? outcome.fitProblem() : run.outcomeMessage();
            requireOneLine(why);
            count("no calibration (one-line reason)");
            return;
        }
        ResultsTable.format(outcome.fit());
        CalibrationImpact impact = CalibrationImpact.of(plan, outcome.fit().calibration());
        finite(Engine.simulate(impact.after()));
        for (var s : impact.services()) {
            if (Double.isInfinite(s.before()) || Double.isInfinite(s.after())) {
                throw new AssertionError("a service's $/Mtok is infinite: " + s);
            }
        }
        String json = files.toJson(impact.after());
        if (!json.equals(files.toJson(files.read(json, "calibrated")))) {
            throw new AssertionError("the calibrated plan does not read back to the same plan");
        }
        count("calibrated, simulated and saved");
    }

    private void count(String what) {
        synchronized (tally) {
            tally.count(what);
        }
    }

    private void counts(String what, int n) {
        tally.counts.merge(what, n, Integer::sum);
    }

    private static Path write(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A refusal is one line, short, and free of Java class names. */
    private static void requireOneLine(String message) {
        String why = message == null || message.isBlank() ? "empty"
                : message.contains("\n") ? "several lines"
                : message.length() > 1_000 ? message.length() + " characters"
                : message.chars().anyMatch(c -> c == 0x1b) ? "an escape character"
                : java.util.regex.Pattern.compile("\\b(java|javax|com\\.fasterxml|org\\.apache)\\.[a-z]+\\.")
                        .matcher(message).find() || message.contains("Exception") ? "a Java class name" : null;
        if (why != null) {
            throw new AssertionError("not one plain line (" + why + "): " + (message == null ? null
                    : message.substring(0, Math.min(300, message.length()))));
        }
    }

    /** Every series and headline figure is a number (ratios of a period or an estimate may be NaN, never infinite). */
    static SimulationResult finite(SimulationResult r) {
        check(r, "result");
        return r;
    }

    private static void check(Object value, String path) {
        if (value instanceof Series s) {
            for (int m = 0; m < s.size(); m++) {
                if (!Double.isFinite(s.get(m))) {
                    throw new AssertionError("non-finite " + path + "[" + m + "] = " + s.get(m));
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Record rec) {
            boolean nanAllowed = rec instanceof PeriodSummary || rec instanceof ThroughputEstimate;
            for (RecordComponent c : rec.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(rec);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v instanceof Double d) {
                    if (d.isInfinite() || (d.isNaN() && !nanAllowed)) {
                        throw new AssertionError("non-finite " + path + "." + c.getName() + " = " + d);
                    }
                } else {
                    check(v, path + "." + c.getName());
                }
            }
        }
    }
}
