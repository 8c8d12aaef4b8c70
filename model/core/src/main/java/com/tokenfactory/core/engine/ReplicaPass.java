package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelShape;

/**
 * One forward pass of a model replica — {@code tp} GPUs of a scale-up domain per pipeline stage, {@code pp} stages —
 * over a microbatch of {@code b} decoding sequences plus {@code p} prefill tokens, as a roofline (GenZ, LLM-Viewer):
 * <pre>
 *   pass(b, p) = max(compute, memory) + communication + overhead
 *   compute    = (b·v·F_decode + p·F_prefill) / (tp · peak · η_c)
 *   memory     = (weightsRead(b·v + p) + b · kvPerSequence) / (tp · bandwidth · η_m)
 * </pre>
 * with F_decode = 2·active + 4·layers·ctx·hidden (ctx = min(context, input + output/2), the mean live length while
 * decoding), F_prefill = 2·active + 4·layers·(input − computedInput/2)·hidden, v = draft tokens + 1 verified per
 * sequence, and weightsRead(t) = all weights for a dense model; for a mixture of experts, the non-expert weights on
 * each GPU plus the routed experts t tokens are likely to touch, expertWeights × (1 − (1 − k/E)^t).
 * <p>
 * Communication per pass: a dense model splits every layer over tp GPUs (Megatron-LM tensor parallelism), two
 * all-reduces of the pass's activations per layer. A mixture-of-experts model runs attention data-parallel and spreads
 * its routed experts over the tp GPUs (expert parallelism, as DeepSeek-V3 and wide-EP serving do): each GPU holds and
 * reads the non-expert weights whole ({@link ModelShape#sharedParamsBillions()}), and per layer one all-to-all
 * dispatches each GPU's tokens to their k experts and one combines them. Pipeline stages hand activations on over the
 * scale-out network. The stage time is the pass ÷ pp and pp microbatches are in flight, so a replica completes
 * pp·b sequences' tokens per pass.
 */
final class ReplicaPass {
    final int tp;
    final int pp;
    private final ModelShape m;
    private final double flopsPerSecond;
    private final double bytesPerSecond;
    private final double overhead;
    private final Collectives net;
    final double decodeFlopsPerToken;
    final double prefillFlopsPerToken;
    final double kvPerSequence;
    final int verifiedPerSequence;

    ReplicaPass(InferenceService s, HardwareSku sku, Efficiencies eff, Collectives net, int tp, int pp) {
        this.tp = tp;
        this.pp = pp;
        this.m = s.model();
        this.net = net;
        this.flopsPerSecond = tp * sku.peakFlopsFor(m.mathBytesPerValue()) * eff.computeEfficiency();
        this.bytesPerSecond = tp * sku.hbmBytesPerSecond() * eff.memoryEfficiency();
        this.overhead = eff.stepOverheadMs() / 1000.0;
        double in = s.inputTokensPerRequest();
        double computedIn = in * (1.0 - s.serving().prefixCacheHitRate());
        double ctx = Math.min(m.contextTokens(), in + s.outputTokensPerRequest() / 2.0);
        double activeFlops = 2.0 * m.activeParamsBillions() * 1e9;
        this.decodeFlopsPerToken = activeFlops + 4.0 * m.layers() * ctx * m.hiddenSize();
        this.prefillFlopsPerToken = activeFlops + 4.0 * m.layers() * (in - computedIn / 2.0) * m.hiddenSize();
        this.kvPerSequence = m.kvBytesPerToken() * ctx;
        this.verifiedPerSequence = s.serving().draftTokensPerStep() + 1;
    }

    int gpus() {
        return tp * pp;
    }

    /** HBM left for KV cache on the whole replica, bytes. */
    double freeBytes(double usableHbmFraction, double hbmBytes) {
        return gpus() * hbmBytes * usableHbmFraction - m.weightBytes() - (tp - 1) * sharedBytes();
    }

    /** Non-expert weights every expert-parallel GPU holds whole, bytes (0 for dense models). */
    private double sharedBytes() {
        return m.sharedParamsBillions() * 1e9 * m.weightBytesPerParam();
    }

    double computeSeconds(double b, double p) {
        return (b * verifiedPerSequence * decodeFlopsPerToken + p * prefillFlopsPerToken) / flopsPerSecond;
    }

    double memorySeconds(double b, double p) {
        double tokens = b * verifiedPerSequence + p;
        double weightsRead = m.mixtureOfExperts()
                ? tp * sharedBytes() + (m.weightBytes() - sharedBytes()) * (1.0 - Math.pow(1.0 - m.routedFraction(), tokens))
                : m.weightBytes();
        return (weightsRead + b * kvPerSequence) / bytesPerSecond;
    }

    double communicationSeconds(double b, double p) {
        double tokens = b * verifiedPerSequence + p;
        double activationBytes = tokens * m.hiddenSize() * m.activationBytesPerValue();
        double perLayer = m.mixtureOfExperts()
                ? 2.0 * net.allToAllSeconds(activationBytes / tp * m.expertsPerToken(), tp)
                : 2.0 * net.allReduceSeconds(activationBytes, tp);
        double handoffs = (pp - 1) * Collectives.scaleOutSeconds(activationBytes / tp, tp);
        return m.layers() * perLayer + handoffs;
    }

    double seconds(double b, double p) {
        return Math.max(computeSeconds(b, p), memorySeconds(b, p)) + communicationSeconds(b, p) + overhead;
    }

    boolean computeBound(double b, double p) {
        return computeSeconds(b, p) >= memorySeconds(b, p);
    }

    /** Compute-bound prefill time per prompt token on this replica, s. */
    double prefillSecondsPerToken() {
        return prefillFlopsPerToken / flopsPerSecond;
    }
}
