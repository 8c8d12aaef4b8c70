package com.tokenfactory.core.plan;

/**
 * How fast a service must stream output tokens: the longest allowed time per output token (TPOT) of a decode step.
 * The engine picks the largest decode batch whose step time meets it.
 */
public enum LatencyClass {
    /** Chat and assistants: 40 ms per output token — MLPerf Inference v5.0, Llama 2 70B "interactive" scenario TPOT limit. */
    INTERACTIVE(40.0, "MLPerf Inference v5.0, Llama 2 70B interactive scenario: TPOT ≤ 40 ms"),
    /** APIs: 200 ms per output token — MLPerf Inference, Llama 2 70B "server" scenario TPOT limit. */
    STANDARD(200.0, "MLPerf Inference v4.0+, Llama 2 70B server scenario: TPOT ≤ 200 ms"),
    /** Offline and batch jobs: no streaming user; 2 s per step keeps batches bounded by memory, not latency. */
    BATCH(2000.0, "MLPerf offline scenario has no latency bound; 2 s per step caps batches by memory in practice");

    private final double maxMsPerOutputToken;
    private final String source;

    LatencyClass(double maxMsPerOutputToken, String source) {
        this.maxMsPerOutputToken = maxMsPerOutputToken;
        this.source = source;
    }

    public double maxMsPerOutputToken() {
        return maxMsPerOutputToken;
    }

    public String source() {
        return source;
    }
}
