package com.tokenfactory.charts;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.core.result.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to ask {@code core.trace.Explainer} (in the words of {@code tokenfactory explain}) for a point of a chart
 * series: the figure and element of each {@link SeriesKey}, e.g. "energy tx-campus" for a site's stack, "capex it
 * h100+b200" for the SKUs summed into "other SKUs", "gpus busy" for the capacity chart's line. The explained figure
 * times {@link #scale} is the value the chart plots.
 */
public final class SeriesQuestions {
    private SeriesQuestions() {
    }

    /** What a point of each chart asks off its series: the chart's main figure in that month or plan year. */
    public static String question(ChartKind kind, Period period, int point, SimulationResult result) {
        String figure = switch (kind) {
            case CAPEX -> "capex";
            case ELECTRICITY -> "electricity";
            case YIELD -> "revenue";
            case CAPACITY -> "utilization";
            case UNIT_ECONOMICS -> "$/mtok";
            case CASH_FLOW -> "cash flow";
        };
        return figure + " " + span(period, point, result);
    }

    /** What a point of one series asks: that series' figure (a site's, a SKU's, the others' sum…) in that period. */
    public static String question(ChartKind kind, SeriesKey key, Collection<SeriesKey> onChart, Period period,
                                  int point, SimulationResult result) {
        return figure(key, onChart, result).map(f -> f + " " + span(period, point, result))
                .orElseGet(() -> question(kind, period, point, result));
    }

    private static String span(Period period, int point, SimulationResult result) {
        return period == Period.MONTHLY ? result.month(point).toString() : "Y" + (point + 1);
    }

    /** The figure to explain for a series, without its month or year; empty for a key no figure answers. */
    public static Optional<String> figure(SeriesKey key, Collection<SeriesKey> onChart, SimulationResult r) {
        String id = key.id();
        return Optional.ofNullable(switch (key.kind()) {
            case SITE -> "energy " + id;
            case SKU -> "capex it " + id;
            case CONTRACT -> "fees " + id;
            case SERVICE, TRAINING -> "revenue " + id;
            case TOTAL -> switch (id) {
                case SeriesKey.FACILITY_CAPEX -> "capex facility";
                case SeriesKey.CUMULATIVE_SPEND -> "cumulative spend";
                case SeriesKey.OTHER_SKUS -> others("capex it ", r.skus().stream().map(s -> SeriesKey.sku(s.skuId()))
                        .toList(), onChart);
                case SeriesKey.OTHER_CONTRACTS -> others("fees ", r.contracts().stream()
                        .map(c -> SeriesKey.contract(c.contractId())).toList(), onChart);
                case SeriesKey.OTHER_SITES -> others("energy ", r.sites().stream()
                        .map(s -> SeriesKey.site(s.siteId())).toList(), onChart);
                case SeriesKey.OTHER_WORKLOADS -> {
                    List<SeriesKey> all = new ArrayList<>();
                    r.services().forEach(s -> all.add(SeriesKey.service(s.serviceId())));
                    r.training().forEach(t -> all.add(SeriesKey.training(t.runId())));
                    yield others("revenue ", all, onChart);
                }
                case SeriesKey.ELECTRICITY_COST -> "electricity";
                case SeriesKey.TOTAL_COST -> "total cost";
                case SeriesKey.MARGIN -> "margin";
                case SeriesKey.UTILIZATION_OWNED -> "utilization owned";
                case SeriesKey.UTILIZATION_RENTED -> "utilization rented";
                case SeriesKey.UTILIZATION -> "utilization";
                case SeriesKey.GPUS_OWNED -> "gpus owned";
                case SeriesKey.GPUS_RENTED -> "gpus rented";
                case SeriesKey.GPUS_NEEDED -> "gpus needed";
                case SeriesKey.GPUS_BUSY -> "gpus busy";
                case SeriesKey.UNSERVED_DEMAND -> "gpus unserved";
                case SeriesKey.USD_PER_MTOK -> "$/mtok";
                case SeriesKey.TOKENS_PER_JOULE -> "tokens per joule";
                case SeriesKey.TOKENS_PER_WATT_PER_DOLLAR -> "tokens per watt per dollar";
                case SeriesKey.CASH_FLOW -> "free cash flow";
                case SeriesKey.CUMULATIVE_CASH_FLOW -> "cumulative free cash flow";
                default -> null;
            };
        });
    }

    /** The elements of a kind not drawn one by one: those summed into the chart's "other" series. */
    private static String others(String figure, List<SeriesKey> all, Collection<SeriesKey> onChart) {
        List<String> ids = all.stream().filter(k -> !onChart.contains(k)).map(SeriesKey::id).toList();
        return ids.isEmpty() ? null : figure + String.join("+", ids);
    }

    /** What the chart multiplies the explained figure by: 100 for utilizations, drawn in percent. */
    public static double scale(SeriesKey key) {
        return key.kind() == SeriesKey.Kind.TOTAL && key.id().startsWith("utilization") ? 100 : 1;
    }

    /** The keys of every series drawn on a chart, plot by plot. */
    public static Set<SeriesKey> keys(JFreeChart chart) {
        Set<SeriesKey> out = new LinkedHashSet<>();
        for (XYDataset data : datasets(chart)) {
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (data.getSeriesKey(s) instanceof SeriesName name) {
                    out.add(name.key());
                }
            }
        }
        return out;
    }

    /** Every dataset of a chart, its subplots' included. */
    public static List<XYDataset> datasets(JFreeChart chart) {
        List<XYDataset> out = new ArrayList<>();
        for (XYPlot plot : xyPlots(chart.getPlot())) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                if (plot.getDataset(d) != null) {
                    out.add(plot.getDataset(d));
                }
            }
        }
        return out;
    }

    private static List<XYPlot> xyPlots(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return plot instanceof XYPlot xy ? List.of(xy) : List.of();
    }
}
