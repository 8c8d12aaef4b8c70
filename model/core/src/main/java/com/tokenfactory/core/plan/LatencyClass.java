package com.tokenfactory.core.plan;

/**
 * How fast a service must answer: the longest allowed time per output token (TPOT) of a decode step, and the longest
 * time to the first token (TTFT). The engine picks the largest decode batch whose step time, with the prefill work
 * interleaved into it, meets the TPOT, and checks the TTFT that follows.
 */
public enum LatencyClass {
    /** Chat and assistants: 40 ms per output token — MLPerf Inference v5.0, Llama 2 70B "interactive" scenario TPOT limit. */
    INTERACTIVE(40.0, 450.0, "MLPerf Inference v5.0, Llama 2 70B interactive scenario: TTFT ≤ 450 ms, TPOT ≤ 40 ms"),
    /** APIs: 200 ms per output token — MLPerf Inference, Llama 2 70B "server" scenario TPOT limit. */
    STANDARD(200.0, 2000.0, "MLPerf Inference v4.0+, Llama 2 70B server scenario: TTFT ≤ 2 s, TPOT ≤ 200 ms"),
    /** Offline and batch jobs: no streaming user; 2 s per step keeps batches bounded by memory, not latency. */
    BATCH(2000.0, Double.POSITIVE_INFINITY,
            "MLPerf offline scenario has no latency bound; 2 s per step caps batches by memory in practice; no TTFT bound");

    private final double maxMsPerOutputToken;
    private final double maxMsToFirstToken;
    private final String source;

    LatencyClass(double maxMsPerOutputToken, double maxMsToFirstToken, String source) {
        this.maxMsPerOutputToken = maxMsPerOutputToken;
        this.maxMsToFirstToken = maxMsToFirstToken;
        this.source = source;
    }

    public double maxMsPerOutputToken() {
        return maxMsPerOutputToken;
    }

    /** Longest time to the first token, ms; infinite where the class has none. */
    public double maxMsToFirstToken() {
        return maxMsToFirstToken;
    }

    public String source() {
        return source;
    }
}
