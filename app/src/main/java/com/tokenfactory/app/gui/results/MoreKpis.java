package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;

import java.util.List;

/** The dashboard's figures beyond the KPI strip: IRR, residual value, peak power, energy and cost efficiency. */
public final class MoreKpis {
    private MoreKpis() {
    }

    public static List<KpiTiles.Tile> of(SimulationResult r) {
        Kpis k = r.kpis();
        PeriodSummary h = k.horizon();
        String c = r.currency();
        return List.of(
                new KpiTiles.Tile("irr", "IRR", k.irr() == null ? "—" : Numbers.percent(k.irr()),
                        k.irr() == null ? "earns before it invests, or no single rate"
                                : "yearly, of the monthly cash flows",
                        KpiTiles.Tone.NEUTRAL, "Internal rate of return; undefined when the plan earns before it "
                                + "invests or no single rate zeroes the NPV."),
                new KpiTiles.Tile("residual", "Residual book value", Numbers.money(k.residualBookValue(), c),
                        "GPUs and halls at the end (not in NPV)", KpiTiles.Tone.NEUTRAL,
                        "Book value left at the horizon's end."),
                new KpiTiles.Tile("peak-mw", "Peak facility power", Numbers.plain(k.peakFacilityMw(), 0) + " MW",
                        "highest monthly average, owned", KpiTiles.Tone.NEUTRAL,
                        "Facility power (IT × PUE) of owned capacity in its busiest month."),
                new KpiTiles.Tile("tokens-per-joule", "Tokens per joule", Numbers.plain(h.tokensPerJoule(), 2),
                        "served on owned capacity", KpiTiles.Tone.NEUTRAL,
                        "Tokens served on owned capacity ÷ facility energy attributed to inference there."),
                new KpiTiles.Tile("tokens-per-watt-dollar", "Tokens/W per $", Numbers.plain(h.tokensPerWattPerDollar(), 3),
                        "tokens/J per $/GPU-h", KpiTiles.Tone.NEUTRAL,
                        "Tokens per joule ÷ owned cost per GPU-hour (docs/metrics.md)."),
                new KpiTiles.Tile("late-training", "Late training runs", Integer.toString(k.lateTrainingRuns()),
                        "of " + r.training().size(), k.lateTrainingRuns() > 0 ? KpiTiles.Tone.WARNING
                        : KpiTiles.Tone.NEUTRAL, "Training runs finishing after their deadline or not at all."));
    }
}
