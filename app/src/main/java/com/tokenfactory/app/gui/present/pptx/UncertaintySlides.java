package com.tokenfactory.app.gui.present.pptx;

import com.tokenfactory.app.gui.present.SlideNumbers;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.Tornado;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The deck's slides for a plan with uncertain inputs: the cumulative cash flow's fan over the Monte Carlo trials and
 * the NPV tornado. PowerPoint has no error bars or bands, so the fan is drawn as stacked areas: an unfilled base up to
 * P10, then the P10–P25, P25–P75 and P75–P90 bands, with the median and the plan's own line on top.
 */
final class UncertaintySlides {
    /** Trials behind the fan: the command line's default, seed 1 (as 'tokenfactory simulate'), so decks repeat. */
    static final int TRIALS = MonteCarlo.DEFAULT_TRIALS;
    static final long SEED = 1;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private UncertaintySlides() {
    }

    record FanSlide(String title, String headline, NativeChart chart, String notes) {
    }

    record TornadoSlide(String title, String headline, NativeChart chart, String notes) {
    }

    static FanSlide fan(Plan plan, Scenario scenario) {
        MonteCarloResult r = MonteCarlo.run(plan, scenario, MonteCarlo.Settings.of(TRIALS, SEED));
        MonteCarloResult.Fan f = r.fan(Metric.CASH);
        int n = f.months();
        List<String> months = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            months.add(MONTH.format(r.start().plusMonths(m)));
        }
        double[] base = f.p10().clone();
        double[] low = new double[n];
        double[] mid = new double[n];
        double[] high = new double[n];
        for (int m = 0; m < n; m++) {
            low[m] = f.p25()[m] - f.p10()[m];
            mid[m] = f.p75()[m] - f.p25()[m];
            high[m] = f.p90()[m] - f.p75()[m];
        }
        String currency = r.currency();
        NativeChart chart = new NativeChart(months, List.of(new NativeChart.Panel(currency, null, List.of(
                new NativeChart.Layer(NativeChart.Shape.STACKED_AREA, false, List.of(
                        new NativeChart.SeriesValues("P10 (base of the fan, not drawn)", base, "none"),
                        new NativeChart.SeriesValues("P10–P25", low, "BFD4F6"),
                        new NativeChart.SeriesValues("P25–P75", mid, "7FA8EC"),
                        new NativeChart.SeriesValues("P75–P90", high, "BFD4F6"))),
                new NativeChart.Layer(NativeChart.Shape.LINE, false, List.of(
                        new NativeChart.SeriesValues("Median (P50)", f.p50(), "1D4ED8"),
                        new NativeChart.SeriesValues("Plan (no uncertainty)", f.deterministic(), "1F2937")))))));
        MonteCarloResult.Spread npv = r.kpi(Kpi.NPV);
        String headline = "NPV " + SlideNumbers.money(npv.percentile(0.10), currency) + " to "
                + SlideNumbers.money(npv.percentile(0.90), currency) + " (P10–P90); "
                + SlideNumbers.percent(r.probabilityOfLoss()) + " chance of a loss";
        String notes = "Sources: Token Factory Planner's Monte Carlo over the plan's uncertain inputs ("
                + plan.uncertainty().inputs().size() + " inputs), " + Numbers.whole(r.trialsRun()) + " trials, seed "
                + SEED + " (the same figures as 'tokenfactory simulate' with these settings). The fan is the cumulative "
                + "cash flow's P10–P90 and P25–P75 month by month; the bands are stacked areas (differences between "
                + "percentiles), the unfilled base reaches P10. Median NPV " + Numbers.moneyFigure(npv.percentile(0.5),
                currency) + "; the plan without uncertainty " + Numbers.moneyFigure(r.deterministic().kpis().npv(),
                currency) + ".";
        return new FanSlide("Cash flow under uncertainty", headline, chart, notes);
    }

    static TornadoSlide tornado(Plan plan, Scenario scenario, String currency) {
        Tornado.Result t = Tornado.of(plan, scenario, Kpi.NPV);
        List<Tornado.Bar> bars = t.bars();
        List<String> names = new ArrayList<>();
        double[] low = new double[bars.size()];
        double[] high = new double[bars.size()];
        // strongest on top: PowerPoint draws a bar chart's first category at the bottom
        for (int i = bars.size() - 1, k = 0; i >= 0; i--, k++) {
            Tornado.Bar b = bars.get(i);
            names.add(b.name());
            low[k] = b.kpiAtLow() - t.base();
            high[k] = b.kpiAtHigh() - t.base();
        }
        NativeChart chart = new NativeChart(names, List.of(new NativeChart.Panel("NPV change (" + currency + ")", null,
                List.of(new NativeChart.Layer(NativeChart.Shape.BAR, false, List.of(
                        new NativeChart.SeriesValues("Input at its P10", low, "F59E0B"),
                        new NativeChart.SeriesValues("Input at its P90", high, "2563EB")))), true)));
        String headline = bars.isEmpty() ? "No uncertain input moves NPV"
                : "NPV " + SlideNumbers.money(t.base(), currency) + "; it swings most with " + bars.get(0).name()
                + " (" + SlideNumbers.money(bars.get(0).kpiAtLow(), currency) + " to "
                + SlideNumbers.money(bars.get(0).kpiAtHigh(), currency) + ")";
        StringBuilder notes = new StringBuilder("Sources: Token Factory Planner's tornado ('tokenfactory tornado'): each "
                + "uncertain input set to its P10 and its P90, the others at the plan's values, the engine run each time; "
                + "bars are the change from the plan's NPV of " + Numbers.moneyFigure(t.base(), currency) + ".\n");
        for (Tornado.Bar b : bars) {
            notes.append("• ").append(b.name()).append(": at P10 NPV ").append(Numbers.moneyFigure(b.kpiAtLow(), currency))
                    .append(", at P90 ").append(Numbers.moneyFigure(b.kpiAtHigh(), currency)).append('\n');
        }
        return new TornadoSlide("What moves NPV", headline, chart, notes.toString().strip());
    }
}
