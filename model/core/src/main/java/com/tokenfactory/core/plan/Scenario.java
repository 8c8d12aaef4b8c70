package com.tokenfactory.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A what-if applied on top of the plan: demand doubles or collapses, prices fall faster, the grid comes late.
 * {@link #applyTo(Plan)} returns the plan as the scenario sees it; the engine then runs it as any plan.
 *
 * @param demandMultiplier              every service's demand × this (2 = demand doubles)
 * @param demandGrowthShift             every service's demand grows this much faster per year (-0.2 = 20 points slower)
 * @param tokenPriceDeclinePerYear      replaces every service's price decline; null keeps them
 * @param softwareEfficiencyGainPerYear replaces the plan's software gain; null keeps it
 * @param electricityPriceMultiplier    every site's electricity price × this
 * @param gridDelayMonths               every site's grid connection arrives this many months later
 */
public record Scenario(
        String id,
        String name,
        String description,
        double demandMultiplier,
        double demandGrowthShift,
        Double tokenPriceDeclinePerYear,
        Double softwareEfficiencyGainPerYear,
        double electricityPriceMultiplier,
        int gridDelayMonths) {

    public Scenario {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        description = Check.boundedText(description, "description");
        Check.between(demandMultiplier, 0.0, 1000.0, "demandMultiplier");
        Check.between(demandGrowthShift, -0.99, 100.0, "demandGrowthShift");
        if (tokenPriceDeclinePerYear != null) {
            Check.between(tokenPriceDeclinePerYear, 0.0, 0.999, "tokenPriceDeclinePerYear");
        }
        if (softwareEfficiencyGainPerYear != null) {
            Check.between(softwareEfficiencyGainPerYear, -0.5, 10.0, "softwareEfficiencyGainPerYear");
        }
        Check.between(electricityPriceMultiplier, 0.0, 100.0, "electricityPriceMultiplier");
        Check.between(gridDelayMonths, 0, 120, "gridDelayMonths");
    }

    /**
     * The plan as this scenario sees it. Demand a multiplier or growth shift would push past
     * {@link DemandCurve#MAX_TOKENS_PER_DAY} saturates there, and an electricity price past
     * {@link Site#MAX_ELECTRICITY_USD_PER_MWH} is capped there; a grid delay that would leave the plan window is
     * refused when the plan is made ({@link Plan}), naming this scenario.
     */
    public Plan applyTo(Plan plan) {
        List<InferenceService> services = new ArrayList<>();
        for (InferenceService s : plan.services()) {
            services.add(s.withDemand(s.demand().adjusted(demandMultiplier, demandGrowthShift))
                    .withPriceDeclinePerYear(tokenPriceDeclinePerYear != null ? tokenPriceDeclinePerYear
                            : s.priceDeclinePerYear()));
        }
        List<Site> sites = new ArrayList<>();
        for (Site s : plan.sites()) {
            sites.add(new Site(s.id(), s.name(), s.region(), s.latitude(), s.longitude(), s.certifications(),
                    s.gridMw(), s.gridAvailable().plusMonths(gridDelayMonths), s.pue(),
                    Math.min(Site.MAX_ELECTRICITY_USD_PER_MWH, s.electricityUsdPerMwh() * electricityPriceMultiplier),
                    s.electricityEscalationPerYear(),
                    s.facilityCostUsdPerMw(), s.halls(), s.source()));
        }
        Assumptions a = plan.assumptions();
        if (softwareEfficiencyGainPerYear != null) {
            a = a.withSoftwareEfficiencyGainPerYear(softwareEfficiencyGainPerYear);
        }
        return plan.withAssumptions(a).withSites(sites).withServices(services);
    }
}
