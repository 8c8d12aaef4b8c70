package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Sourced;

/**
 * Time of the collectives a split model runs each layer, from a SKU's scale-up (NVLink / Infinity Fabric) bandwidth:
 * a fixed latency per collective plus its bytes over the link. Data sheets quote both directions together; a ring
 * sends one way at a time, so half the figure is the link's speed.
 */
final class Collectives {
    /**
     * Scale-out bandwidth per GPU, bytes/s, for pipeline-stage hand-offs and disaggregated KV transfers: one 400 Gb/s
     * NIC per GPU.
     */
    static final Sourced SCALE_OUT_BYTES_PER_SECOND = Sourced.of(50e9,
            "NVIDIA DGX H100 and DGX B200 data sheets: eight 400 Gb/s ConnectX-7 ports for eight GPUs = 50 GB/s per GPU");

    /**
     * Fixed time of one collective on top of its bytes over the link (launch, synchronisation, NCCL protocol), µs.
     */
    static final Sourced LATENCY_US = Sourced.of(30.0, "Fitted with the default efficiencies on the 28 fit cases of "
            + "docs/validation.md (grid 0–30 µs); NCCL's small-message all-reduce latency on 8 NVLink GPUs is tens of µs");

    private final double bytesPerSecond;
    private final double latencySeconds;

    private Collectives(double bytesPerSecond, double latencySeconds) {
        this.bytesPerSecond = bytesPerSecond;
        this.latencySeconds = latencySeconds;
    }

    /** The SKU's collectives; free when the SKU states no scale-up bandwidth (see {@link #costed()}). */
    static Collectives of(HardwareSku sku, double latencyUs) {
        Sourced link = sku.serving().scaleUpGBps();
        return link == null ? new Collectives(Double.POSITIVE_INFINITY, 0.0)
                : new Collectives(link.value() * 1e9 / 2.0, latencyUs / 1e6);
    }

    boolean costed() {
        return Double.isFinite(bytesPerSecond);
    }

    /** NCCL ring all-reduce of {@code bytes} over {@code n} GPUs: each sends 2(n−1)/n × bytes (NCCL PERFORMANCE.md). */
    double allReduceSeconds(double bytes, int n) {
        if (n <= 1 || !costed()) {
            return 0.0;
        }
        return latencySeconds + 2.0 * (n - 1) / n * bytes / bytesPerSecond;
    }

    /** All-to-all over {@code n} GPUs where each holds {@code bytesPerGpu} and keeps its own 1/n share. */
    double allToAllSeconds(double bytesPerGpu, int n) {
        if (n <= 1 || !costed()) {
            return 0.0;
        }
        return latencySeconds + (n - 1.0) / n * bytesPerGpu / bytesPerSecond;
    }

    /**
     * All-gather of a tensor of {@code bytes} in all (each GPU holds 1/n of it) or reduce-scatter of {@code bytes} on
     * every GPU over {@code n} GPUs: each GPU moves (n−1)/n × bytes over its link (NCCL PERFORMANCE.md, AllGather and
     * ReduceScatter bus bandwidth).
     */
    double allGatherSeconds(double bytes, int n) {
        if (n <= 1 || !costed()) {
            return 0.0;
        }
        return latencySeconds + (n - 1.0) / n * bytes / bytesPerSecond;
    }

    /** Hand-off of {@code bytes} between pipeline stages or prefill and decode GPUs, over {@code nics} NICs. */
    static double scaleOutSeconds(double bytes, int nics) {
        return bytes / (SCALE_OUT_BYTES_PER_SECOND.value() * nics);
    }
}
