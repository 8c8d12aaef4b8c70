package com.tokenfactory.charts.data;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SkuResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.result.Unit;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Capital spending by category and its running total. Facility is {@link Totals#capexFacility()} (halls, spread over
 * construction); IT is each {@link SkuResult#capexIt()} (GPUs at install); committed partner contracts count as
 * committed spend: each committed {@link ContractResult#fees()} (take-or-pay, so as certain as a purchase). On-demand
 * rental is not a commitment and is left out.
 *
 * @param spending     stacked: facility, IT by SKU, committed contract fees by contract
 * @param cumulative   one series: the running total of everything stacked
 * @param emptyReason  why there is nothing to show, when there is nothing
 */
public record CapexData(DefaultTableXYDataset spending, XYSeriesCollection cumulative, Optional<String> emptyReason) {
    /** Facility, up to four SKUs and up to two contracts (a single leftover is kept too): seven colours. */
    static final int SKUS_SHOWN = 3;
    static final int CONTRACTS_SHOWN = 1;

    public static CapexData of(Timeline timeline) {
        SimulationResult r = timeline.result();
        List<NamedValues> stack = new ArrayList<>();
        stack.add(NamedValues.of(SeriesKey.total(SeriesKey.FACILITY_CAPEX), "Facility (halls)",
                timeline.values(r.totals().capexFacility())));
        List<NamedValues> skus = r.skus().stream()
                .map(s -> NamedValues.of(SeriesKey.sku(s.skuId()), "IT: " + s.name(), timeline.values(s.capexIt())))
                .toList();
        stack.addAll(Datasets.largest(skus, SKUS_SHOWN,
                n -> new SeriesName(SeriesKey.total(SeriesKey.OTHER_SKUS), "IT: " + n + " other SKUs")));
        List<NamedValues> contracts = r.contracts().stream()
                .filter(c -> c.kind() == ContractKind.COMMITTED)
                .map(c -> NamedValues.of(SeriesKey.contract(c.contractId()), "Committed: " + c.name(),
                        timeline.values(c.fees())))
                .toList();
        stack.addAll(Datasets.largest(contracts, CONTRACTS_SHOWN,
                n -> new SeriesName(SeriesKey.total(SeriesKey.OTHER_CONTRACTS), "Committed: " + n + " other contracts")));
        List<NamedValues> shown = stack.stream().filter(nv -> !nv.allZero()).toList();
        if (shown.isEmpty()) {
            return new CapexData(new DefaultTableXYDataset(), new XYSeriesCollection(),
                    Optional.of("No capital spending and no committed partner contracts in the plan"));
        }
        NamedValues cumulative = NamedValues.of(SeriesKey.total(SeriesKey.CUMULATIVE_SPEND),
                "Cumulative (CapEx + commitments)", timeline.cumulative(committedSpend(r)));
        return new CapexData(Datasets.stacked(shown), Datasets.lines(List.of(cumulative)), Optional.empty());
    }

    /** CapEx plus committed contract fees, month by month. */
    static Series committedSpend(SimulationResult r) {
        Totals t = r.totals();
        double[] out = new double[r.months()];
        for (int m = 0; m < out.length; m++) {
            out[m] = t.capex(m) + t.rentalCommitted().get(m);
        }
        return Series.of(Unit.USD, out);
    }
}
