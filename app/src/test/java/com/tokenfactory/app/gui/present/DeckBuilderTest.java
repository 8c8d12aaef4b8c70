package com.tokenfactory.app.gui.present;

import com.tokenfactory.app.gui.present.AssumptionsSlide.Assumption;
import com.tokenfactory.app.gui.present.BuildOutSlide.GpuTimeline;
import com.tokenfactory.app.gui.present.BuildOutSlide.SiteCard;
import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.testing.SyntheticPlans;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slides without a window: their order, and headlines that carry the engine's numbers. */
class DeckBuilderTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 12);
    private static final Plan FIVE_YEAR = Samples.open(Samples.FIVE_YEAR_COMMITMENT);

    private static Deck deck(Plan plan, String scenario) {
        return DeckBuilder.build(plan, scenario, DATE, ChartStyle.DARK);
    }

    @Test
    void theSlidesComeInTheirOrderAndTheProblemsSlideCloses() {
        Deck d = deck(FIVE_YEAR, null);
        assertEquals(List.of("Five-year commitment", "The build-out at a glance", "CapEx and committed spend",
                "Electricity", "Yield: revenue, cost, margin and utilization", "Capacity vs demand", "Payback",
                "Ranges: cash flow and NPV", "What moves NPV", "Key assumptions", "Plan problems"),
                d.slides().stream().map(Slide::title).toList());
        List<ChartSlide> charts = d.slides().stream().filter(ChartSlide.class::isInstance).map(ChartSlide.class::cast)
                .toList();
        assertEquals(List.of(ChartKind.CAPEX, ChartKind.ELECTRICITY, ChartKind.YIELD, ChartKind.CAPACITY,
                ChartKind.CASH_FLOW), charts.stream().map(ChartSlide::kind).toList());
        assertEquals(List.of(Period.YEARLY, Period.YEARLY, Period.YEARLY, Period.MONTHLY, Period.MONTHLY),
                charts.stream().map(ChartSlide::period).toList());
        for (ChartSlide c : charts) {
            assertNull(c.chart().getTitle(), "the slide's title replaces the chart's");
            assertEquals(ChartStyle.DARK.background(), c.chart().getBackgroundPaint());
        }
    }

    @Test
    void titleSlideNamesPlanHorizonScenarioAndDate() {
        TitleSlide t = (TitleSlide) deck(FIVE_YEAR, null).slide(0);
        assertEquals("Five-year commitment", t.title());
        assertEquals(FIVE_YEAR.description(), t.description());
        assertEquals("January 2027 – December 2031 · 60 months · amounts in USD", t.headline());
        assertEquals("Base plan", t.scenario());
        assertEquals("12 March 2026", t.date());
        TitleSlide s = (TitleSlide) deck(FIVE_YEAR, "grid-late").slide(0);
        assertTrue(s.scenario().startsWith("Scenario: Grid a year late"), s.scenario());
    }

    @Test
    void capexHeadlineIsTheEnginesTotalAndItsLargestYear() {
        SimulationResult r = Engine.simulate(FIVE_YEAR);
        double total = r.years().stream().mapToDouble(PeriodSummary::capex).sum();
        PeriodSummary peak = r.years().stream().max(Comparator.comparingDouble(PeriodSummary::capex)).orElseThrow();
        assertEquals(r.kpis().horizon().capex(), total, 1e-3 * total);
        String expected = "CapEx " + SlideNumbers.money(total, "USD") + ", " + SlideNumbers.percent(peak.capex() / total)
                + " in " + r.month(peak.fromMonth()).getYear();
        assertEquals(expected, headline(deck(FIVE_YEAR, null), "CapEx and committed spend"));
        // the sample's figures: $127B with networking, storage, spares and soft costs, half of it in 2029
        assertEquals("CapEx $127B, 50% in 2029", expected);
    }

    @Test
    void paybackHeadlineIsTheEnginesPaybackMonthNpvAndIrr() {
        SimulationResult r = Engine.simulate(FIVE_YEAR);
        assertNull(r.kpis().paybackMonth(), "the sample does not pay back within its five years");
        assertEquals("No payback by December 2031; NPV after tax " + SlideNumbers.money(r.kpis().npv(), "USD")
                        + " at 10.25%, IRR " + SlideNumbers.rateOneDecimal(r.kpis().irr()),
                headline(deck(FIVE_YEAR, null), "Payback"));
        assertEquals("No payback by December 2031; NPV after tax −$783M at 10.25%, IRR 9.9%",
                headline(deck(FIVE_YEAR, null), "Payback"));
        SimulationResult fungible = Engine.simulate(Samples.open(Samples.FUNGIBLE_FLEET));
        assertEquals("Pays back in " + SlideNumbers.month(fungible.kpis().paybackYearMonth()) + "; NPV after tax "
                + SlideNumbers.money(fungible.kpis().npv(), "USD") + " at 10.25%",
                headline(deck(Samples.open(Samples.FUNGIBLE_FLEET), null), "Payback"));
    }

    @Test
    void otherChartHeadlinesCarryTheEnginesHorizonFigures() {
        SimulationResult r = Engine.simulate(FIVE_YEAR);
        PeriodSummary h = r.kpis().horizon();
        Deck d = deck(FIVE_YEAR, null);
        assertEquals(SlideNumbers.energyMwh(h.electricityMwh()) + " for " + SlideNumbers.money(h.electricityCost(), "USD")
                + " over 2027–2031; peak draw " + SlideNumbers.powerMw(r.kpis().peakFacilityMw()), headline(d, "Electricity"));
        assertEquals("Revenue " + SlideNumbers.money(h.revenue(), "USD") + ", margin " + SlideNumbers.money(h.margin(), "USD")
                        + " (" + SlideNumbers.percent(h.marginShare()) + "), utilization " + SlideNumbers.percent(h.utilization()),
                headline(d, "Yield: revenue, cost, margin and utilization"));
        PeriodSummary worst = r.years().stream().max(Comparator.comparingDouble(PeriodSummary::unservedShare)).orElseThrow();
        assertEquals(SlideNumbers.percent(h.unservedShare()) + " of token demand unserved, worst in "
                + r.month(worst.fromMonth()).getYear() + " (" + SlideNumbers.percent(worst.unservedShare()) + ")",
                headline(d, "Capacity vs demand"));
    }

    @Test
    void aScenarioIsPresentedAsTheEngineRunsIt() {
        SimulationResult r = Engine.simulate(FIVE_YEAR, "grid-late");
        Deck d = deck(FIVE_YEAR, "grid-late");
        assertEquals("Grid a year late", d.scenarioName());
        assertEquals(r.kpis().npv(), d.result().kpis().npv());
        assertTrue(r.kpis().npv() < Engine.simulate(FIVE_YEAR).kpis().npv(), "the late grid is worth less");
        assertTrue(headline(d, "Payback").contains("NPV after tax " + SlideNumbers.money(r.kpis().npv(), "USD")),
                headline(d, "Payback"));
        // the build-out shows the grid as the scenario delays it
        SiteCard texas = ((BuildOutSlide) d.slide(1)).sites().get(0);
        assertEquals("Texas campus", texas.name());
        assertEquals(FIVE_YEAR.sites().get(0).gridAvailable().plusMonths(12), texas.gridAvailable());
    }

    @Test
    void theRangesSlidesCarryTheTrialsFiguresUnderTheScenario() {
        Deck d = deck(FIVE_YEAR, "grid-late");
        MonteCarloResult r = MonteCarlo.run(FIVE_YEAR, FIVE_YEAR.scenarios().stream()
                .filter(s -> s.id().equals("grid-late")).findFirst().orElseThrow(), MonteCarlo.Settings.of(2_000, 1));
        MonteCarloResult.Spread npv = r.kpi(Kpi.NPV);
        RangesSlide fan = (RangesSlide) d.slides().stream().filter(s -> s.title().equals("Ranges: cash flow and NPV"))
                .findFirst().orElseThrow();
        assertEquals("NPV " + SlideNumbers.money(npv.percentile(0.1), "USD") + " to "
                + SlideNumbers.money(npv.percentile(0.9), "USD") + " (P10–P90); "
                + SlideNumbers.percent(r.probabilityOfLoss()) + " chance of a loss", fan.headline());
        assertEquals(2, fan.charts().size());
        var band = (org.jfree.data.xy.YIntervalSeriesCollection) fan.charts().get(0).getXYPlot().getDataset(3);
        assertEquals(r.fan(Metric.CASH).p90()[59], band.getEndYValue(0, 59), "the fan is the cash flow's, drawn");
        RangesSlide tornado = (RangesSlide) d.slides().stream().filter(s -> s.title().equals("What moves NPV"))
                .findFirst().orElseThrow();
        assertTrue(tornado.headline().startsWith("NPV " + SlideNumbers.money(d.result().kpis().npv(), "USD")
                + "; it swings most with "), tornado.headline());
        assertTrue(deck(SyntheticPlans.large(1), null).slides().stream().noneMatch(RangesSlide.class::isInstance),
                "a plan without uncertain inputs has no ranges slides");
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> deck(FIVE_YEAR, "nope"));
        assertTrue(e.getMessage().contains("no scenario 'nope'") && e.getMessage().contains("grid-late"), e.getMessage());
    }

    @Test
    void buildOutCardsShowHallsPowerOnAndGpusBySku() {
        BuildOutSlide b = (BuildOutSlide) deck(FIVE_YEAR, null).slide(1);
        assertEquals(3, b.sites().size());
        assertNull(b.otherSites());
        SiteCard texas = b.sites().get(0);
        assertEquals("US-South (ERCOT)", texas.region());
        assertEquals(1500, texas.gridMw());
        assertEquals(1.15, texas.pue());
        assertEquals(3, texas.halls().size());
        // hall 1 is built by 2027-09 and waits for the grid (2028-06)
        assertEquals(YearMonth.of(2028, 6), texas.halls().get(0).powerOn());
        assertEquals(9, texas.halls().get(0).monthsWaitingForGrid());
        assertEquals(0, texas.halls().get(2).monthsWaitingForGrid());
        long planned = FIVE_YEAR.sites().get(0).halls().stream().flatMap(p -> p.gpuPods().stream())
                .mapToLong(dep -> dep.gpus()).sum();
        assertEquals(planned, texas.gpus().stream().mapToLong(BuildOutSlide.GpuCount::gpus).sum());
        SimulationResult r = Engine.simulate(FIVE_YEAR);
        assertTrue(b.headline().startsWith("2.60 GW on 3 sites: up to "
                + SlideNumbers.count(r.totals().gpusOwned().max()) + " GPUs online by "), b.headline());
        SimulationResult crunch = Engine.simulate(Samples.open(Samples.CAPACITY_CRUNCH));
        assertTrue(deck(Samples.open(Samples.CAPACITY_CRUNCH), null).slide(1).headline()
                .endsWith("; " + SlideNumbers.count(crunch.totals().gpusRented().max()) + " rented"));
    }

    @Test
    void theGpuTimelineIsTheEnginesFleetMonthByMonth() {
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            SimulationResult r = Engine.simulate(plan);
            GpuTimeline t = ((BuildOutSlide) deck(plan, null).slide(1)).timeline();
            assertEquals(r.months(), t.months());
            for (int m = 0; m < r.months(); m++) {
                int month = m;
                double stacked = t.bands().stream().mapToDouble(band -> band.gpus(month)).sum();
                assertEquals(r.totals().gpusOwned().get(m) + r.totals().gpusRented().get(m), stacked, 1e-6,
                        sample.fileName() + " month " + m);
            }
        }
    }

    @Test
    void aLargePlanKeepsItsLargestSitesAsCardsAndSumsUpTheRest() {
        Plan large = SyntheticPlans.large(1);
        Deck d = deck(large, null);
        BuildOutSlide b = (BuildOutSlide) d.slide(1);
        // partner clouds take the second row of cards
        assertEquals(BuildOutSlides.MAX_SITE_CARDS / 2, b.sites().size());
        assertTrue(b.otherSites().startsWith("and " + (large.sites().size() - b.sites().size()) + " more sites: "),
                b.otherSites());
        assertEquals(BuildOutSlides.MAX_PARTNER_CARDS, b.partners().size());
        assertTrue(b.otherPartners().startsWith("and " + (large.partners().size() - b.partners().size())
                + " more partner contracts"), b.otherPartners());
        double largestOther = large.sites().stream().filter(s -> b.sites().stream().noneMatch(c -> c.name().equals(s.name())))
                .mapToDouble(BuildOutSlides::criticalItMw).max().orElseThrow();
        double smallestShown = large.sites().stream().filter(s -> b.sites().stream().anyMatch(c -> c.name().equals(s.name())))
                .mapToDouble(BuildOutSlides::criticalItMw).min().orElseThrow();
        assertTrue(smallestShown >= largestOther, "the largest sites get the cards");
        AssumptionsSlide a = (AssumptionsSlide) d.slides().stream().filter(AssumptionsSlide.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(AssumptionsSlides.MAX_SITE_LINES - 1, a.sites().size());
        assertTrue(a.otherSites().startsWith("and 96 more sites: PUE "), a.otherSites());
        String decline = a.assumptions().stream().filter(x -> x.label().equals("Token price decline")).findFirst()
                .orElseThrow().source();
        assertTrue(decline.endsWith(" and " + (large.services().size() - AssumptionsSlides.MAX_SERVICES_NAMED)
                + " more services"), decline);
        ProblemsSlide p = (ProblemsSlide) d.slide(d.size() - 1);
        long problems = d.result().count(Severity.ERROR) + d.result().count(Severity.WARNING);
        assertEquals(ProblemsSlides.MAX_LINES - 1, p.problems().size());
        assertTrue(p.otherProblems().startsWith("and " + (problems - p.problems().size()) + " more problems"),
                p.otherProblems());
        assertEquals(Severity.ERROR, p.problems().get(0).severity(), "errors first");
    }

    @Test
    void assumptionsCarryTheirSources() {
        AssumptionsSlide a = (AssumptionsSlide) deck(FIVE_YEAR, null).slides().stream()
                .filter(AssumptionsSlide.class::isInstance).findFirst().orElseThrow();
        Assumption rate = a.assumptions().get(0);
        assertEquals("Discount rate (WACC)", rate.label());
        assertEquals("10.25% a year", rate.value());
        assertEquals(Assumptions.SOURCES.get("discountRate").source(), rate.source());
        Assumption software = a.assumptions().stream().filter(x -> x.label().equals("Software efficiency gain"))
                .findFirst().orElseThrow();
        assertEquals("+40% a year", software.value());
        assertTrue(software.source().startsWith(AssumptionsSlides.SET_IN_PLAN + "; the built-in default is 0% a year"),
                software.source());
        assertEquals(List.of("Texas campus", "Ohio campus", "Pennsylvania campus"),
                a.sites().stream().map(AssumptionsSlide.SiteEnergy::site).toList());
        assertEquals("PUE 1.15", a.sites().get(0).pue());
        assertEquals("$80.6/MWh, +1.6% a year", a.sites().get(0).price());
        assertEquals(FIVE_YEAR.sites().get(0).source(), a.sites().get(0).source());
        assertEquals("WACC 10.25%, software +40% a year, token prices \u221240% a year", a.headline());
        // services with their own price declines: the range, and each service in the source
        AssumptionsSlide fleet = (AssumptionsSlide) deck(Samples.open(Samples.FUNGIBLE_FLEET), null).slides().stream()
                .filter(AssumptionsSlide.class::isInstance).findFirst().orElseThrow();
        Assumption decline = fleet.assumptions().stream().filter(x -> x.label().equals("Token price decline"))
                .findFirst().orElseThrow();
        assertEquals("\u221220% to \u221230% a year", decline.value());
        assertTrue(decline.source().contains("Enterprise copilots (HIPAA) \u221220%"), decline.source());
    }

    @Test
    void anEmptyPlanGivesSlidesThatSayWhatIsMissingAndNoProblemsSlide() {
        Plan empty = Plan.empty("Blank plan", YearMonth.of(2027, 1), BuiltInCatalog.skus());
        Deck d = deck(empty, null);
        assertEquals(0, d.result().count(Severity.ERROR) + d.result().count(Severity.WARNING));
        assertEquals(8, d.size(), "no problems slide when there are no problems");
        assertFalse(d.slides().stream().anyMatch(ProblemsSlide.class::isInstance));
        for (Slide s : d.slides()) {
            assertFalse(s.headline().contains("NaN") || s.headline().contains("n/a"), s.headline());
        }
        assertEquals("Nothing is built or rented yet", d.slide(1).headline());
        assertEquals("No capital spending and no committed partner contracts", d.slide(2).headline());
        assertTrue(d.slide(6).headline().startsWith("Cash-positive from the first month")
                || d.slide(6).headline().startsWith("No payback"), d.slide(6).headline());
        assertInstanceOf(BuildOutSlide.class, d.slide(1));
        assertTrue(((BuildOutSlide) d.slide(1)).timeline().bands().isEmpty());
    }

    private static String headline(Deck d, String title) {
        return d.slides().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().headline();
    }
}
