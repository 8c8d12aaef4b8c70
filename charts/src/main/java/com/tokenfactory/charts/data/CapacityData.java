package com.tokenfactory.charts.data;

import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.result.Unit;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;
import java.util.Optional;

/**
 * GPUs online against GPUs needed. Online: {@link Totals#gpusOwned()} and {@link Totals#gpusRented()}. Needed:
 * {@link Totals#gpusNeeded()} — the GPUs kept busy plus those unserved demand would need. Busy: owned and rented busy
 * GPU-hours ÷ hours in the month. The gap between needed and busy is unserved demand in GPUs (the engine's unserved
 * GPU-hours ÷ hours), drawn as a band between the two; it can appear while GPUs sit idle, when free capacity lacks a workload's certifications or is kept
 * as planning headroom. Yearly values are monthly means, as for every GPU count.
 *
 * @param online          stacked: owned GPUs, rented GPUs
 * @param neededVsBusy    two series, GPUs needed first, GPUs busy second
 * @param unserved        one series whose y-interval at each point runs from GPUs busy up to GPUs needed: unserved
 *                        demand in GPUs; no series when all demand is served
 */
public record CapacityData(DefaultTableXYDataset online, XYSeriesCollection neededVsBusy,
                           XYIntervalSeriesCollection unserved, Optional<String> emptyReason) {
    public static final String UNSERVED_LABEL = "Unserved demand (needed − busy)";


    public static CapacityData of(Timeline timeline) {
        SimulationResult r = timeline.result();
        Totals t = r.totals();
        NamedValues owned = NamedValues.of(SeriesKey.total(SeriesKey.GPUS_OWNED), "Owned GPUs online",
                timeline.values(t.gpusOwned()));
        NamedValues rented = NamedValues.of(SeriesKey.total(SeriesKey.GPUS_RENTED), "Rented GPUs (contracted)",
                timeline.values(t.gpusRented()));
        NamedValues needed = NamedValues.of(SeriesKey.total(SeriesKey.GPUS_NEEDED), "GPUs needed",
                timeline.values(t.gpusNeeded()));
        NamedValues busy = NamedValues.of(SeriesKey.total(SeriesKey.GPUS_BUSY), "GPUs busy",
                timeline.values(busyGpus(r)));
        if (owned.allZero() && rented.allZero() && needed.allZero()) {
            return new CapacityData(new DefaultTableXYDataset(), new XYSeriesCollection(),
                    new XYIntervalSeriesCollection(), Optional.of("No GPUs in the plan and no demand for them"));
        }
        List<NamedValues> stack = rented.allZero() ? List.of(owned) : List.of(owned, rented);
        return new CapacityData(Datasets.stacked(stack), Datasets.lines(List.of(needed, busy)),
                unserved(needed, busy), Optional.empty());
    }

    private static XYIntervalSeriesCollection unserved(NamedValues needed, NamedValues busy) {
        XYIntervalSeriesCollection out = new XYIntervalSeriesCollection();
        double[] top = needed.values();
        double[] bottom = busy.values();
        boolean any = false;
        XYIntervalSeries band = new XYIntervalSeries(
                new SeriesName(SeriesKey.total(SeriesKey.UNSERVED_DEMAND), UNSERVED_LABEL), false, false);
        for (int i = 0; i < top.length; i++) {
            double low = Math.min(bottom[i], top[i]);
            band.add(i, i - 0.5, i + 0.5, top[i] - low, low, top[i]);
            any |= top[i] - low > 1e-9 * Math.max(1, top[i]);
        }
        if (any) {
            out.addSeries(band);
        }
        return out;
    }

    /** GPUs kept busy on average in each month: busy GPU-hours, owned and rented, ÷ hours in the month. */
    static Series busyGpus(SimulationResult r) {
        Totals t = r.totals();
        double[] out = new double[r.months()];
        for (int m = 0; m < out.length; m++) {
            out[m] = (t.gpuHoursOwnedBusy().get(m) + t.gpuHoursRentedBusy().get(m)) / r.hours(m);
        }
        return Series.of(Unit.GPUS, out);
    }
}
