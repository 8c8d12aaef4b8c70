package com.tokenfactory.charts.data;

import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Unit economics over time, each the engine's {@link PeriodSummary} of the month or year (see its javadoc for the
 * definitions): {@code usdPerMillionTokens}, {@code tokensPerJoule}, {@code tokensPerWattPerDollar}. A month where a
 * ratio is undefined (nothing served yet) is a gap; a ratio undefined throughout gets a plot of its own that says why.
 */
public record UnitEconomicsData(Panel costPerMillionTokens, Panel tokensPerJoule, Panel tokensPerWattPerDollar) {

    /** One ratio: its dataset (empty when undefined throughout) and why it is empty. */
    public record Panel(XYDataset dataset, Optional<String> emptyReason) {
    }

    public static UnitEconomicsData of(Timeline timeline) {
        SimulationResult r = timeline.result();
        Totals t = r.totals();
        String notServed = t.tokensDemanded().total() == 0 ? "No demand in the plan" : "Nothing is served";
        String noOwnedTokens = t.gpuHoursOwned().total() == 0 ? "No owned capacity in the plan"
                : t.tokensServedOwned().total() == 0 ? "Nothing is served on owned capacity"
                : "Owned capacity draws no power";
        boolean perJouleDefined = t.tokensServedOwned().total() > 0 && t.inferenceFacilityMwh().total() > 0;
        String noOwnedCost = perJouleDefined ? "Owned capacity costs nothing" : noOwnedTokens;
        return new UnitEconomicsData(
                panel(timeline, SeriesKey.USD_PER_MTOK, "Cost per million tokens (" + r.currency() + ")",
                        PeriodSummary::usdPerMillionTokens, notServed + ": cost per million tokens is undefined"),
                panel(timeline, SeriesKey.TOKENS_PER_JOULE, "Tokens per joule", PeriodSummary::tokensPerJoule,
                        noOwnedTokens + ": tokens per joule is undefined"),
                panel(timeline, SeriesKey.TOKENS_PER_WATT_PER_DOLLAR, "Tokens per watt per dollar",
                        PeriodSummary::tokensPerWattPerDollar,
                        noOwnedCost + ": tokens per watt per dollar is undefined"));
    }

    private static Panel panel(Timeline timeline, String id, String label,
                               ToDoubleFunction<PeriodSummary> field, String whyEmpty) {
        NamedValues nv = YieldData.summaryValues(timeline, id, label, field, 1);
        if (!nv.anyFinite()) {
            return new Panel(new XYSeriesCollection(), Optional.of(whyEmpty));
        }
        return new Panel(Datasets.lines(List.of(nv)), Optional.empty());
    }
}
