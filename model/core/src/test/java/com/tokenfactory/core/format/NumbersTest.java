package com.tokenfactory.core.format;

import com.tokenfactory.core.result.Unit;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {
    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertEquals(2e13, Numbers.parse("20T"));
        assertEquals(1.5e9, Numbers.parse("1.5 B"));
        assertEquals(400_000, Numbers.parse("400k"));
        assertEquals(1275, Numbers.parse("1,275"));
        assertEquals(2e25, Numbers.parse("2e25"));
        assertEquals(-5, Numbers.parse("−5"));
        assertEquals(3.35, Numbers.parse(" 3.35 "));
        assertEquals(8192, Numbers.parseWhole("8,192"));
    }

    @Test
    void refusesWhatIsNotANumberInWords() {
        assertEquals("'abc' is not a number", assertThrows(NumberFormatException.class, () -> Numbers.parse("abc"))
                .getMessage());
        assertEquals("a number is needed", assertThrows(NumberFormatException.class, () -> Numbers.parse(" "))
                .getMessage());
        assertEquals("'8.5' is not a whole number",
                assertThrows(NumberFormatException.class, () -> Numbers.parseWhole("8.5")).getMessage());
    }

    @Test
    void writesMoneyWithAScaleLetter() {
        assertEquals("$4.6B", Numbers.money(4.62e9, "USD"));
        assertEquals("−$33.1B", Numbers.money(-3.31e10, "USD"));
        assertEquals("$845.3M", Numbers.money(8.453e8, "USD"));
        assertEquals("$950", Numbers.money(950, "USD"));
        assertEquals("EUR 1.2k", Numbers.money(1200, "EUR"));
        assertEquals("—", Numbers.money(Double.NaN, "USD"));
    }

    @Test
    void writesPricesCountsAndShares() {
        assertEquals("$0.090", Numbers.price(0.09, "USD"));
        assertEquals("$3.49", Numbers.price(3.49, "USD"));
        assertEquals("$45,125", Numbers.price(45_125, "USD"));
        assertEquals("20.0T", Numbers.count(2e13));
        assertEquals("37.7 quadrillion", Numbers.tokens(3.77e16));
        assertEquals("2.69 trillion", Numbers.tokens(2.694e12));
        assertEquals("30.1%", Numbers.percent(0.301));
        assertEquals("35,000", Numbers.whole(35_000));
        assertEquals("2,017", Numbers.plain(2016.7, 0));
        assertEquals("1.25", Numbers.plain(1.25, 2));
    }

    @Test
    void editableTextReadsBackExactly() {
        for (double v : new double[]{0.016, 1.25, 11_700_000, 2e25, 0.1025, 3.35, 1e-6, 1_234_567, 1.5e12, 4.0e26}) {
            assertEquals(v, Numbers.parse(Numbers.editable(v)), "round trip of " + v);
        }
        assertEquals("0.016", Numbers.editable(0.016));
        assertEquals("11.7M", Numbers.editable(11_700_000));
        assertEquals("20T", Numbers.editable(2e13));
        assertEquals("2e25", Numbers.editable(2e25));
        assertEquals("1275", Numbers.editable(1275));
        assertEquals("1234567", Numbers.editable(1_234_567), "no scale letter when it would need many digits");
    }

    @Test
    void fixedDecimalsCountsAndYears() {
        assertEquals("4,618.3", Numbers.fixed(4_618.31, 1));
        assertEquals("0.046", Numbers.fixed(0.0456, 3));
        assertEquals("—", Numbers.fixed(Double.NaN, 2));
        assertEquals("1 hall", Numbers.plural(1, "hall"));
        assertEquals("1,200 more sites", Numbers.plural(1_200, "more site"));
        assertEquals("2027–2031", Numbers.years(YearMonth.of(2027, 1), YearMonth.of(2031, 12)));
        assertEquals("2027", Numbers.years(YearMonth.of(2027, 1), YearMonth.of(2027, 6)));
    }

    @Test
    void labelsGoInsideSentences() {
        assertEquals("critical IT power", Numbers.inSentence("Critical IT power"));
        assertEquals("PUE", Numbers.inSentence("PUE"));
        assertEquals("GPUs", Numbers.inSentence("GPUs"));
    }

    @Test
    void tablesKeepThreeSignificantFiguresWithTheUnitsReadersUse() {
        // the examples, from the PDF report before this formatter: 2694166.07T, 42.27M MWh, 0.09/0.0723
        assertEquals("56.3 quadrillion", Numbers.tokens(5.63e16));
        assertEquals("56.3 quadrillion tokens", Numbers.figure(56.26e15, Unit.TOKENS, "USD"));
        assertEquals("42.3 TWh", Numbers.energyMwh(42_267_000));
        assertEquals("1.40 GWh", Numbers.energyMwh(1_404));
        assertEquals("850 MWh", Numbers.energyMwh(850));
        assertEquals("2.02 GW", Numbers.powerMw(2_016.7));
        assertEquals("67.9 MW", Numbers.powerMw(67.9));
        assertEquals("\u2212$33.2B", Numbers.moneyFigure(-33_205.3e6, "USD"));
        assertEquals("$4.39B", Numbers.moneyFigure(4.39e9, "USD"));
        assertEquals("$11.0B", Numbers.moneyFigure(11e9, "USD"));
        assertEquals("$0.0900", Numbers.moneyFigure(0.09, "USD"));
        assertEquals("$0.0723", Numbers.moneyFigure(0.0723, "USD"));
        assertEquals("$1.00M", Numbers.moneyFigure(999_950, "USD"));
        assertEquals("EUR 845M", Numbers.moneyFigure(845.3e6, "EUR"));
        assertEquals("0", Numbers.countFigure(0));
        assertEquals("35.0k GPUs", Numbers.figure(35_000, Unit.GPUS, "USD"));
        assertEquals("2.00e25 FLOP", Numbers.figure(2e25, Unit.FLOP, "USD"));
        assertEquals("845,000", Numbers.tokens(845_000));
        assertEquals("30.0%", Numbers.share(0.3));
    }

    @Test
    void chartTicksDropTrailingZeros() {
        assertEquals("1.25M", Numbers.compact(1_250_000));
        assertEquals("1.5M", Numbers.compact(1_500_000));
        assertEquals("2M", Numbers.compact(2_000_000));
        assertEquals("850", Numbers.compact(850));
        assertEquals("0.35", Numbers.compact(0.35));
        assertEquals("\u2212400k", Numbers.compact(-400_000));
        assertEquals("0", Numbers.compact(0));
        assertEquals("100", Numbers.compact(100));
    }

    @Test
    void engineMessagesWriteTokensInWords() {
        // RunFindings' unserved-demand warnings (formerly engine.Amounts, now this one formatter)
        assertEquals("21.6 quadrillion", Numbers.tokens(2.16e16));
        assertEquals("1.00 trillion", Numbers.tokens(1e12));
        assertEquals("830 billion", Numbers.tokens(8.3e11));
        assertEquals("2.50 million", Numbers.tokens(2.5e6));
        assertEquals("12,345", Numbers.tokens(12_345));
    }
}
