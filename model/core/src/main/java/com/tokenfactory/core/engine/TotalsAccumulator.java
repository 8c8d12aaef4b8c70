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
    }

    /** Derives total cost and cash flow from the other sums. */
    void derive() {
        for (int m = 0; m < totalCost.length; m++) {
            double rental = rentalCommitted[m] + rentalOnDemand[m];
            totalCost[m] = depreciation[m] + electricityCost[m] + opex[m] + rental;
            cashFlow[m] = revenueInference[m] + revenueTraining[m] - electricityCost[m] - opex[m] - rental
                    - capexFacility[m] - capexIt[m];
        }
    }

    Totals toTotals() {
        return new Totals(usd(capexFacility), usd(capexIt), usd(depreciation), Series.of(Unit.MWH, electricityMwh),
                Series.of(Unit.MWH, itMwh), usd(electricityCost), usd(opex), usd(rentalCommitted), usd(rentalOnDemand),
                usd(revenueInference), usd(revenueTraining), usd(totalCost), usd(cashFlow), gpus(gpusOwned),
                gpus(gpusRented), gpus(gpusNeeded), gpuHours(gpuHoursOwned), gpuHours(gpuHoursOwnedBusy),
                gpuHours(gpuHoursRented), gpuHours(gpuHoursRentedBusy), gpuHours(gpuHoursInference),
                gpuHours(gpuHoursTraining), tokens(tokensDemanded), tokens(tokensServed), tokens(tokensServedOwned),
                usd(inferenceCost), Series.of(Unit.MWH, inferenceFacilityMwh), usd(ownedCost));
    }

    private static Series usd(double[] v) {
        return Series.of(Unit.USD, v);
    }

    private static Series gpus(double[] v) {
        return Series.of(Unit.GPUS, v);
    }

    private static Series gpuHours(double[] v) {
        return Series.of(Unit.GPU_HOURS, v);
    }

    private static Series tokens(double[] v) {
        return Series.of(Unit.TOKENS, v);
    }
}
