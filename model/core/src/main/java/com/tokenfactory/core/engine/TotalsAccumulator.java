package com.tokenfactory.core.engine;

import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.result.Unit;

/** The plan-wide monthly sums while a simulation runs; {@link #toTotals()} freezes them. Field names follow Totals. */
final class TotalsAccumulator {
    final double[] capexFacility;
    final double[] capexIt;
    final double[] depreciation;
    final double[] electricityMwh;
    final double[] itMwh;
    final double[] electricityCost;
    final double[] opex;
    final double[] rentalCommitted;
    final double[] rentalOnDemand;
    final double[] revenueInference;
    final double[] revenueTraining;
    final double[] totalCost;
    final double[] cashFlow;
    final double[] gpusOwned;
    final double[] gpusRented;
    final double[] gpusNeeded;
    final double[] gpuHoursOwned;
    final double[] gpuHoursOwnedBusy;
    final double[] gpuHoursRented;
    final double[] gpuHoursRentedBusy;
    final double[] gpuHoursInference;
    final double[] gpuHoursTraining;
    final double[] tokensDemanded;
    final double[] tokensServed;
    final double[] tokensServedOwned;
    final double[] inferenceCost;
    final double[] inferenceFacilityMwh;
    final double[] ownedCost;
    /** Tax losses not yet used at the horizon's end (set by {@link #derive}). */
    double lossCarriedForward;
    final double[] propertyTaxInsurance;
    final double[] capitalCharge;
    final double[] taxDepreciation;
    final double[] incomeTax;
    final double[] receivablesChange;
    final double[] freeCashFlow;
    final double[] idleCost;
    final double[] inferenceLoadedCost;
    final double[] inferenceIdleCost;
    final double[] inferenceCapitalCost;

    TotalsAccumulator(int months) {
        capexFacility = new double[months];
        capexIt = new double[months];
        depreciation = new double[months];
        electricityMwh = new double[months];
        itMwh = new double[months];
        electricityCost = new double[months];
        opex = new double[months];
        rentalCommitted = new double[months];
        rentalOnDemand = new double[months];
        revenueInference = new double[months];
        revenueTraining = new double[months];
        totalCost = new double[months];
        cashFlow = new double[months];
        gpusOwned = new double[months];
        gpusRented = new double[months];
        gpusNeeded = new double[months];
        gpuHoursOwned = new double[months];
        gpuHoursOwnedBusy = new double[months];
        gpuHoursRented = new double[months];
        gpuHoursRentedBusy = new double[months];
        gpuHoursInference = new double[months];
        gpuHoursTraining = new double[months];
        tokensDemanded = new double[months];
        tokensServed = new double[months];
        tokensServedOwned = new double[months];
        inferenceCost = new double[months];
        inferenceFacilityMwh = new double[months];
        ownedCost = new double[months];
        propertyTaxInsurance = new double[months];
        capitalCharge = new double[months];
        taxDepreciation = new double[months];
        incomeTax = new double[months];
        receivablesChange = new double[months];
        freeCashFlow = new double[months];
        idleCost = new double[months];
        inferenceLoadedCost = new double[months];
        inferenceIdleCost = new double[months];
        inferenceCapitalCost = new double[months];
    }

    /**
     * Derives total cost, the pre-tax cash flow, income tax and the after-tax free cash flow from the other sums (tax
     * depreciation, receivables change and capital charge must be in already). Unlevered free cash flow (Koller et al.,
     * "Valuation", ch. 10): EBITDA − cash tax on (EBITDA − tax depreciation) − capex − increase in receivables.
     */
    void derive(double taxRate, double lossOffsetLimit) {
        double[] taxable = new double[totalCost.length];
        for (int m = 0; m < totalCost.length; m++) {
            double rental = rentalCommitted[m] + rentalOnDemand[m];
            totalCost[m] = depreciation[m] + electricityCost[m] + opex[m] + propertyTaxInsurance[m] + rental;
            double ebitda = ebitda(m);
            cashFlow[m] = ebitda - capexFacility[m] - capexIt[m] - receivablesChange[m];
            taxable[m] = ebitda - taxDepreciation[m];
        }
        double[] tax = Finance.incomeTax(taxable, taxRate, lossOffsetLimit);
        lossCarriedForward = Finance.lossCarriedForward(taxable, lossOffsetLimit);
        for (int m = 0; m < totalCost.length; m++) {
            incomeTax[m] = tax[m];
            freeCashFlow[m] = cashFlow[m] - tax[m];
        }
    }

    /** Revenue less the cash costs of running: electricity, operations, property tax and insurance, rental. */
    double ebitda(int m) {
        return revenueInference[m] + revenueTraining[m] - electricityCost[m] - opex[m] - propertyTaxInsurance[m]
                - rentalCommitted[m] - rentalOnDemand[m];
    }

    /** The totals as the result's series, wrapping these arrays: nothing writes to them afterwards. */
    Totals toTotals() {
        return new Totals(usd(capexFacility), usd(capexIt), usd(depreciation), Series.ofOwned(Unit.MWH, electricityMwh),
                Series.ofOwned(Unit.MWH, itMwh), usd(electricityCost), usd(opex), usd(rentalCommitted), usd(rentalOnDemand),
                usd(revenueInference), usd(revenueTraining), usd(totalCost), usd(cashFlow), gpus(gpusOwned),
                gpus(gpusRented), gpus(gpusNeeded), gpuHours(gpuHoursOwned), gpuHours(gpuHoursOwnedBusy),
                gpuHours(gpuHoursRented), gpuHours(gpuHoursRentedBusy), gpuHours(gpuHoursInference),
                gpuHours(gpuHoursTraining), tokens(tokensDemanded), tokens(tokensServed), tokens(tokensServedOwned),
                usd(inferenceCost), Series.ofOwned(Unit.MWH, inferenceFacilityMwh), usd(ownedCost),
                usd(propertyTaxInsurance), usd(capitalCharge), usd(taxDepreciation), usd(incomeTax), usd(receivablesChange),
                usd(freeCashFlow), usd(idleCost), usd(inferenceLoadedCost), usd(inferenceIdleCost), usd(inferenceCapitalCost));
    }

    private static Series usd(double[] v) {
        return Series.ofOwned(Unit.USD, v);
    }

    private static Series gpus(double[] v) {
        return Series.ofOwned(Unit.GPUS, v);
    }

    private static Series gpuHours(double[] v) {
        return Series.ofOwned(Unit.GPU_HOURS, v);
    }

    private static Series tokens(double[] v) {
        return Series.ofOwned(Unit.TOKENS, v);
    }
}
