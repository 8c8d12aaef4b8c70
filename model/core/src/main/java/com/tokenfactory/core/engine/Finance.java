package com.tokenfactory.core.engine;

/**
 * Discounting of monthly cash flows, income tax and terminal value. Month m's flow arrives at the end of the month:
 * t = (m + 1) / 12 years. The free cash flow discounted is unlevered (no interest, no debt flows) and after tax, at
 * the WACC — the enterprise DCF of Koller, Goedhart and Wessels, "Valuation" (McKinsey, 7th ed.), ch. 10 and 14;
 * Brealey, Myers and Allen, "Principles of Corporate Finance", ch. 6 and 19.
 */
public final class Finance {
    private Finance() {
    }

    /** NPV = Σ CF_m ÷ (1 + r)^((m + 1) / 12), r the yearly discount rate. */
    public static double npv(double[] monthlyCashFlows, double yearlyRate) {
        double monthly = Math.pow(1.0 + yearlyRate, 1.0 / 12.0);
        double factor = 1.0;
        double npv = 0;
        for (double cf : monthlyCashFlows) {
            factor /= monthly;
            npv += cf * factor;
        }
        return npv;
    }

    /**
     * Yearly IRR: the monthly rate i with Σ CF_m ÷ (1 + i)^(m + 1) = 0, as (1 + i)^12 − 1. It describes an investment:
     * money out first, returns after. A plan that earns before it invests (an existing fleet whose capex is sunk), or
     * whose cash flow turns so that several rates — or none — zero the NPV, has no meaningful IRR; the answer is then
     * null rather than whichever root a solver happens to find. Roots are located by scanning the NPV over monthly
     * rates from −99% to +1000% (evenly in log(1 + i)) and refined by bisection.
     */
    public static Double irr(double[] monthlyCashFlows) {
        if (!startsWithInvestment(monthlyCashFlows)) {
            return null;
        }
        double[] values = IrrScan.presentValues(monthlyCashFlows);
        double previousRate = IrrScan.RATES[0];
        double previous = values[0];
        double bracketLo = Double.NaN;
        double bracketHi = Double.NaN;
        double fLo = Double.NaN;
        int roots = previous == 0 ? 1 : 0;
        for (int k = 1; k <= IrrScan.STEPS; k++) {
            double rate = IrrScan.RATES[k];
            double value = values[k];
            if (value == 0 || Math.signum(value) == -Math.signum(previous) && previous != 0) {
                roots++;
                bracketLo = previousRate;
                bracketHi = rate;
                fLo = previous;
            }
            previousRate = rate;
            previous = value;
        }
        if (roots != 1 || Double.isNaN(bracketLo)) {
            return null;
        }
        for (int i = 0; i < 200 && bracketHi - bracketLo > 1e-13; i++) {
            double mid = 0.5 * (bracketLo + bracketHi);
            double fMid = presentValue(monthlyCashFlows, mid);
            if (Math.signum(fMid) == Math.signum(fLo)) {
                bracketLo = mid;
                fLo = fMid;
            } else {
                bracketHi = mid;
            }
        }
        return Math.pow(1.0 + 0.5 * (bracketLo + bracketHi), 12) - 1.0;
    }

    /**
     * The IRR's scan: monthly rates from −99% to +1000%, evenly in log(1 + i), and each rate's discount factor of
     * every month, 1 ÷ (1 + i) divided in once a month exactly as {@link #presentValue} does. The rates never change,
     * so the factors are worked out once; the scan's present values are then one multiply-add per rate and month,
     * each equal to the last bit to {@link #presentValue} at its rate.
     */
    private static final class IrrScan {
        static final int STEPS = 400;
        /** Enough for the longest horizon a plan allows (240 months) and a terminal value in its last month. */
        static final int MONTHS = 240;
        static final double[] RATES = new double[STEPS + 1];
        /** [month][rate], so that one month's flow is discounted at every rate in one pass over a row. */
        static final double[][] FACTORS = new double[MONTHS][STEPS + 1];

        static {
            double lo = Math.log(0.01);
            double hi = Math.log(11.0);
            for (int k = 0; k <= STEPS; k++) {
                RATES[k] = Math.exp(lo + (hi - lo) * k / STEPS) - 1.0;
                double factor = 1.0;
                for (int m = 0; m < MONTHS; m++) {
                    factor /= 1.0 + RATES[k];
                    FACTORS[m][k] = factor;
                }
            }
        }

        /** {@link Finance#presentValue} of the flows at each rate of the scan. */
        static double[] presentValues(double[] flows) {
            double[] pv = new double[STEPS + 1];
            if (flows.length > MONTHS) {
                for (int k = 0; k <= STEPS; k++) {
                    pv[k] = Finance.presentValue(flows, RATES[k]);
                }
                return pv;
            }
            for (int m = 0; m < flows.length; m++) {
                double cf = flows[m];
                double[] factors = FACTORS[m];
                for (int k = 0; k <= STEPS; k++) {
                    pv[k] += cf * factors[k];
                }
            }
            return pv;
        }
    }

    private static boolean startsWithInvestment(double[] flows) {
        for (double cf : flows) {
            if (cf != 0) {
                return cf < 0;
            }
        }
        return false;
    }

    private static double presentValue(double[] flows, double monthlyRate) {
        double pv = 0;
        double factor = 1.0;
        for (double cf : flows) {
            factor /= 1.0 + monthlyRate;
            pv += cf * factor;
        }
        return pv;
    }

    /**
     * First month index after which the cumulative cash flow stays at or above zero; 0 if it never goes negative;
     * null if it ends negative, or if there is no cash flow at all (nothing invested, nothing to pay back).
     */
    public static Integer paybackMonth(double[] monthlyCashFlows) {
        if (java.util.Arrays.stream(monthlyCashFlows).allMatch(cf -> cf == 0)) {
            return null;
        }
        double cumulative = 0;
        int lastNegative = -1;
        for (int m = 0; m < monthlyCashFlows.length; m++) {
            cumulative += monthlyCashFlows[m];
            if (cumulative < 0) {
                lastNegative = m;
            }
        }
        if (lastNegative == monthlyCashFlows.length - 1) {
            return null;
        }
        return lastNegative + 1;
    }
    /**
     * MACRS 5-year property (computers and peripheral equipment), general depreciation system, 200% declining
     * balance with the half-year convention: IRS Publication 946, Table A-1. Six tax years for a 5-year class.
     */
    static final double[] MACRS_5_YEAR = {0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576};

    /**
     * Tax depreciation of one asset, added month by month into {@code out} (months outside it are dropped). Tax
     * year k of the asset (its months 12k … 12k + 11 from {@code placedInService}) deducts rate_k ÷ 12 each month;
     * straight line deducts basis ÷ lifeMonths a month. Whatever basis is left when the asset is retired is deducted
     * in that month (a loss on disposal), as a retired asset leaves the tax books.
     *
     * @param macrs5 true for MACRS 5-year, false for straight line over lifeMonths
     * @return the basis deducted after {@code out}'s last month: what is left on the tax books at the horizon's end
     */
    static double addTaxDepreciation(double[] out, double basis, int placedInService, int retire, boolean macrs5,
                                     int lifeMonths) {
        double later = 0;
        double left = basis;
        int scheduleMonths = macrs5 ? MACRS_5_YEAR.length * 12 : lifeMonths;
        for (int j = 0; j < scheduleMonths && left > 0; j++) {
            int m = placedInService + j;
            if (m >= retire) {
                break;
            }
            double d = Math.min(left, macrs5 ? basis * MACRS_5_YEAR[j / 12] / 12.0 : basis / lifeMonths);
            left -= d;
            if (m >= 0 && m < out.length) {
                out[m] += d;
            } else if (m >= out.length) {
                later += d;
            }
        }
        if (left > 1e-9 * basis) {
            if (retire >= 0 && retire < out.length) {
                out[retire] += left;
            } else if (retire >= out.length) {
                later += left;
            }
        }
        return later;
    }

    /**
     * Cash income tax of each month on taxable income (EBIT after tax depreciation), with losses carried forward
     * without expiry and a carried-forward loss offsetting at most {@code nolLimit} of a month's taxable income
     * (IRC §172 as amended by the Tax Cuts and Jobs Act 2017: 80%). No refunds for losses (no carry-back).
     */
    static double[] incomeTax(double[] taxableIncome, double rate, double nolLimit) {
        double[] tax = new double[taxableIncome.length];
        double carried = 0;
        for (int m = 0; m < taxableIncome.length; m++) {
            double income = taxableIncome[m];
            if (income <= 0) {
                carried -= income;
                continue;
            }
            double used = Math.min(carried, income * nolLimit);
            carried -= used;
            tax[m] = rate * (income - used);
        }
        return tax;
    }

    /** The loss still carried forward after the last month of {@link #incomeTax}. */
    static double lossCarriedForward(double[] taxableIncome, double nolLimit) {
        double carried = 0;
        for (double income : taxableIncome) {
            carried = income <= 0 ? carried - income : carried - Math.min(carried, income * nolLimit);
        }
        return carried;
    }

    /** Present value at the start of the plan of an amount at the end of month {@code months − 1}. */
    public static double discountFromHorizonEnd(double amount, int months, double yearlyRate) {
        return amount / Math.pow(1.0 + yearlyRate, months / 12.0);
    }

    /**
     * Gordon growth continuing value at the horizon's end: next year's free cash flow ÷ (r − g), next year's flow being
     * the last twelve months' × (1 + g) (Koller, Goedhart, Wessels, "Valuation", 7th ed., ch. 14, key value driver
     * formula with the reinvestment folded into the flow). Undefined (NaN) unless r &gt; g.
     */
    public static double perpetuity(double lastYearFreeCashFlow, double yearlyRate, double growth) {
        if (yearlyRate <= growth) {
            return Double.NaN;
        }
        return lastYearFreeCashFlow * (1.0 + growth) / (yearlyRate - growth);
    }

    /** The flows with {@code terminal} added to the last month: what IRR and NPV "with terminal value" discount. */
    public static double[] withTerminal(double[] monthlyCashFlows, double terminal) {
        double[] out = monthlyCashFlows.clone();
        if (out.length > 0) {
            out[out.length - 1] += terminal;
        }
        return out;
    }
}
