package com.tokenfactory.app.gui.present;

/**
 * One slide of a presentation, as data: what it says, not how it is drawn. Built by {@link DeckBuilder} from a plan
 * and the engine's result; {@link SlideViews} turns it into JavaFX nodes.
 */
public sealed interface Slide permits TitleSlide, BuildOutSlide, ChartSlide, RangesSlide, AssumptionsSlide,
        ProblemsSlide {
    /** What the slide is about, e.g. "CapEx and committed spend". */
    String title();

    /** The one line with the key number, e.g. "CapEx $112B, 51% in 2029". */
    String headline();
}
