package com.tokenfactory.core.result;

import com.tokenfactory.core.plan.Assumptions;

import java.time.YearMonth;

/**
 * Headline figures over the whole horizon.
 *
 * @param horizon            the whole-horizon summary
 * @param npv                after-tax NPV with terminal value: the after-tax unlevered free cash flows at the WACC,
 *                           end-of-month convention Σ FCF_m ÷ (1 + r)^((m + 1) / 12), plus the terminal value
 *                           discounted from the horizon's end
 * @param irr                yearly internal rate of return of the after-tax free cash flows with the terminal value
 *                           added to the last month, (1 + monthly IRR)^12 − 1; null when it means nothing: the plan
 *                           earns before it invests, or no single rate makes the NPV zero
 * @param paybackMonth       index of the first month after which cumulative after-tax free cash flow (no terminal
 *                           value) stays at or above zero; null when it ends negative or when there is no cash flow
 *                           at all; 0 when it never goes negative
 * @param paybackYearMonth   that month as a calendar month; null with it
 * @param residualBookValue  net book value of GPUs and halls left at the horizon's end (in NPV only through the
 *                           terminal value, when that is BOOK_VALUE; halls also under ECONOMIC_VALUE)
 * @param lateTrainingRuns   training runs finishing after their deadline or not at all
 * @param peakFacilityMw     highest monthly average facility power of owned capacity, MW
 * @param idleCapacityCost   cost of capacity nobody used, capital charge included (in $/Mtok as its idle part)
 * @param npvExcludingTerminalValue after-tax NPV of the horizon's free cash flows alone
 * @param terminalValue      what the plan is worth at the horizon's end by {@code terminalValueMethod}, at that date
 * @param terminalValueMethod the plan's choice of terminal value
 * @param npvPreTax          pre-tax cash flows (no income tax, no terminal value) at the same WACC: a pre-tax view
 *                           only, not comparable with the after-tax NPV
 */
public record Kpis(
        PeriodSummary horizon,
        double npv,
        Double irr,
        Integer paybackMonth,
        YearMonth paybackYearMonth,
        double residualBookValue,
        int lateTrainingRuns,
        double peakFacilityMw,
        double idleCapacityCost,
        double npvExcludingTerminalValue,
        double terminalValue,
        Assumptions.TerminalValue terminalValueMethod,
        double npvPreTax) {

    /** The headline figures alone, as before taxes and terminal value were modelled: no terminal value, pre-tax. */
    public Kpis(PeriodSummary horizon, double npv, Double irr, Integer paybackMonth, YearMonth paybackYearMonth,
                double residualBookValue, int lateTrainingRuns, double peakFacilityMw, double idleCapacityCost) {
        this(horizon, npv, irr, paybackMonth, paybackYearMonth, residualBookValue, lateTrainingRuns, peakFacilityMw,
                idleCapacityCost, npv, 0.0, Assumptions.TerminalValue.NONE, npv);
    }
}
