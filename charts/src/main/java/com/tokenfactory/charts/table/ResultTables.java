package com.tokenfactory.charts.table;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.Timeline;
import com.tokenfactory.charts.table.TableColumn.Kind;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The monthly and yearly result tables: the engine's {@link PeriodSummary} of each month or plan year (ratios
 * computed from the period's sums, as the engine defines them), plus the split of rental, cumulative cash flow and the
 * GPU counts (means over the period). Money is in the plan's currency, percentages are 0–100.
 */
public final class ResultTables {
    private ResultTables() {
    }

    public static ResultTable monthly(SimulationResult result) {
        return table(Timeline.of(result, Period.MONTHLY));
    }

    public static ResultTable yearly(SimulationResult result) {
        return table(Timeline.of(result, Period.YEARLY));
    }

    public static ResultTable of(SimulationResult result, Period period) {
        return table(Timeline.of(result, period));
    }

    private record Def(TableColumn column, Value value) {
    }

    /** A column's value at point i of the timeline. */
    private interface Value {
        double at(Timeline timeline, int i);
    }

    private static ResultTable table(Timeline timeline) {
        SimulationResult r = timeline.result();
        List<Def> defs = columns(r.currency(), r.totals());
        defs.addAll(inputOutputColumns(r));
        List<ResultTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            double[] values = new double[defs.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = defs.get(c).value().at(timeline, i);
            }
            rows.add(new ResultTable.Row(labels(timeline, i), values));
        }
        boolean monthly = timeline.period() == Period.MONTHLY;
        return new ResultTable(monthly ? "Monthly" : "Yearly",
                monthly ? List.of("Month") : List.of("Year", "From", "To"),
                defs.stream().map(Def::column).toList(), rows);
    }

    private static List<String> labels(Timeline timeline, int i) {
        if (timeline.period() == Period.MONTHLY) {
            return List.of(timeline.firstMonth(i).toString());
        }
        return List.of("Y" + (i + 1), timeline.firstMonth(i).toString(), timeline.lastMonth(i).toString());
    }

    private static List<Def> columns(String currency, Totals t) {
        List<Def> d = new ArrayList<>();
        d.add(summary("CapEx", currency, Kind.MONEY, PeriodSummary::capex));
        d.add(summary("CapEx facility", currency, Kind.MONEY, PeriodSummary::capexFacility));
        d.add(summary("CapEx IT", currency, Kind.MONEY, PeriodSummary::capexIt));
        d.add(sum("Committed contract fees", currency, Kind.MONEY, t.rentalCommitted()));
        d.add(sum("On-demand rental", currency, Kind.MONEY, t.rentalOnDemand()));
        d.add(summary("Electricity", "MWh", Kind.ENERGY, PeriodSummary::electricityMwh));
        d.add(summary("Electricity cost", currency, Kind.MONEY, PeriodSummary::electricityCost));
        d.add(summary("Operations", currency, Kind.MONEY, PeriodSummary::opex));
        d.add(summary("Depreciation", currency, Kind.MONEY, PeriodSummary::depreciation));
        d.add(summary("Revenue", currency, Kind.MONEY, PeriodSummary::revenue));
        d.add(summary("Total cost", currency, Kind.MONEY, PeriodSummary::totalCost));
        d.add(summary("Margin", currency, Kind.MONEY, PeriodSummary::margin));
        d.add(summary("Property tax and insurance", currency, Kind.MONEY, PeriodSummary::propertyTaxInsurance));
        d.add(summary("Cash flow before tax", currency, Kind.MONEY, PeriodSummary::cashFlow));
        d.add(summary("Income tax", currency, Kind.MONEY, PeriodSummary::incomeTax));
        d.add(summary("Free cash flow after tax", currency, Kind.MONEY, PeriodSummary::freeCashFlow));
        d.add(new Def(new TableColumn("Cumulative free cash flow after tax", currency, Kind.MONEY),
                (tl, i) -> t.freeCashFlow().sum(0, tl.toMonth(i))));
        d.add(summary("Capital charge", currency, Kind.MONEY, PeriodSummary::capitalCharge));
        d.add(summary("Idle capacity cost", currency, Kind.MONEY, PeriodSummary::idleCost));
        d.add(mean("Owned capacity", "GPUs", t.gpusOwned()));
        d.add(mean("Rented capacity", "GPUs", t.gpusRented()));
        d.add(mean("Capacity needed", "GPUs", t.gpusNeeded()));
        d.add(summary("Tokens demanded", "tokens", Kind.COUNT, PeriodSummary::tokensDemanded));
        d.add(summary("Tokens served", "tokens", Kind.COUNT, PeriodSummary::tokensServed));
        d.add(summary("Tokens unserved", "tokens", Kind.COUNT, PeriodSummary::tokensUnserved));
        d.add(percent("Unserved share", PeriodSummary::unservedShare));
        d.add(percent("Utilization owned", PeriodSummary::utilizationOwned));
        d.add(percent("Utilization rented", PeriodSummary::utilizationRented));
        d.add(percent("Utilization", PeriodSummary::utilization));
        d.add(summary("Cost per million tokens, fully loaded", currency + "/Mtok", Kind.RATIO,
                PeriodSummary::usdPerMillionTokens));
        d.add(summary("of which idle capacity", currency + "/Mtok", Kind.RATIO, PeriodSummary::usdPerMillionTokensIdle));
        d.add(summary("of which capital charge", currency + "/Mtok", Kind.RATIO,
                PeriodSummary::usdPerMillionTokensCapital));
        d.add(summary("Served-pool cost per million tokens", currency + "/Mtok", Kind.RATIO,
                PeriodSummary::usdPerMillionTokensServedPools));
        d.add(summary("Tokens per joule", "tokens/J", Kind.RATIO, PeriodSummary::tokensPerJoule));
        d.add(summary("Tokens per watt per dollar", "tokens/J per " + currency + "/GPU-h", Kind.RATIO,
                PeriodSummary::tokensPerWattPerDollar));
        return d;
    }

    /**
     * Served tokens and fully loaded cost per million tokens, input (prompt) and output (generated) apart, summed over
     * the services: cost is split between them by each service's prefill and decode time (ServiceResult).
     */
    private static List<Def> inputOutputColumns(SimulationResult r) {
        double[] input = new double[r.months()];
        double[] output = new double[r.months()];
        double[] inputCost = new double[r.months()];
        double[] outputCost = new double[r.months()];
        for (ServiceResult s : r.services()) {
            for (int m = 0; m < r.months(); m++) {
                input[m] += s.inputTokensServed().get(m);
                output[m] += s.outputTokensServed().get(m);
                inputCost[m] += s.attributedCostInput().get(m);
                outputCost[m] += s.attributedCost().get(m) - s.attributedCostInput().get(m);
            }
        }
        String unit = r.currency() + "/Mtok";
        return List.of(
                new Def(new TableColumn("Input tokens served", "tokens", Kind.COUNT), (tl, i) -> sum(input, tl, i)),
                new Def(new TableColumn("Output tokens served", "tokens", Kind.COUNT), (tl, i) -> sum(output, tl, i)),
                new Def(new TableColumn("Cost per million input tokens", unit, Kind.RATIO),
                        (tl, i) -> perMillion(sum(inputCost, tl, i), sum(input, tl, i))),
                new Def(new TableColumn("Cost per million output tokens", unit, Kind.RATIO),
                        (tl, i) -> perMillion(sum(outputCost, tl, i), sum(output, tl, i))));
    }

    private static double sum(double[] monthly, Timeline tl, int i) {
        double total = 0;
        for (int m = tl.fromMonth(i); m < tl.toMonth(i); m++) {
            total += monthly[m];
        }
        return total;
    }

    /** Undefined (NaN) with nothing served, as the engine's own ratios are. */
    private static double perMillion(double cost, double tokens) {
        return tokens > 0 ? cost * 1e6 / tokens : Double.NaN;
    }

    private static Def summary(String title, String unit, Kind kind, ToDoubleFunction<PeriodSummary> field) {
        return new Def(new TableColumn(title, unit, kind), (tl, i) -> field.applyAsDouble(tl.summary(i)));
    }

    private static Def percent(String title, ToDoubleFunction<PeriodSummary> fraction) {
        return new Def(new TableColumn(title, "%", Kind.PERCENT),
                (tl, i) -> fraction.applyAsDouble(tl.summary(i)) * 100);
    }

    private static Def sum(String title, String unit, Kind kind, Series series) {
        return new Def(new TableColumn(title, unit, kind), (tl, i) -> series.sum(tl.fromMonth(i), tl.toMonth(i)));
    }

    /** GPU counts: the mean over the period's months, as {@link Series#yearly()} rolls them up. */
    private static Def mean(String title, String unit, Series series) {
        return new Def(new TableColumn(title, unit, Kind.COUNT), (tl, i) -> series.sum(tl.fromMonth(i), tl.toMonth(i))
                / (tl.toMonth(i) - tl.fromMonth(i)));
    }
}
