package com.tokenfactory.app.gui.present;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlideNumbersTest {
    @Test
    void moneyIsShortWithThreeFiguresAtMost() {
        assertEquals("$112B", SlideNumbers.money(112_361.9e6, "USD"));
        assertEquals("$4.6B", SlideNumbers.money(4_618.3e6, "USD"));
        assertEquals("$89.1B", SlideNumbers.money(89_087.8e6, "USD"));
        assertEquals("$485M", SlideNumbers.money(485.2e6, "USD"));
        assertEquals("\u2212$6.8B", SlideNumbers.money(-6_801.4e6, "USD"));
        assertEquals("$640", SlideNumbers.money(640, "USD"));
        assertEquals("1.2T EUR", SlideNumbers.money(1.234e12, "EUR"));
        // 999.96M rounds to 1,000M on screen: it is shown as the next unit instead
        assertEquals("$1.0B", SlideNumbers.money(999.96e6, "USD"));
        assertEquals("n/a", SlideNumbers.money(Double.NaN, "USD"));
    }

    @Test
    void countsEnergyAndPower() {
        assertEquals("2.1M", SlideNumbers.count(2_060_000));
        assertEquals("956K", SlideNumbers.count(956_000));
        assertEquals("5", SlideNumbers.count(5));
        assertEquals("178,000", SlideNumbers.whole(178_000));
        assertEquals("42.3 TWh", SlideNumbers.energyMwh(42_267_100));
        assertEquals("1.40 GWh", SlideNumbers.energyMwh(1_404.2));
        assertEquals("640 MWh", SlideNumbers.energyMwh(640));
        assertEquals("2.02 GW", SlideNumbers.powerMw(2_016.7));
        assertEquals("67.9 MW", SlideNumbers.powerMw(67.9));
        assertEquals("300 MW", SlideNumbers.powerMw(300));
    }

    @Test
    void percentagesAndRates() {
        assertEquals("51%", SlideNumbers.percent(0.5052));
        assertEquals("3.4%", SlideNumbers.percent(0.034));
        assertEquals("0%", SlideNumbers.percent(0.0));
        assertEquals("\u22125.0%", SlideNumbers.percent(-0.05));
        assertEquals("10.25%", SlideNumbers.rate(0.1025));
        assertEquals("40%", SlideNumbers.rate(0.4));
        assertEquals("1.6%", SlideNumbers.rate(0.016));
        assertEquals("14.0%", SlideNumbers.rateOneDecimal(0.14004));
        assertEquals("\u22122.5%", SlideNumbers.rateOneDecimal(-0.025));
        assertEquals("1.15", SlideNumbers.decimal(1.15));
        assertEquals("6", SlideNumbers.decimal(6.0));
    }

    @Test
    void months() {
        assertEquals("July 2031", SlideNumbers.month(YearMonth.of(2031, 7)));
        assertEquals("Jul 2031", SlideNumbers.shortMonth(YearMonth.of(2031, 7)));
    }
}
