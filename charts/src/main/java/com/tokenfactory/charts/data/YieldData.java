package com.tokenfactory.charts.data;

import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * What the fleet earns and costs, and how busy it is. Revenue is stacked by workload (each service's
 * {@link com.tokenfactory.core.result.ServiceResult#revenue()}, each training run's
 * {@link com.tokenfactory.core.result.TrainingResult#value()}); total cost, margin and the utilizations are the engine's
 * {@link PeriodSummary} of each month or year ({@code totalCost}, {@code margin}, {@code utilizationOwned},
 * {@code utilizationRented}, {@code utilization}), utilizations in percent.
 *
 * @param revenueByWorkload  stacked revenue, the largest workloads one by one, the rest summed
 * @param costAndMargin      total cost and margin
 * @param utilization        owned, rented and overall utilization, %; a series is left out when it is undefined
 *                           throughout (e.g. no partner contracts), and {@code notes} says so
 */
public record YieldData(DefaultTableXYDataset revenueByWorkload, XYSeriesCollection costAndMargin,
                        XYSeriesCollection utilization, Optional<String> moneyEmptyReason,
                        Optional<String> utilizationEmptyReason, List<String> notes) {
    /** With a single leftover kept too, at most seven workloads one by one. */
    static final int WORKLOADS_SHOWN = 6;

    public YieldData {
        notes = List.copyOf(notes);
    }

    public static YieldData of(Timeline timeline) {
        SimulationResult r = timeline.result();
        List<NamedValues> workloads = new ArrayList<>();
        r.services().forEach(s -> workloads.add(NamedValues.of(SeriesKey.service(s.serviceId()), s.name(),
                timeline.values(s.revenue()))));
        r.training().forEach(t -> workloads.add(NamedValues.of(SeriesKey.training(t.runId()), t.name(),
                timeline.values(t.value()))));
        List<NamedValues> revenue = Datasets.largest(workloads, WORKLOADS_SHOWN,
                n -> new SeriesName(SeriesKey.total(SeriesKey.OTHER_WORKLOADS), n + " other workloads"));
        List<NamedValues> money = List.of(
                summaryValues(timeline, SeriesKey.TOTAL_COST, "Total cost", PeriodSummary::totalCost, 1),
                summaryValues(timeline, SeriesKey.MARGIN, "Margin", PeriodSummary::margin, 1));
        Optional<String> moneyEmpty = revenue.isEmpty() && money.stream().allMatch(NamedValues::allZero)
                ? Optional.of("Nothing is built, rented or served: no revenue and no cost")
                : Optional.empty();

        List<String> notes = new ArrayList<>();
        List<NamedValues> utilization = new ArrayList<>();
        addIfDefined(utilization, summaryValues(timeline, SeriesKey.UTILIZATION_OWNED, "Owned GPUs",
                PeriodSummary::utilizationOwned, 100), notes, "No owned GPUs online: owned utilization is undefined");
        addIfDefined(utilization, summaryValues(timeline, SeriesKey.UTILIZATION_RENTED, "Rented GPUs",
                PeriodSummary::utilizationRented, 100), notes, "No partner contracts active: rented utilization is undefined");
        NamedValues all = summaryValues(timeline, SeriesKey.UTILIZATION, "All GPUs", PeriodSummary::utilization, 100);
        Optional<String> utilizationEmpty = Optional.empty();
        if (!all.anyFinite()) {
            utilizationEmpty = Optional.of("No GPUs online within the horizon: utilization is undefined");
            notes.clear();
        } else if (utilization.size() > 1) {
            utilization.add(all);
        }
        return new YieldData(moneyEmpty.isPresent() ? new DefaultTableXYDataset() : Datasets.stacked(revenue),
                moneyEmpty.isPresent() ? new XYSeriesCollection() : Datasets.lines(money),
                Datasets.lines(utilization), moneyEmpty, utilizationEmpty, notes);
    }

    private static void addIfDefined(List<NamedValues> to, NamedValues nv, List<String> notes, String note) {
        if (nv.anyFinite()) {
            to.add(nv);
        } else {
            notes.add(note);
        }
    }

    static NamedValues summaryValues(Timeline timeline, String id, String label,
                                     ToDoubleFunction<PeriodSummary> field, double scale) {
        double[] v = new double[timeline.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = field.applyAsDouble(timeline.summary(i)) * scale;
        }
        return NamedValues.of(SeriesKey.total(id), label, v);
    }
}
