package com.tokenfactory.app.gui.present;

/**
 * The opening slide.
 *
 * @param title       the plan's name
 * @param description the plan's description, or null when it has none
 * @param headline    the horizon, e.g. "January 2027 – December 2031 · 60 months · amounts in USD"
 * @param scenario    the scenario shown ("Scenario: Grid a year late — …") or "Base plan"
 * @param date        the day of the presentation, e.g. "12 March 2026"
 */
public record TitleSlide(String title, String description, String headline, String scenario, String date)
        implements Slide {
}
