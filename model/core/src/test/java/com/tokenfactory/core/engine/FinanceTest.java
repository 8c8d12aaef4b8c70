package com.tokenfactory.core.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @Test
    void macrsFiveYearDeductsTheIrsTableOverSixTaxYears() {
        // 1,000,000 placed in service in month 0: tax year 1 deducts 20% (200,000 over 12 months), year 2 32%, …
        double[] out = new double[72];
        Finance.addTaxDepreciation(out, 1_000_000, 0, 1000, true, 60);
        assertEquals(200_000 / 12.0, out[0], 1e-6);
        assertEquals(320_000 / 12.0, out[12], 1e-6);
        assertEquals(57_600 / 12.0, out[71], 1e-6);
        assertEquals(1_000_000, java.util.Arrays.stream(out).sum(), 1e-6);
    }

    @Test
    void aRetiredAssetDeductsItsRemainingTaxBasisWhenItLeaves() {
        // straight line over 60 months, retired after 24: 24 × 1/60 deducted, then the 36/60 left in month 24
        double[] out = new double[36];
        Finance.addTaxDepreciation(out, 600, 0, 24, false, 60);
        assertEquals(10, out[23], 1e-12);
        assertEquals(360, out[24], 1e-9);
        assertEquals(0, out[25]);
    }

    @Test
    void lossesCarryForwardAndOffsetAtMostEightyPercentOfLaterIncome() {
        // −100 in month 0 carried; +100 in month 1: 80 offset, 20 taxed at 21%; the last 20 of loss offsets month 2
        double[] tax = Finance.incomeTax(new double[]{-100, 100, 100}, 0.21, 0.80);
        assertEquals(0, tax[0]);
        assertEquals(0.21 * 20, tax[1], 1e-12);
        assertEquals(0.21 * 80, tax[2], 1e-12);
    }

    @Test
    void perpetuityIsNextYearsFlowOverRateLessGrowth() {
        assertEquals(1.02 * 100 / (0.10 - 0.02), Finance.perpetuity(100, 0.10, 0.02), 1e-9);
        assertTrue(Double.isNaN(Finance.perpetuity(100, 0.05, 0.05)));
        // a value at the end of month 24 is discounted two years
        assertEquals(100 / 1.21, Finance.discountFromHorizonEnd(100, 24, 0.10), 1e-9);
    }
}
