package com.tokenfactory.charts.table;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of the throughput table — per service × SKU, how the engine serves it and why — shared by
 * {@code tokenfactory run --throughput}, the report and the app's workloads tab so that all three say the same.
 */
public final class ThroughputColumns {
    /** One column: its header (with unit) and the cell text of an estimate. */
    public record Column(String header, Function<ThroughputEstimate, String> cell, boolean numeric) {
    }

    private static final String NONE = Numbers.UNKNOWN;

    /** What the table is, in one sentence. */
    public static final String SUMMARY = "Per service and SKU at the plan start, before software gains (docs/engine.md, "
            + "Throughput).";
    /** What each column means. */
    public static final String COLUMN_MEANINGS = "TP×PP (EP): tensor × pipeline parallel GPUs per replica (expert "
            + "parallel for mixture-of-experts). Math: the precision the weight GEMMs run in (after a slash, the routed "
            + "experts' where they run in another). \"Bound by\" names what stopped the decode batch growing: latency (the time per "
            + "output token target), KV memory, a batch limit or compute. Step: one decode step, the prefill chunks "
            + "interleaved into it included; TPOT: time per output token; TTFT: time to first token; in and out "
            + "tok/s/GPU: input (prompt) and output tokens a GPU serves per second at that batch.";
    /** What the table is and how to read it, under its title in the report (the app shows the meanings on hover). */
    public static final String NOTE = SUMMARY + " " + COLUMN_MEANINGS;

    /** Columns after the service and SKU. */
    public static final List<Column> COLUMNS = List.of(
            new Column("TP×PP (EP)", ThroughputColumns::layout, false),
            new Column("Math", e -> e.fits() ? e.precision() : NONE, false),
            new Column("Batch", e -> e.fits() ? Integer.toString(e.decodeBatch()) : NONE, true),
            new Column("Bound by", e -> e.fits() ? e.limit().label() : "does not fit", false),
            new Column("Step (ms)", e -> fixed(e, e.stepMs(), 1), true),
            new Column("TPOT (ms)", e -> fixed(e, e.tpotMs(), 1), true),
            new Column("TTFT (ms)", e -> fixed(e, e.ttftMs(), 0), true),
            new Column("Prefill GPUs (%)", e -> e.fits() && e.prefillGpuShare() > 0
                    ? fixed(e, 100 * e.prefillGpuShare(), 0) : NONE, true),
            new Column("In tok/s/GPU", e -> fixed(e, e.inputTokensPerSecondPerGpu(), 0), true),
            new Column("Out tok/s/GPU", e -> fixed(e, e.outputTokensPerSecondPerGpu(), 0), true),
            new Column("Targets", ThroughputColumns::targets, false));

    private ThroughputColumns() {
    }

    /** "2×1", or "8×1 (EP 8)" for a mixture-of-experts model. */
    public static String layout(ThroughputEstimate e) {
        if (!e.fits()) {
            return NONE;
        }
        String layout = e.tensorParallel() + "×" + e.pipelineStages();
        return e.expertParallel() > 1 ? layout + " (EP " + e.expertParallel() + ")" : layout;
    }

    /** "met", or which of the time per output token and the time to first token is missed. */
    public static String targets(ThroughputEstimate e) {
        if (!e.fits()) {
            return NONE;
        }
        if (e.meetsLatency() && e.meetsTtft()) {
            return "met";
        }
        return !e.meetsLatency() && !e.meetsTtft() ? "TPOT and TTFT missed" : !e.meetsLatency() ? "TPOT missed"
                : "TTFT missed";
    }

    /** The figure with fixed decimals (the one formatter's "—" where it is not finite); "—" where the model does not fit. */
    private static String fixed(ThroughputEstimate e, double v, int decimals) {
        return e.fits() ? Numbers.fixed(v, decimals) : NONE;
    }
}
