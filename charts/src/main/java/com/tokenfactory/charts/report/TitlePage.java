package com.tokenfactory.charts.report;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Page 1: the plan's name, the date, the horizon, the key assumptions and what the plan contains. */
final class TitlePage {
    static final String SECTION = "Plan report";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private TitlePage() {
    }

    static void add(ReportDocument doc, Plan plan, SimulationResult result, ReportOptions options)
            throws IOException {
        try (PageWriter page = doc.newPage(SECTION)) {
            page.skip(30);
            page.paragraph(plan.name(), doc.bold, 26, ReportDocument.TEXT, PageWriter.width());
            page.skip(4);
            if (plan.description() != null) {
                page.paragraph(plan.description(), doc.regular, 12, ReportDocument.MUTED, PageWriter.width());
            }
            page.skip(6);
            page.line(result.scenarioName() == null ? "Base plan (no scenario applied)"
                    : "Scenario: " + result.scenarioName(), doc.regular, 12, ReportDocument.TEXT);
            page.line("Horizon: " + MONTH.format(result.start()) + " – " + MONTH.format(result.month(result.months() - 1))
                    + " (" + result.months() + " months); amounts in " + result.currency(), doc.regular, 12,
                    ReportDocument.TEXT);
            page.line("Report date: " + DATE.format(options.date()), doc.regular, 12, ReportDocument.TEXT);
            page.line("Throughput efficiencies: " + result.efficiencySource(), doc.regular, 10, ReportDocument.MUTED);
            page.skip(18);
            float gap = 24;
            float half = (PageWriter.width() - gap) / 2;
            float top = page.cursor();
            page.line("Key assumptions", doc.bold, 13, ReportDocument.TEXT);
            page.skip(4);
            page.table(ReportTable.of(List.of("Assumption", "Value"), assumptions(plan.assumptions(), plan.currency()),
                    new float[]{1.25f, 1f}, new boolean[]{false, true}, 9.5f), 0, PageWriter.left(), half);
            float bottom = page.cursor();
            page.moveTo(top);
            page.text("What the plan holds", doc.bold, 13, ReportDocument.TEXT, PageWriter.left() + half + gap,
                    top - 13);
            page.skip(13 * PageWriter.LEADING + 4);
            page.table(ReportTable.of(List.of("Element", "Count"), contents(plan), new float[]{0.8f, 1.45f},
                    new boolean[]{false, false}, 9.5f), 0, PageWriter.left() + half + gap, half);
            page.moveTo(Math.min(bottom, page.cursor()));
        }
    }

    static List<List<String>> assumptions(Assumptions a, String currency) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Discount rate (WACC)", Numbers.rate(a.discountRate()) + " a year"));
        rows.add(List.of("IT book life / economic life", Numbers.plain(a.bookLifeYears(), 1) + " / "
                + Numbers.plain(a.economicLifeYears(), 1) + " years"));
        rows.add(List.of("Facility life", Numbers.plain(a.facilityLifeYears(), 1) + " years"));
        rows.add(List.of("Operations (staff, maintenance)", Numbers.moneyFigure(a.opexUsdPerMwYear(), currency)
                + " per MW-year"));
        rows.add(List.of("Software efficiency gain", Numbers.rate(a.softwareEfficiencyGainPerYear()) + " a year"));
        rows.add(List.of("Token price decline (default)", Numbers.rate(a.tokenPriceDeclinePerYear()) + " a year"));
        rows.add(List.of("Planning headroom", Numbers.rate(a.planningHeadroom())));
        rows.add(List.of("Training MFU", Numbers.rate(a.trainingMfu())));
        rows.add(List.of("Idle GPU power", Numbers.rate(a.idlePowerFraction()) + " of all-in power"));
        rows.add(List.of("Compute / memory efficiency (uncalibrated)", Numbers.rate(a.computeEfficiency()) + " / "
                + Numbers.rate(a.memoryEfficiency())));
        rows.add(List.of("Mixture-of-experts expert efficiency", Numbers.rate(a.expertEfficiency())
                + " of dense GEMM speed"));
        rows.add(List.of("FP4 efficiency", Numbers.rate(a.fp4Efficiency()) + " of the compute efficiency"));
        return rows;
    }

    static List<List<String>> contents(Plan plan) {
        int halls = 0;
        double mw = 0;
        Map<String, Integer> gpus = new TreeMap<>();
        for (Site s : plan.sites()) {
            for (Hall p : s.halls()) {
                halls++;
                mw += p.criticalItMw();
                for (GpuPod d : p.gpuPods()) {
                    gpus.merge(d.skuId(), d.gpus(), Integer::sum);
                }
            }
        }
        long committed = plan.partners().stream().filter(c -> c.kind() == ContractKind.COMMITTED).count();
        int rented = plan.partners().stream().mapToInt(PartnerCloud::gpus).sum();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Sites", plan.sites().size() + " (" + halls + " halls, " + Numbers.powerMw(mw)
                + " critical IT)"));
        rows.add(List.of("Owned GPUs planned", gpus.isEmpty() ? "none" : Numbers.whole(gpus.values().stream()
                .mapToInt(Integer::intValue).sum()) + " (" + String.join(", ", gpus.entrySet().stream()
                .map(e -> e.getKey() + " " + Numbers.whole(e.getValue())).toList()) + ")"));
        rows.add(List.of("Partner contracts", plan.partners().size() + " (" + committed + " committed, "
                + (plan.partners().size() - committed) + " on demand; " + Numbers.whole(rented) + " GPUs)"));
        rows.add(List.of("Inference services", String.valueOf(plan.services().size())));
        rows.add(List.of("Training runs", String.valueOf(plan.trainingRuns().size())));
        rows.add(List.of("Scenarios defined", String.valueOf(plan.scenarios().size())));
        return rows;
    }
}
