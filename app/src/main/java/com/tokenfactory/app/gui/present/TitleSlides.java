package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The opening slide: plan name, description, horizon, scenario and the date of the presentation. */
final class TitleSlides {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    private TitleSlides() {
    }

    static TitleSlide of(Plan plan, Scenario scenario, SimulationResult r, LocalDate date) {
        String horizon = SlideNumbers.month(r.start()) + " – " + SlideNumbers.month(PlanYears.lastMonth(r)) + " · "
                + r.months() + " months · amounts in " + r.currency();
        String scenarioLine = scenario == null ? "Base plan"
                : "Scenario: " + scenario.name() + (scenario.description() == null ? "" : " — " + scenario.description());
        return new TitleSlide(plan.name(), plan.description(), horizon, scenarioLine, DATE.format(date));
    }
}
