package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.util.ArrayList;
import java.util.List;

import static com.tokenfactory.core.trace.Leaves.percent;

/** The headline figures over the horizon: the NPVs, the terminal value, IRR and payback (formulas of Finance). */
final class KpiTrees {
    private final Leaves l;
    private final MonthlyTrees monthly;
    private final String currency;

    KpiTrees(Leaves leaves, MonthlyTrees monthly) {
        this.l = leaves;
        this.monthly = monthly;
        this.currency = leaves.currency;
    }

    /** A KPI by its key (see {@link Explainer#KPIS}); null when the key names none. */
    Explanation kpi(String key) {
        Kpis k = l.result.kpis();
        int n = l.result.months();
        switch (key) {
            case "npv":
                return Explanation.node("NPV after tax, with terminal value", "NPV", k.npv(), currency, Operation.SUM,
                        0, "NPV = Σₘ FCFₘ ÷ (1 + r)^((m + 1)/12) + TV ÷ (1 + r)^(" + n + "/12)",
                        List.of(npvExcludingTerminalValue(), discountedTerminalValue()));
            case "npvexcludingterminalvalue":
                return npvExcludingTerminalValue();
            case "npvpretax": {
                List<Explanation> terms = new ArrayList<>();
                for (int m = 0; m < n; m++) {
                    terms.add(discounted(monthly.cashFlow(m), m));
                }
                return Explanation.node("NPV before tax, no terminal value (a pre-tax view only)", "NPV₀",
                        k.npvPreTax(), currency, Operation.SUM, 0,
                        "NPV₀ = Σₘ CFₘ ÷ (1 + r)^((m + 1)/12), CF the pre-tax cash flow", terms);
            }
            case "terminalvalue":
                return terminalValue();
            case "irr":
                return irr();
            case "payback":
                return payback();
            default:
                return null;
        }
    }

    private Explanation irr() {
        Kpis k = l.result.kpis();
        int n = l.result.months();
        List<Explanation> flows = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            Explanation fcf = monthly.freeCashFlow(m);
            if (m == n - 1) {
                fcf = Explanation.node("Free cash flow with terminal value, " + l.result.month(m), "FCF+TV",
                        fcf.value() + k.terminalValue(), currency, Operation.SUM, 0, "FCF + TV",
                        List.of(fcf, terminalValue()));
            }
            flows.add(fcf);
        }
        Explanation irr = Explanation.node("IRR after tax, with terminal value", "IRR",
                k.irr() == null ? Double.NaN : k.irr(), "per year", Operation.IRR, 0,
                "(1 + i)¹² − 1 where Σₘ FCFₘ ÷ (1 + i)^(m + 1) = 0, the terminal value added to the last month", flows);
        return k.irr() == null ? irr.withWhy(irrWhy(flows)) : irr;
    }

    private String irrWhy(List<Explanation> flows) {
        for (Explanation e : flows) {
            if (e.value() != 0) {
                return e.value() > 0
                        ? "the plan earns (" + l.money(e.value()) + " in its first month with cash) before it invests,"
                        + " so no rate describes it as an investment"
                        : "the free cash flow changes sign more than once, or never turns positive enough: no single"
                        + " rate from −99% to +1000% a month makes the NPV zero";
            }
        }
        return "the plan has no free cash flow at all";
    }

    private Explanation payback() {
        Kpis k = l.result.kpis();
        int n = l.result.months();
        List<Explanation> flows = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            flows.add(monthly.freeCashFlow(m));
        }
        Explanation p = Explanation.node("Payback month (index from " + l.result.start() + ")", "payback",
                k.paybackMonth() == null ? Double.NaN : k.paybackMonth(), "months", Operation.PAYBACK, 0,
                "the first month after which Σ FCF (no terminal value) stays ≥ 0"
                        + (k.paybackYearMonth() == null ? "" : ": " + k.paybackYearMonth()), flows);
        if (k.paybackMonth() == null) {
            double sum = 0;
            for (Explanation e : flows) {
                sum += e.value();
            }
            p = p.withWhy("the cumulative free cash flow ends the horizon at " + l.money(sum)
                    + ", below zero: the plan does not pay back within " + n + " months");
        }
        return p;
    }

    private Explanation npvExcludingTerminalValue() {
        List<Explanation> terms = new ArrayList<>();
        for (int m = 0; m < l.result.months(); m++) {
            terms.add(discounted(monthly.freeCashFlow(m), m));
        }
        return Explanation.node("NPV after tax, horizon's free cash flows only", "NPVₕ",
                l.result.kpis().npvExcludingTerminalValue(), currency, Operation.SUM, 0,
                "NPVₕ = Σₘ FCFₘ ÷ (1 + r)^((m + 1)/12), end-of-month convention", terms);
    }

    private Explanation discounted(Explanation flow, int m) {
        double years = (m + 1) / 12.0;
        double r = l.plan.assumptions().discountRate();
        return Explanation.node(flow.label() + ", discounted", "PV", flow.value() / Math.pow(1.0 + r, years), currency,
                Operation.DISCOUNT, years, flow.symbol() + " ÷ (1 + r)^" + (m + 1) + "/12", List.of(flow, wacc()));
    }

    private Explanation wacc() {
        return l.assumption("WACC (discount rate)", "r", "discountRate", l.plan.assumptions().discountRate(),
                "per year");
    }

    private Explanation discountedTerminalValue() {
        int n = l.result.months();
        Explanation tv = terminalValue();
        double years = n / 12.0;
        return Explanation.node("Terminal value, discounted from the horizon's end", "PV(TV)",
                tv.value() / Math.pow(1.0 + l.plan.assumptions().discountRate(), years), currency, Operation.DISCOUNT,
                years, "TV ÷ (1 + r)^(" + n + "/12)", List.of(tv, wacc()));
    }

    Explanation terminalValue() {
        Kpis k = l.result.kpis();
        Assumptions a = l.plan.assumptions();
        String how = switch (k.terminalValueMethod()) {
            case NONE -> "no terminal value (assumptions.terminalValue = NONE)";
            case BOOK_VALUE -> "net book value left (" + l.money(k.residualBookValue()) + ") less tax at "
                    + percent(a.taxRate()) + " on its excess over the tax basis, plus receivables and the tax value of"
                    + " losses carried forward";
            case PERPETUITY -> "last twelve months' free cash flow × (1 + g) ÷ (r − g), g = "
                    + percent(a.terminalGrowthPerYear()) + " (assumptions.terminalGrowthPerYear)";
            case ECONOMIC_VALUE -> "GPUs still in life: their last twelve months' operating cash per GPU after tax,"
                    + " carried to the end of their life at the plan's price decline and software gain, discounted"
                    + " at the WACC; halls at net book value; receivables";
        };
        String choice = Assumptions.CHOICE_SOURCES.getOrDefault("terminalValue", "");
        return Explanation.leaf("Terminal value (" + k.terminalValueMethod() + ")", "TV", k.terminalValue(), currency,
                new Origin(Provenance.DERIVED, "assumptions.terminalValue",
                        how + (choice.isEmpty() ? "" : "; method: " + choice)));
    }
}
