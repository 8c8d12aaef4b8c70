package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.present.AssumptionsSlide.Assumption;
import com.tokenfactory.app.gui.present.AssumptionsSlide.SiteEnergy;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * The key-assumptions slide: discount rate, lives, software gain, token price decline, planning headroom, and each
 * site's PUE and electricity price, each with its source. A figure equal to the built-in default carries the default's
 * source ({@link Assumptions#SOURCES}); a figure the plan sets itself says so and names the default.
 */
final class AssumptionsSlides {
    static final String TITLE = "Key assumptions";
    static final int MAX_SITE_LINES = 5;
    static final String SET_IN_PLAN = "Set in this plan";
    static final int MAX_SERVICES_NAMED = 6;

    private AssumptionsSlides() {
    }

    static AssumptionsSlide of(Plan plan) {
        Assumptions a = plan.assumptions();
        List<Assumption> lines = new ArrayList<>();
        lines.add(line("Discount rate (WACC)", "discountRate", a.discountRate(), v -> SlideNumbers.rate(v) + " a year"));
        lines.add(line("IT book life", "bookLifeYears", a.bookLifeYears(), AssumptionsSlides::years));
        lines.add(line("GPU economic life", "economicLifeYears", a.economicLifeYears(), AssumptionsSlides::years));
        lines.add(line("Facility life", "facilityLifeYears", a.facilityLifeYears(), AssumptionsSlides::years));
        lines.add(line("Software efficiency gain", "softwareEfficiencyGainPerYear", a.softwareEfficiencyGainPerYear(),
                v -> signed(v) + " a year"));
        lines.add(tokenPriceDecline(plan));
        lines.add(line("Planning headroom", "planningHeadroom", a.planningHeadroom(),
                v -> SlideNumbers.rate(v) + " kept free"));
        List<Site> shown = plan.sites().size() <= MAX_SITE_LINES ? plan.sites()
                : plan.sites().stream().sorted(Comparator.comparingDouble(BuildOutSlides::criticalItMw).reversed())
                .limit(MAX_SITE_LINES - 1).toList();
        List<SiteEnergy> sites = plan.sites().stream().filter(shown::contains).map(AssumptionsSlides::energy).toList();
        return new AssumptionsSlide(TITLE, headline(plan), lines, sites, otherSites(plan, shown));
    }

    /** "WACC 10.25%, software +40% a year, token prices −40% a year". */
    static String headline(Plan plan) {
        Assumptions a = plan.assumptions();
        return "WACC " + SlideNumbers.rate(a.discountRate()) + ", software " + signed(a.softwareEfficiencyGainPerYear())
                + " a year, token prices " + declines(plan) + " a year";
    }

    private static Assumption line(String label, String field, double value, DoubleFunction<String> format) {
        Sourced builtIn = Assumptions.SOURCES.get(field);
        String source = builtIn.value() == value ? builtIn.source()
                : SET_IN_PLAN + "; the built-in default is " + format.apply(builtIn.value()) + " (" + builtIn.source() + ")";
        return new Assumption(label, format.apply(value), source);
    }

    /** Services may set their own decline; the plan's figure is the default for those that do not. */
    private static Assumption tokenPriceDecline(Plan plan) {
        Assumption planWide = line("Token price decline", "tokenPriceDeclinePerYear",
                plan.assumptions().tokenPriceDeclinePerYear(), v -> fall(v) + " a year");
        if (plan.services().stream().allMatch(s -> s.priceDeclinePerYear() == null)) {
            return planWide;
        }
        String byService = plan.services().stream().limit(MAX_SERVICES_NAMED)
                .map(s -> s.name() + " " + fall(decline(plan, s)))
                .collect(Collectors.joining(", "));
        if (plan.services().size() > MAX_SERVICES_NAMED) {
            byService += " and " + Numbers.plural(plan.services().size() - MAX_SERVICES_NAMED, "more service");
        }
        return new Assumption(planWide.label(), declines(plan) + " a year",
                "Set per service in this plan: " + byService);
    }

    /** "−40%", or "−20% to −30%" when services differ. */
    private static String declines(Plan plan) {
        double min = plan.services().stream().mapToDouble(s -> decline(plan, s)).min()
                .orElse(plan.assumptions().tokenPriceDeclinePerYear());
        double max = plan.services().stream().mapToDouble(s -> decline(plan, s)).max()
                .orElse(plan.assumptions().tokenPriceDeclinePerYear());
        return min == max ? fall(min) : fall(min) + " to " + fall(max);
    }

    private static double decline(Plan plan, InferenceService s) {
        return s.priceDeclinePerYear() != null ? s.priceDeclinePerYear() : plan.assumptions().tokenPriceDeclinePerYear();
    }

    private static SiteEnergy energy(Site s) {
        String price = "$" + SlideNumbers.decimal(s.electricityUsdPerMwh()) + "/MWh, "
                + signed(s.electricityEscalationPerYear()) + " a year";
        return new SiteEnergy(s.name(), "PUE " + SlideNumbers.decimal(s.pue()), price,
                s.source() == null ? "no source given" : s.source());
    }

    private static String otherSites(Plan plan, List<Site> shown) {
        List<Site> rest = plan.sites().stream().filter(s -> !shown.contains(s)).toList();
        if (rest.isEmpty()) {
            return null;
        }
        return "and " + Numbers.plural(rest.size(), "more site") + ": PUE "
                + range(rest.stream().mapToDouble(Site::pue).min().orElseThrow(),
                rest.stream().mapToDouble(Site::pue).max().orElseThrow(), SlideNumbers::decimal)
                + ", $" + range(rest.stream().mapToDouble(Site::electricityUsdPerMwh).min().orElseThrow(),
                rest.stream().mapToDouble(Site::electricityUsdPerMwh).max().orElseThrow(), SlideNumbers::decimal)
                + "/MWh";
    }

    private static String range(double min, double max, DoubleFunction<String> format) {
        return min == max ? format.apply(min) : format.apply(min) + "–" + format.apply(max);
    }

    private static String years(double v) {
        return SlideNumbers.decimal(v) + (v == 1 ? " year" : " years");
    }

    /** A decline as a change: 0.4 → "−40%", 0 → "0%". */
    private static String fall(double fraction) {
        return fraction == 0 ? "0%" : Numbers.MINUS + SlideNumbers.rate(fraction);
    }

    /** "+40%", "−10%", "0%". */
    private static String signed(double fraction) {
        return (fraction > 0 ? "+" : "") + SlideNumbers.rate(fraction);
    }
}
