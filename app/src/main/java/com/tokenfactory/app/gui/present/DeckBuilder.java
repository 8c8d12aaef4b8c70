package com.tokenfactory.app.gui.present;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.Ranges;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the slides of a plan: runs the engine (under the scenario, if one is named) and turns its result into a
 * {@link Deck}. Plain Java and headless: run it on a worker thread. Never changes the plan (plans are immutable).
 *
 * <p>The slides, in order: title; the build-out at a glance; CapEx (by plan year); electricity (by plan year); yield
 * (by plan year); capacity vs demand (monthly); payback (cash flow, monthly); when the plan has uncertain inputs,
 * its ranges (the cash flow's fan beside the NPV histogram, then the NPV tornado, over 2,000 trials, seed 1, as
 * {@code tokenfactory simulate} prints them); key assumptions; plan problems (only
 * when the plan has errors or warnings). Under a scenario, the build-out and the assumptions are the plan as the
 * scenario changes it (a later grid date, other electricity prices), as the engine ran it.
 */
public final class DeckBuilder {
    private DeckBuilder() {
    }

    /**
     * @param scenarioId a scenario of the plan, or null for the base plan
     * @param date       the date the title slide shows
     * @param style      the charts' look (match the presentation's theme)
     * @throws IllegalArgumentException when the plan has no scenario with that id
     */
    public static Deck build(Plan plan, String scenarioId, LocalDate date, ChartStyle style) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(style, "style");
        Scenario scenario = scenario(plan, scenarioId).orElse(null);
        Plan shown = scenario == null ? plan : scenario.applyTo(plan);
        SimulationResult r = scenario == null ? Engine.simulate(plan) : Engine.simulate(plan, scenario);
        List<Slide> slides = new ArrayList<>();
        slides.add(TitleSlides.of(plan, scenario, r, date));
        slides.add(BuildOutSlides.of(shown, r));
        slides.add(chart(ChartKind.CAPEX, "CapEx and committed spend", ChartHeadlines.capex(r), r, Period.YEARLY, style));
        slides.add(chart(ChartKind.ELECTRICITY, "Electricity", ChartHeadlines.electricity(r), r, Period.YEARLY, style));
        slides.add(chart(ChartKind.YIELD, "Yield: revenue, cost, margin and utilization", ChartHeadlines.yield(r), r,
                Period.YEARLY, style));
        slides.add(chart(ChartKind.CAPACITY, "Capacity vs demand", ChartHeadlines.capacity(r), r, Period.MONTHLY, style));
        slides.add(chart(ChartKind.CASH_FLOW, "Payback", ChartHeadlines.payback(r, shown.assumptions().discountRate()), r,
                Period.MONTHLY, style));
        Ranges.of(plan, scenario).ifPresent(ranges -> slides.addAll(RangesSlides.of(ranges, style)));
        slides.add(AssumptionsSlides.of(shown));
        ProblemsSlides.of(r).ifPresent(slides::add);
        return new Deck(plan.name(), scenario == null ? null : scenario.name(), r, slides);
    }

    /**
     * The plan's scenario with this id; empty for a null id.
     *
     * @throws IllegalArgumentException when the plan has no scenario with that id
     */
    public static Optional<Scenario> scenario(Plan plan, String scenarioId) {
        if (scenarioId == null) {
            return Optional.empty();
        }
        return Optional.of(plan.scenarios().stream().filter(s -> s.id().equals(scenarioId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan has no scenario '" + scenarioId + "' (it has "
                        + plan.scenarios().stream().map(Scenario::id).toList() + ")")));
    }

    private static ChartSlide chart(ChartKind kind, String title, String headline, SimulationResult r, Period period,
                                    ChartStyle style) {
        return new ChartSlide(title, headline, kind, period, PresentationCharts.create(kind, r, period, style));
    }
}
