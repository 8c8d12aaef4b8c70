package com.tokenfactory.app.gui.present;

import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.UncertaintyCharts;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.Tornado;

import java.util.ArrayList;
import java.util.List;

/**
 * The slides of a plan's ranges: the cumulative cash flow's fan beside the NPV histogram, headlined with the NPV's
 * P10–P90 and the chance of a loss; then the NPV tornado, headlined with the input that swings it most.
 */
final class RangesSlides {
    private RangesSlides() {
    }

    static List<RangesSlide> of(Ranges ranges, ChartStyle style) {
        MonteCarloResult r = ranges.monteCarlo();
        String currency = r.currency();
        MonteCarloResult.Spread npv = r.kpi(Kpi.NPV);
        List<RangesSlide> slides = new ArrayList<>();
        slides.add(new RangesSlide("Ranges: cash flow and NPV", "NPV " + SlideNumbers.money(npv.percentile(0.10),
                currency) + " to " + SlideNumbers.money(npv.percentile(0.90), currency) + " (P10–P90); "
                + SlideNumbers.percent(r.probabilityOfLoss()) + " chance of a loss",
                List.of(UncertaintyCharts.fan(r, Metric.CASH, style), UncertaintyCharts.histogram(r, Kpi.NPV, style))));
        Tornado.Result t = ranges.tornado();
        if (!t.bars().isEmpty()) {
            Tornado.Bar top = t.bars().get(0);
            slides.add(new RangesSlide("What moves NPV", "NPV " + SlideNumbers.money(t.base(), currency)
                    + "; it swings most with " + top.name() + " (" + SlideNumbers.money(top.kpiAtLow(), currency)
                    + " to " + SlideNumbers.money(top.kpiAtHigh(), currency) + ")",
                    List.of(UncertaintyCharts.tornado(t, r.planName(), currency, style))));
        }
        return slides;
    }
}
