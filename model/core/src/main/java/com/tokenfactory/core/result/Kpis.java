package com.tokenfactory.core.result;

import java.time.YearMonth;

/**
 * Headline figures over the whole horizon.
 *
 * @param horizon            the whole-horizon summary
 * @param npv                net present value of the monthly cash flows at the plan's discount rate, end-of-month
 *                           convention: Σ CF_m ÷ (1 + r)^((m + 1) / 12); excludes residual value
 * @param irr                yearly internal rate of return of the monthly cash flows, (1 + monthly IRR)^12 − 1;
 *                           null when it means nothing: the plan earns before it invests, or no single rate
 *                           makes the NPV zero
 * @param paybackMonth       index of the first month after which cumulative cash flow stays at or above zero; null
 *                           when it ends negative or when there is no cash flow at all; 0 when it never goes
 *                           negative
 * @param paybackYearMonth   that month as a calendar month; null with it
 * @param residualBookValue  book value of GPUs and halls left at the horizon's end (not in NPV)
 * @param lateTrainingRuns   training runs finishing after their deadline or not at all
 * @param peakFacilityMw     highest monthly average facility power of owned capacity, MW
 * @param idleCapacityCost   cost of pools that served nothing in a month (not in $/Mtok)
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
        double idleCapacityCost) {
}
