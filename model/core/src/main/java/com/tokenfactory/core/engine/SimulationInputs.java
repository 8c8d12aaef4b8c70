package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one simulation run reads and never changes: the plan (already under its scenario), its calendar, the SKUs,
 * the workloads in allocation order (services by priority, training runs by deadline) and each service's throughput
 * on each SKU from the {@link Roofline}.
 */
final class SimulationInputs {
    final Plan plan;
    final Scenario scenario;
    final Assumptions a;
    final Efficiencies eff;
    final int months;
    final YearMonth[] calendar;
    final double[] hours;

    final List<HardwareSku> skus;
    final Map<String, Integer> skuIndex = new HashMap<>();
    final List<InferenceService> services;
    final List<TrainingRun> runs;
    final Map<String, Integer> serviceIndex = new HashMap<>();
    final Map<String, Integer> runIndex = new HashMap<>();
    final ThroughputEstimate[][] throughput; // [service][sku]

    SimulationInputs(Plan plan, Scenario scenario) {
        this.plan = plan;
        this.scenario = scenario;
        this.a = plan.assumptions();
        this.eff = Efficiencies.of(plan);
        this.months = plan.horizonMonths();
        this.calendar = new YearMonth[months];
        this.hours = new double[months];
        for (int m = 0; m < months; m++) {
            calendar[m] = plan.month(m);
            hours[m] = Months.hours(calendar[m]);
        }
        this.skus = plan.catalog();
        for (int k = 0; k < skus.size(); k++) {
            skuIndex.put(skus.get(k).id(), k);
        }
        this.services = new ArrayList<>(plan.services());
        services.sort(Comparator.comparingInt(InferenceService::priority).thenComparing(InferenceService::id));
        this.runs = new ArrayList<>(plan.trainingRuns());
        runs.sort(Comparator.comparing(TrainingRun::deadline).thenComparing(TrainingRun::earliestStart)
                .thenComparing(TrainingRun::id));
        for (int i = 0; i < services.size(); i++) {
            serviceIndex.put(services.get(i).id(), i);
        }
        for (int i = 0; i < runs.size(); i++) {
            runIndex.put(runs.get(i).id(), i);
        }
        this.throughput = new ThroughputEstimate[services.size()][skus.size()];
        for (int s = 0; s < services.size(); s++) {
            for (int k = 0; k < skus.size(); k++) {
                throughput[s][k] = Roofline.estimate(services.get(s), skus.get(k), eff, a);
            }
        }
    }

    /** Month index of a calendar month (negative before the plan starts). */
    int index(YearMonth month) {
        return Months.between(plan.start(), month);
    }

    int sites() {
        return plan.sites().size();
    }

    /** The throughput table keyed by service id, then SKU id, as the plan validator reads it. */
    Map<String, Map<String, ThroughputEstimate>> throughputById() {
        Map<String, Map<String, ThroughputEstimate>> out = new LinkedHashMap<>();
        for (int s = 0; s < services.size(); s++) {
            Map<String, ThroughputEstimate> bySku = new LinkedHashMap<>();
            for (int k = 0; k < skus.size(); k++) {
                bySku.put(skus.get(k).id(), throughput[s][k]);
            }
            out.put(services.get(s).id(), bySku);
        }
        return out;
    }
}
