package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;

import java.util.Comparator;

/**
 * The one-line headlines of the chart slides, each with its key number. Every number is the engine's: horizon and
 * plan-year {@link PeriodSummary} figures, {@link Kpis}, and {@link Totals} series.
 */
final class ChartHeadlines {
    private ChartHeadlines() {
    }

    /** "CapEx $112B, 51% in 2029", plus committed partner spend when there is any. */
    static String capex(SimulationResult r) {
        String currency = r.currency();
        double total = r.kpis().horizon().capex();
        double committed = r.totals().rentalCommitted().total();
        String commitments = committed > 0
                ? "; " + SlideNumbers.money(committed, currency) + " committed to partner clouds" : "";
        if (total <= 0) {
            return committed > 0 ? "No CapEx" + commitments : "No capital spending and no committed partner contracts";
        }
        String head = "CapEx " + SlideNumbers.money(total, currency);
        if (r.years().size() == 1) {
            return head + " " + PlanYears.in(r, r.years().get(0)) + commitments;
        }
        PeriodSummary peak = r.years().stream().max(Comparator.comparingDouble(PeriodSummary::capex)).orElseThrow();
        return head + ", " + SlideNumbers.percent(peak.capex() / total) + " " + PlanYears.in(r, peak) + commitments;
    }

    /** "42.3 TWh for $3.6B over 2027–2031; peak draw 2.0 GW". */
    static String electricity(SimulationResult r) {
        PeriodSummary h = r.kpis().horizon();
        if (h.electricityMwh() <= 0) {
            return "No electricity bought: no owned GPUs draw power within the horizon";
        }
        return SlideNumbers.energyMwh(h.electricityMwh()) + " for " + SlideNumbers.money(h.electricityCost(), r.currency())
                + " over " + PlanYears.span(r) + "; peak draw " + SlideNumbers.powerMw(r.kpis().peakFacilityMw());
    }

    /** "Revenue $143B, margin $89.1B (62%), utilization 44%". */
    static String yield(SimulationResult r) {
        PeriodSummary h = r.kpis().horizon();
        if (h.revenue() == 0 && h.totalCost() == 0) {
            return "Nothing is built, rented or served: no revenue and no cost";
        }
        StringBuilder s = new StringBuilder("Revenue ").append(SlideNumbers.money(h.revenue(), r.currency()))
                .append(", margin ").append(SlideNumbers.money(h.margin(), r.currency()));
        if (Double.isFinite(h.marginShare())) {
            s.append(" (").append(SlideNumbers.percent(h.marginShare())).append(')');
        }
        if (Double.isFinite(h.utilization())) {
            s.append(", utilization ").append(SlideNumbers.percent(h.utilization()));
        }
        return s.toString();
    }

    /** "3.4% of token demand unserved, worst in 2028 (58%)", or "All token demand served; up to 1.0M GPUs online". */
    static String capacity(SimulationResult r) {
        PeriodSummary h = r.kpis().horizon();
        String peak = "up to " + SlideNumbers.count(peakGpusOnline(r.totals())) + " GPUs online";
        if (h.tokensDemanded() <= 0) {
            return "No token demand in the plan; " + peak;
        }
        if (h.tokensUnserved() <= 0) {
            return "All token demand served; " + peak;
        }
        PeriodSummary worst = r.years().stream()
                .filter(y -> Double.isFinite(y.unservedShare()))
                .max(Comparator.comparingDouble(PeriodSummary::unservedShare)).orElseThrow();
        return SlideNumbers.percent(h.unservedShare()) + " of token demand unserved, worst " + PlanYears.in(r, worst)
                + " (" + SlideNumbers.percent(worst.unservedShare()) + ")";
    }

    /** "Pays back in July 2031; NPV after tax $4.6B at 10.25%, IRR 14.0%". */
    static String payback(SimulationResult r, double discountRate) {
        Kpis k = r.kpis();
        String npv = "NPV after tax " + SlideNumbers.money(k.npv(), r.currency()) + " at "
                + SlideNumbers.rate(discountRate)
                + (k.irr() == null ? "" : ", IRR " + SlideNumbers.rateOneDecimal(k.irr()));
        if (k.paybackMonth() == null) {
            return "No payback by " + SlideNumbers.month(PlanYears.lastMonth(r)) + "; " + npv;
        }
        if (k.paybackMonth() == 0) {
            return "Cash-positive from the first month; " + npv;
        }
        return "Pays back in " + SlideNumbers.month(k.paybackYearMonth()) + "; " + npv;
    }

    /** The most GPUs online in one month, owned and rented together (the engine's monthly series). */
    static double peakGpusOnline(Totals t) {
        double peak = 0;
        for (int m = 0; m < t.months(); m++) {
            peak = Math.max(peak, t.gpusOwned().get(m) + t.gpusRented().get(m));
        }
        return peak;
    }
}
