package com.tokenfactory.core.engine;

/** Discounting of monthly cash flows. Month m's flow arrives at the end of the month: t = (m + 1) / 12 years. */
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
        final int steps = 400;
        double lo = Math.log(0.01);
        double hi = Math.log(11.0);
        double previousRate = Math.exp(lo) - 1.0;
        double previous = presentValue(monthlyCashFlows, previousRate);
        double bracketLo = Double.NaN;
        double bracketHi = Double.NaN;
        int roots = previous == 0 ? 1 : 0;
        for (int k = 1; k <= steps; k++) {
            double rate = Math.exp(lo + (hi - lo) * k / steps) - 1.0;
            double value = presentValue(monthlyCashFlows, rate);
            if (value == 0 || Math.signum(value) == -Math.signum(previous) && previous != 0) {
                roots++;
                bracketLo = previousRate;
                bracketHi = rate;
            }
            previousRate = rate;
            previous = value;
        }
        if (roots != 1 || Double.isNaN(bracketLo)) {
            return null;
        }
        double fLo = presentValue(monthlyCashFlows, bracketLo);
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
}
