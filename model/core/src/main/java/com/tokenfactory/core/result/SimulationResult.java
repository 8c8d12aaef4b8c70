package com.tokenfactory.core.result;

import com.tokenfactory.core.plan.Months;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the engine computed for a plan (or a plan under a scenario). Immutable.
 *
 * @param scenarioId        the scenario applied, null for the base plan
 * @param efficiencySource  where the roofline efficiencies came from (calibration or defaults)
 * @param years             one summary per plan year
 * @param issues            plan problems: static checks and what the run found (unserved demand, late training)
 */
public record SimulationResult(
        String planName,
        String scenarioId,
        String scenarioName,
        YearMonth start,
        int months,
        String currency,
        String efficiencySource,
        Totals totals,
        List<SiteResult> sites,
        List<SkuResult> skus,
        List<ContractResult> contracts,
        List<ServiceResult> services,
        List<TrainingResult> training,
        List<ThroughputEstimate> throughput,
        Kpis kpis,
        List<PeriodSummary> years,
        List<ValidationIssue> issues) {

    public SimulationResult {
        sites = List.copyOf(sites);
        skus = List.copyOf(skus);
        contracts = List.copyOf(contracts);
        services = List.copyOf(services);
        training = List.copyOf(training);
        throughput = List.copyOf(throughput);
        years = List.copyOf(years);
        issues = List.copyOf(issues);
    }

    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    public double hours(int index) {
        return Months.hours(month(index));
    }

    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }
}
