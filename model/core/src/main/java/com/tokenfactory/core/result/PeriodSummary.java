package com.tokenfactory.core.result;

/**
 * Figures for a span of months (a plan year or the whole horizon). Ratios are computed from the span's sums, never
 * averaged over months. Definitions (docs/metrics.md):
 * <ul>
 *   <li>utilization = busy GPU-hours ÷ available GPU-hours (owned; rented; both);</li>
 *   <li>$ per million tokens = fully loaded cost of inference ÷ tokens served × 10^6: depreciation, capital charge
 *       at the WACC on the capital tied up, electricity, operations, property tax and insurance, rental, and
 *       inference's share of idle capacity (SemiAnalysis AI Cloud TCO structure: capital cost + operating cost per
 *       GPU-hour, over tokens per GPU-hour); its idle and capital parts are {@code usdPerMillionTokensIdle} and
 *       {@code usdPerMillionTokensCapital};</li>
 *   <li>served-pool $ per million tokens = the accounting cost (no capital charge) of the pools that served, shared
 *       by busy GPU-hours ÷ tokens served × 10^6 — what this figure was before it was fully loaded;</li>
 *   <li>tokens per joule = tokens served on owned capacity ÷ facility energy attributed to inference there;</li>
 *   <li>tokens per watt per dollar = (tokens/s per GPU ÷ facility W per GPU) ÷ ($ per GPU-hour)
 *       = tokens per joule ÷ (owned cost ÷ owned GPU-hours); unit: tokens per joule per $/GPU-hour.</li>
 * </ul>
 * Undefined ratios (nothing served, no owned fleet) are NaN.
 */
public record PeriodSummary(
        String label,
        int fromMonth,
        int toMonth,
        double capex,
        double capexFacility,
        double capexIt,
        double electricityMwh,
        double electricityCost,
        double opex,
        double rental,
        double depreciation,
        double revenue,
        double totalCost,
        double margin,
        double marginShare,
        double cashFlow,
        double tokensDemanded,
        double tokensServed,
        double tokensUnserved,
        double unservedShare,
        double utilizationOwned,
        double utilizationRented,
        double utilization,
        double usdPerMillionTokens,
        double tokensPerJoule,
        double tokensPerWattPerDollar,
        double propertyTaxInsurance,
        double capitalCharge,
        double incomeTax,
        double freeCashFlow,
        double idleCost,
        double usdPerMillionTokensIdle,
        double usdPerMillionTokensCapital,
        double usdPerMillionTokensServedPools) {

    public static PeriodSummary of(Totals t, int from, int to, String label) {
        double capexFacility = t.capexFacility().sum(from, to);
        double capexIt = t.capexIt().sum(from, to);
        double revenue = t.revenueInference().sum(from, to) + t.revenueTraining().sum(from, to);
        double totalCost = t.totalCost().sum(from, to);
        double demanded = t.tokensDemanded().sum(from, to);
        double served = t.tokensServed().sum(from, to);
        double unserved = 0;
        for (int m = from; m < to; m++) {
            unserved += t.tokensUnserved(m);
        }
        double ownedHours = t.gpuHoursOwned().sum(from, to);
        double ownedBusy = t.gpuHoursOwnedBusy().sum(from, to);
        double rentedHours = t.gpuHoursRented().sum(from, to);
        double rentedBusy = t.gpuHoursRentedBusy().sum(from, to);
        double tokensPerJoule = ratio(t.tokensServedOwned().sum(from, to), t.inferenceFacilityMwh().sum(from, to) * 3.6e9);
        double usdPerGpuHourOwned = ratio(t.ownedCost().sum(from, to), ownedHours);
        return new PeriodSummary(label, from, to,
                capexFacility + capexIt, capexFacility, capexIt,
                t.electricityMwh().sum(from, to), t.electricityCost().sum(from, to), t.opex().sum(from, to),
                t.rentalCommitted().sum(from, to) + t.rentalOnDemand().sum(from, to), t.depreciation().sum(from, to),
                revenue, totalCost, revenue - totalCost, ratio(revenue - totalCost, revenue),
                t.cashFlow().sum(from, to), demanded, served, unserved, ratio(unserved, demanded),
                ratio(ownedBusy, ownedHours), ratio(rentedBusy, rentedHours),
                ratio(ownedBusy + rentedBusy, ownedHours + rentedHours),
                ratio(t.inferenceLoadedCost().sum(from, to) * 1e6, served),
                tokensPerJoule, ratio(tokensPerJoule, usdPerGpuHourOwned),
                t.propertyTaxInsurance().sum(from, to), t.capitalCharge().sum(from, to), t.incomeTax().sum(from, to),
                t.freeCashFlow().sum(from, to), t.idleCost().sum(from, to),
                ratio(t.inferenceIdleCost().sum(from, to) * 1e6, served),
                ratio(t.inferenceCapitalCost().sum(from, to) * 1e6, served),
                ratio(t.inferenceCost().sum(from, to) * 1e6, served));
    }

    /**
     * NaN where the ratio is undefined: nothing in the denominator, or a denominator so close to zero (a few
     * subnormal tokens left by a demand curve that decayed for centuries) that the quotient leaves the doubles.
     */
    static double ratio(double numerator, double denominator) {
        double r = denominator > 0 && Double.isFinite(numerator) ? numerator / denominator : Double.NaN;
        return Double.isInfinite(r) ? Double.NaN : r;
    }

    public int months() {
        return toMonth - fromMonth;
    }
}
