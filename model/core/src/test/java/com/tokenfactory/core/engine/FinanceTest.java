package com.tokenfactory.core.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FinanceTest {
    @Test
    void npvDiscountsAtTheEndOfEachMonth() {
        // one flow of 1.1 at the end of month 12 is worth 1.0 today at 10% a year
        double[] flows = new double[12];
        flows[11] = 1.1;
        assertEquals(1.0, Finance.npv(flows, 0.10), 1e-12);
    }

    @Test
    void irrOfAOneYearDoublingIsOneHundredPercent() {
        // −1 at the end of month 1, +2 at the end of month 13: one year apart, money doubles
        double[] flows = new double[13];
        flows[0] = -1;
        flows[12] = 2;
        assertEquals(1.0, Finance.irr(flows), 1e-9);
        assertNull(Finance.irr(new double[]{1, 2, 3}));
    }

    @Test
    void irrMatchesAConventionalProjectAndRefusesAmbiguousOnes() {
        // −100 then 12 months of +10: the monthly rate i solves 100 = 10 × (1 − (1+i)^−12) / i → i ≈ 2.923%
        double[] flows = new double[13];
        flows[0] = -100;
        for (int m = 1; m <= 12; m++) {
            flows[m] = 10;
        }
        double monthly = Math.pow(1 + Finance.irr(flows), 1 / 12.0) - 1;
        double pv = -100 / (1 + monthly);
        for (int m = 1; m <= 12; m++) {
            pv += 10 / Math.pow(1 + monthly, m + 1);
        }
        assertEquals(0.0, pv, 1e-9);
        assertEquals(0.029229, monthly, 1e-5);
        // +, −, + flows with two IRRs (10% and 20% a month): no single answer
        assertNull(Finance.irr(new double[]{-1, 2.3, -1.32}));
        // earning before investing (a sunk fleet, then a build): a root exists but describes no investment
        assertNull(Finance.irr(new double[]{5, 5, -30, 10, 10, 10, -1}));
    }

    @Test
    void paybackIsTheMonthCumulativeCashStaysNonNegative() {
        assertEquals(2, Finance.paybackMonth(new double[]{-10, 5, 6, 1}));
        assertEquals(0, Finance.paybackMonth(new double[]{1, 1}));
        assertNull(Finance.paybackMonth(new double[]{-10, 5, 4}));
        // dipping below zero again resets payback
        assertEquals(4, Finance.paybackMonth(new double[]{-10, 11, -5, 3, 5}));
    }
}
