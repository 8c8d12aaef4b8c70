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
     * Yearly IRR: the monthly rate i with Σ CF_m ÷ (1 + i)^(m + 1) = 0, found by bisection, as (1 + i)^12 − 1.
     * Null when the flows never change sign or no root lies between −99% and +1000% a month.
     */
    public static Double irr(double[] monthlyCashFlows) {
        boolean positive = false;
        boolean negative = false;
        for (double cf : monthlyCashFlows) {
            positive |= cf > 0;
            negative |= cf < 0;
        }
        if (!positive || !negative) {
            return null;
        }
        double lo = -0.99;
        double hi = 10.0;
        double fLo = presentValue(monthlyCashFlows, lo);
        double fHi = presentValue(monthlyCashFlows, hi);
        if (Math.signum(fLo) == Math.signum(fHi)) {
            return null;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
            double mid = 0.5 * (lo + hi);
            double fMid = presentValue(monthlyCashFlows, mid);
            if (Math.signum(fMid) == Math.signum(fLo)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return Math.pow(1.0 + 0.5 * (lo + hi), 12) - 1.0;
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
     * null if it ends negative.
     */
    public static Integer paybackMonth(double[] monthlyCashFlows) {
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
