package com.tokenfactory.core.result;

/**
 * Plan-wide monthly series. Money in the plan's currency; energy at the facility meter unless named IT.
 *
 * @param capexFacility        hall construction spending
 * @param capexIt              GPU purchases at install
 * @param depreciation         straight-line depreciation of IT and halls, plus write-offs of retired GPUs
 * @param electricityMwh       facility energy (IT × PUE) of owned capacity
 * @param itMwh                IT energy of owned capacity
 * @param electricityCost      cost of the facility energy
 * @param opex                 operations per powered MW (staff, maintenance), not electricity
 * @param rentalCommitted      take-or-pay fees of committed partner contracts
 * @param rentalOnDemand       fees for GPU-hours rented on demand
 * @param revenueInference     served tokens × that month's price
 * @param revenueTraining      training GPU-hours × their value
 * @param totalCost            depreciation + electricity + opex + property tax and insurance + rental (the
 *                             accounting cost of running the fleet; no capital charge)
 * @param cashFlow             pre-tax cash flow: revenue − electricity − opex − property tax and insurance − rental
 *                             − capex − increase in receivables
 * @param gpusOwned            owned GPUs in service (powered, within life)
 * @param gpusRented           GPUs under active partner contracts (on-demand: the most that may be rented)
 * @param gpusNeeded           GPUs kept busy plus those unserved demand would need at full use
 * @param gpuHoursOwned        owned GPU-hours available
 * @param gpuHoursOwnedBusy    owned GPU-hours used by inference and training
 * @param gpuHoursRented       rented GPU-hours available (committed) or allowed (on demand)
 * @param gpuHoursRentedBusy   rented GPU-hours used
 * @param gpuHoursInference    GPU-hours serving inference, owned and rented
 * @param gpuHoursTraining     GPU-hours training, owned and rented
 * @param tokensDemanded       tokens asked for
 * @param tokensServed         tokens served
 * @param tokensServedOwned    tokens served on owned capacity
 * @param inferenceCost        served-pool cost of inference: each pool's accounting cost shared by busy GPU-hours
 *                             (no capital charge; pools and halls that served nothing left out)
 * @param inferenceFacilityMwh facility energy attributed to inference on owned capacity
 * @param ownedCost            depreciation + electricity + opex + property tax and insurance of owned capacity
 * @param propertyTaxInsurance property tax and insurance on owned net book value
 * @param capitalCharge        WACC on the owned net book value tied up (construction in progress included):
 *                             book value at the month's start × ((1 + WACC)^(1/12) − 1); not a cash flow
 * @param taxDepreciation      tax depreciation (MACRS or straight line for IT, straight line for halls)
 * @param incomeTax            cash income tax on EBITDA − tax depreciation, losses carried forward
 * @param receivablesChange    increase in receivables (revenue × receivable days ÷ days in the month; they open at
 *                             the first month's level, as a business earning at the plan's start already has them)
 * @param freeCashFlow         after-tax unlevered free cash flow: pre-tax cash flow − income tax
 * @param idleCost             cost of capacity nobody used (idle share of each pool's cost, pools with nothing
 *                             available, halls with no GPUs), capital charge included
 * @param inferenceLoadedCost  fully loaded cost of inference: each pool's cost and capital charge by the share of its
 *                             capacity inference used, plus inference's share of the idle cost (by GPU-hours used)
 * @param inferenceIdleCost    the idle-cost part of inferenceLoadedCost
 * @param inferenceCapitalCost the capital-charge part of inferenceLoadedCost (idle part included)
 */
public record Totals(
        Series capexFacility,
        Series capexIt,
        Series depreciation,
        Series electricityMwh,
        Series itMwh,
        Series electricityCost,
        Series opex,
        Series rentalCommitted,
        Series rentalOnDemand,
        Series revenueInference,
        Series revenueTraining,
        Series totalCost,
        Series cashFlow,
        Series gpusOwned,
        Series gpusRented,
        Series gpusNeeded,
        Series gpuHoursOwned,
        Series gpuHoursOwnedBusy,
        Series gpuHoursRented,
        Series gpuHoursRentedBusy,
        Series gpuHoursInference,
        Series gpuHoursTraining,
        Series tokensDemanded,
        Series tokensServed,
        Series tokensServedOwned,
        Series inferenceCost,
        Series inferenceFacilityMwh,
        Series ownedCost,
        Series propertyTaxInsurance,
        Series capitalCharge,
        Series taxDepreciation,
        Series incomeTax,
        Series receivablesChange,
        Series freeCashFlow,
        Series idleCost,
        Series inferenceLoadedCost,
        Series inferenceIdleCost,
        Series inferenceCapitalCost) {

    public int months() {
        return capexIt.size();
    }

    public double capex(int m) {
        return capexFacility.get(m) + capexIt.get(m);
    }

    public double revenue(int m) {
        return revenueInference.get(m) + revenueTraining.get(m);
    }

    public double margin(int m) {
        return revenue(m) - totalCost.get(m);
    }

    public double tokensUnserved(int m) {
        return Math.max(0.0, tokensDemanded.get(m) - tokensServed.get(m));
    }
}
