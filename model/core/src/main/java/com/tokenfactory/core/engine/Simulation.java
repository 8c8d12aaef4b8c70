package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of the engine over one plan. Its steps, each in its own part:
 * <ol>
 *   <li>capacity online — halls powered (energized and grid connected), GPU pods in service within their economic
 *       life, partner clouds within their term — with capex and depreciation: {@link Fleet};</li>
 *   <li>per-GPU throughput of each service on each SKU from the {@link Roofline}: {@link SimulationInputs};</li>
 *   <li>to 5. month by month, demand → GPU-hours, allocation by priority, certification and cost, training
 *       backfill, unserved demand: {@link MonthlyAllocator};</li>
 *   <li>to 8. power, electricity, operations, rental fees and their attribution to workloads:
 *       {@link MonthlyAccounts};</li>
 *   <li>totals, plan years and KPIs: {@link ResultAssembler}; unserved demand and late training as plan problems:
 *       {@link RunFindings}.</li>
 * </ol>
 * The series all parts write live in one {@link Ledger}.
 */
final class Simulation {
    private final SimulationInputs in;

    Simulation(Plan plan, Scenario scenario) {
        this.in = new SimulationInputs(plan, scenario);
    }

    /**
     * @param detail false for totals and KPIs only ({@link Engine#simulateFigures}): the plan problems and the
     *               per-element results read the ledger and change nothing in it, so they are left out whole
     */
    SimulationResult run(boolean detail) {
        Ledger ledger = new Ledger(in);
        List<Pool> pools = Fleet.build(in, ledger);
        List<ValidationIssue> issues = detail ? new ArrayList<>(PlanValidator.validate(in.plan, in.throughputById()))
                : List.of();
        MonthlyAllocator allocator = new MonthlyAllocator(in, ledger, pools);
        for (int m = 0; m < in.months; m++) {
            allocator.month(m);
        }
        if (detail) {
            issues.addAll(RunFindings.of(in, ledger));
        }
        return new ResultAssembler(in, ledger, pools).assemble(issues, detail);
    }
}
