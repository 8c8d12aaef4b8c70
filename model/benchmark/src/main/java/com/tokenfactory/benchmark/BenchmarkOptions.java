package com.tokenfactory.benchmark;

import java.util.Objects;

/**
 * How to run the benchmark.
 *
 * @param provider     the execution provider to use
 * @param quick        small shapes and few runs: checks the workflow in a second or two; the figures do not
 *                     describe the device
 * @param measurePower sample board power where {@code nvidia-smi} exists
 */
public record BenchmarkOptions(ProviderChoice provider, boolean quick, boolean measurePower) {

    public BenchmarkOptions {
        Objects.requireNonNull(provider, "provider");
    }

    /** Best provider, full sizes, power measured where possible. */
    public static BenchmarkOptions defaults() {
        return new BenchmarkOptions(ProviderChoice.AUTO, false, true);
    }

    public BenchmarkOptions withProvider(ProviderChoice p) {
        return new BenchmarkOptions(p, quick, measurePower);
    }

    public BenchmarkOptions withQuick(boolean q) {
        return new BenchmarkOptions(provider, q, measurePower);
    }
}
