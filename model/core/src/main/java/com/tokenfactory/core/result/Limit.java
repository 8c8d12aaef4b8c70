package com.tokenfactory.core.result;

/** What stopped the decode batch from growing, and so holds a service's throughput on a SKU. */
public enum Limit {
    /** The time per output token (with the prefill interleaved into each step) would pass the latency class's target. */
    LATENCY,
    /** The KV cache of one more sequence would not fit the HBM left after the weights. */
    KV_MEMORY,
    /** The serving software's batch limit ({@code maxDecodeBatch}). */
    BATCH_LIMIT,
    /** The step is compute-bound: a larger batch would add time in proportion and no throughput. */
    COMPUTE;

    /** Lower-case words for tables, e.g. "kv memory". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
