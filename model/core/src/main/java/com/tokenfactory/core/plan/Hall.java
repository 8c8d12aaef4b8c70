package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.List;

/**
 * A hall (build phase) of a site.
 *
 * @param criticalItMw      critical IT power the hall can deliver to GPUs, MW
 * @param constructionStart first month of construction; facility capex is spread evenly over the build months
 * @param buildMonths       months from construction start to energization
 * @param energization      explicit energization month; null means construction start + build months
 * @param facilityCapexUsd  facility cost of the hall; null means the site's cost per MW × critical IT MW
 * @param gpuPods           the GPU pods installed in this hall
 */
public record Hall(
        String id,
        String name,
        double criticalItMw,
        YearMonth constructionStart,
        int buildMonths,
        YearMonth energization,
        Double facilityCapexUsd,
        List<GpuPod> gpuPods) {

    public Hall {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        Check.between(criticalItMw, 0.001, 100_000, "criticalItMw");
        Check.month(constructionStart, "constructionStart");
        Check.optionalMonth(energization, "energization");
        Check.between(buildMonths, 0, 120, "buildMonths");
        if (energization != null && energization.isBefore(constructionStart)) {
            throw new InvalidPlanException("energization", "must not be before constructionStart ("
                    + constructionStart + "), was " + energization);
        }
        if (facilityCapexUsd != null) {
            Check.between(facilityCapexUsd, 0, 1e13, "facilityCapexUsd");
        }
        gpuPods = Check.list(gpuPods, "deployments");
        Check.uniqueIds(gpuPods, GpuPod::id, "deployments");
    }

    /** The month the hall is energized by its own schedule (the site's grid date may still hold it back). */
    public YearMonth energizationMonth() {
        return energization != null ? energization : constructionStart.plusMonths(buildMonths);
    }

    /** Facility capex of this hall given its site's cost per MW. */
    public double facilityCapex(Site site) {
        return facilityCapexUsd != null ? facilityCapexUsd : site.facilityCostUsdPerMw() * criticalItMw;
    }

    /** This hall built over other months and energized in another month (null: when its build ends). */
    public Hall withSchedule(int newBuildMonths, YearMonth newEnergization) {
        return new Hall(id, name, criticalItMw, constructionStart, newBuildMonths, newEnergization, facilityCapexUsd,
                gpuPods);
    }
}
