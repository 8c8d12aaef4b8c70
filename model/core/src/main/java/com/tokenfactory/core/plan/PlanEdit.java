package com.tokenfactory.core.plan;

import java.util.Arrays;
import java.util.List;

/**
 * A plan under several levers at once: each lever replaces the elements it changes here, and the plan is built once
 * at the end, so a Monte Carlo trial of eleven inputs checks one new plan rather than eleven. The levers never add,
 * remove or rename an element, so the plan's layout and uncertainty carry over as they are.
 */
public final class PlanEdit {
    private final Plan plan;
    private Assumptions assumptions;
    private final HardwareSku[] catalog;
    private final Site[] sites;
    private final InferenceService[] services;
    private boolean changed;

    public PlanEdit(Plan plan) {
        this.plan = plan;
        this.assumptions = plan.assumptions();
        this.catalog = plan.catalog().toArray(HardwareSku[]::new);
        this.sites = plan.sites().toArray(Site[]::new);
        this.services = plan.services().toArray(InferenceService[]::new);
    }

    /** The plan being edited, as it was before the edit (its calendar and elements' ids hold throughout). */
    public Plan original() {
        return plan;
    }

    Assumptions assumptions() {
        return assumptions;
    }

    void assumptions(Assumptions a) {
        assumptions = a;
        changed = true;
    }

    int catalogSize() {
        return catalog.length;
    }

    HardwareSku sku(int i) {
        return catalog[i];
    }

    void sku(int i, HardwareSku k) {
        catalog[i] = k;
        changed = true;
    }

    int siteCount() {
        return sites.length;
    }

    Site site(int i) {
        return sites[i];
    }

    void site(int i, Site s) {
        sites[i] = s;
        changed = true;
    }

    public int serviceCount() {
        return services.length;
    }

    public InferenceService service(int i) {
        return services[i];
    }

    public void service(int i, InferenceService s) {
        services[i] = s;
        changed = true;
    }

    /** The edited plan: the original when no lever changed anything. */
    public Plan plan() {
        if (!changed) {
            return plan;
        }
        return new Plan(plan.name(), plan.description(), plan.start(), plan.horizonMonths(), plan.currency(),
                assumptions, list(catalog), list(sites), plan.partners(), list(services), plan.trainingRuns(),
                plan.scenarios(), plan.calibration(), plan.layout(), plan.uncertainty());
    }

    private static <T> List<T> list(T[] elements) {
        return Arrays.asList(elements);
    }
}
