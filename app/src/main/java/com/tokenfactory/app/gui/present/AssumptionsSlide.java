package com.tokenfactory.app.gui.present;

import java.util.List;

/**
 * The key assumptions, each with where it comes from, and each site's power and electricity figures.
 *
 * @param otherSites one line about the sites without a line of their own, or null
 */
public record AssumptionsSlide(String title, String headline, List<Assumption> assumptions, List<SiteEnergy> sites,
                               String otherSites) implements Slide {
    public AssumptionsSlide {
        assumptions = List.copyOf(assumptions);
        sites = List.copyOf(sites);
    }

    /** "Discount rate (WACC)", "10.25% a year", and its source. */
    public record Assumption(String label, String value, String source) {
    }

    /**
     * A site's PUE and electricity price.
     *
     * @param price  e.g. "$80.6/MWh, +1.6% a year"
     * @param source the site's source text, or "no source given"
     */
    public record SiteEnergy(String site, String pue, String price, String source) {
    }
}
