package com.tokenfactory.core.engine;

import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.Sourced;

/**
 * One forward pass of a model replica — {@code tp} GPUs of a scale-up domain per pipeline stage, {@code pp} stages —
 * over a microbatch of {@code b} decoding sequences plus {@code p} prefill tokens, as a roofline taken operator by
 * operator (LLM-Viewer, Yuan et al. 2024; GenZ, Bambhaniya et al. 2024): each kind of operator runs at the slower of
 * its math and its memory traffic, and the kinds run one after another. Attention is two such operators: the
 * prompts' (their math) and the decoders' (the slower of their math and their KV reads).
 * <pre>
 *   pass(b, p) = Σ_op max(flops_op / (tp · peak_op · η_op), bytes_op / (tp · bandwidth · η_m,op)) + communication
 *                + overhead + moeLayers · moeLayer (mixture of experts) + sequenceOverhead · b / schedulers
 *   weights             : flops = 2·active·t,        bytes = weightsRead(t)      (t = b·v + p tokens)
 *   decoders' attention : flops = b·v·keys(decode)·perKey(decode),  bytes = copies·b·kvPerToken·keys(decode)/layers
 *   prompts' attention  : flops = p·keys(prompt)·4·width
 * </pre>
 * η_op = η_c, times fp4Efficiency for weight GEMMs in FP4 and, for the routed experts' math, expertEfficiency × the
 * experts' size factor ({@link #expertSizeFactor}: expertEfficiency is stated at Qwen3-235B-A22B's expert size);
 * η_m,op = η_m, times expertReadEfficiency for the routed experts' weights.
 * width = attention heads × head size (the hidden size unless the model states its own head size), perKey(decode) =
 * 4·width, or with latent attention (DeepSeek-V3's MLA) heads × 2·(2·latent + rope): {@link
 * ModelShape#decodeAttentionFlopsPerKey}; copies = tp ÷ kvHeads where a dense model has fewer KV heads than GPUs,
 * else 1 ({@link #kvCopies}),
 * keys(decode) = layers × ctx, ctx = min(context, input + output/2) the mean live length while decoding, and
 * keys(prompt) = layers × (input − computedInput/2) — except that a layer with chunked local attention (Llama 4: 36 of
 * 48 layers, chunks of 8,192) attends only within its token's chunk, and a sliding-window layer (gpt-oss: every
 * second layer, 128 tokens) only to the last window: {@link ModelShape#attendedTokenLayers}. A chunked layer still
 * holds its whole context's KV (TensorRT-LLM keeps one attention window of max_seq_len for every layer unless told
 * otherwise, {@code _torch/pyexecutor/resource_manager.py}) but its kernels skip the keys outside the chunk (PR #4693:
 * chunked attention in the generation phase); a sliding-window layer holds only its window
 * ({@link ModelShape#heldTokenLayers}). v = draft tokens + 1 verified per sequence.
 * weightsRead(t) = all weights for a dense model. A mixture of experts splits its weights into two
 * operators: the non-expert weights (attention projections, dense layers, shared experts) each GPU reads whole, and
 * the routed experts, of which t tokens are likely to touch expertWeights × (1 − (1 − k/E)^t) — so a step whose
 * tokens spread thinly over many experts is memory-bound in its experts even when its dense part is compute-bound.
 * The routed experts' math runs at {@link Efficiencies#expertEfficiency()} of the dense GEMMs' speed (measured
 * mixture-of-experts serving falls well short of the dense roofline: routing, token permutation, many small grouped
 * GEMMs, uneven expert load) for experts of Qwen3-235B-A22B's size, larger experts faster and smaller ones slower by
 * P ÷ (P + P½) ({@link #expertSizeFactor}: a grouped GEMM over small weight matrices reaches less of the peak), and
 * their weights are read at {@link Efficiencies#expertReadEfficiency()} of the dense
 * weights' read speed (a grouped GEMM streams many small weight matrices, one per expert, with the routing, the
 * activation and the second GEMM between them: measured MoE layers read their experts at 0.44–0.88 of HBM bandwidth
 * once most experts are touched, docs/research/moe-layer-timings.md).
 * The weight GEMMs compute at the model's math precision (FP4 on Blackwell for NVFP4; the routed experts at their
 * own where the model stores them at another, {@link ModelShape#expertMathBytesPerValue}), in FP4 at
 * {@link Efficiencies#fp4Efficiency()} of the compute efficiency (measured FP4 GEMMs reach a smaller share of their
 * peak than FP8 ones on the same GPU); attention computes at its KV cache's precision and never below FP8
 * (TensorRT-LLM's and FlashAttention-3's fused attention run FP8 at the narrowest; no serving stack computes
 * attention in FP4).
 * <p>
 * Communication per pass: a dense model splits every layer over tp GPUs (Megatron-LM tensor parallelism), two
 * all-reduces of the pass's hidden states per layer. They move BF16 whatever precision the GEMMs compute in: a
 * row-parallel GEMM's partial outputs are summed in BF16 and quantized only after the reduction (TensorRT-LLM's and
 * vLLM's fused all-reduce + residual + RMSNorm + quantize kernels; TensorRT-LLM's FP8 "low-precision all-reduce" is
 * an opt-in for PCIe boards). A mixture-of-experts model runs attention data-parallel (unless the service splits it
 * by heads, {@link com.tokenfactory.core.plan.ServingOptions#attentionTensorParallel()}: then it is split and
 * all-reduced like a dense model's, its experts still spread over the GPUs) and spreads
 * its routed experts over the tp GPUs (expert parallelism, as DeepSeek-V3 and wide-EP serving do): each GPU holds and
 * reads the non-expert weights whole ({@link ModelShape#sharedParamsBillions()}), and per MoE layer
 * ({@link ModelShape#moeLayers()}; a dense layer of a MoE model runs data-parallel and exchanges nothing) one
 * all-to-all
 * dispatches each GPU's tokens to their k experts at the activations' precision and one combines the results in BF16
 * (DeepSeek-V3 technical report, 2024: dispatch in FP8, combine kept in BF16). Where the serving software instead gathers
 * the experts' tokens ({@link ServingLimits#gatheredExperts()}: TensorRT-LLM's CUTLASS MoE under attention data
 * parallelism, {@code fused_moe_cutlass.py}: "routing [...] [+ fp4_allgather] + FusedMoe Op[no allreduce] +
 * reducescatter, with AttentionDP on")
 * every GPU all-gathers all tokens at the activations' precision, runs its own experts on them and reduce-scatters
 * the result in the hidden states' BF16: per layer (n−1)/n × t·hidden·(activation bytes + 2) over each GPU's link,
 * against (n−1)/n × t·k/n·hidden·(activation bytes + 2) for the all-to-all. Pipeline stages hand the hidden states on
 * over the scale-out network. The stage time is the pass ÷ pp and pp microbatches are in flight, so a replica completes
 * pp·b sequences' tokens per pass.
 */
final class ReplicaPass {
    /**
     * Bytes per value of the hidden states that all-reduces, expert combines and pipeline hand-offs move: BF16 (or the
     * activations' own precision where that is wider).
     */
    static final double HIDDEN_STATE_BYTES = 2.0;
    /**
     * Fixed time of each mixture-of-experts layer in a pass, µs: the kernels a MoE layer runs beyond a dense MLP's
     * (routing, activation quantization, token permutation and its reversal) and its grouped GEMMs' launch and tail,
     * each microseconds whatever the batch.
     */
    static final Sourced MOE_LAYER_US = Sourced.rough(100.0, "Fitted with the default efficiencies on the 28 fit "
            + "cases of docs/validation.md (grid 0–300 µs). Its parts take microseconds whatever the batch: "
            + "TensorRT-LLM's MoE routing kernel 8–10 µs from 32 to 128 tokens on a B200 (NVIDIA/TensorRT-LLM PR "
            + "#14590), SGLang's routing + quantization + packing 7.8 µs a layer at decode (sgl-project/sglang PR "
            + "#32699)");
    /**
     * Share of the dense weights' read speed (the memory efficiency) at which the routed experts' weights are read.
     */
    static final Sourced EXPERT_READ_EFFICIENCY = Sourced.rough(0.60, "Fitted with the default efficiencies on the "
            + "28 fit cases of docs/validation.md (grid 0.50–1.00): 0.60 × the 0.80 memory efficiency = 0.48 of HBM "
            + "bandwidth. Measured whole MoE layers read their experts below the dense rate, at 0.44–0.88 of HBM "
            + "bandwidth once most experts are touched (routing included, which the engine charges apart): 0.58–0.61 "
            + "in TensorRT-LLM's MoE kernels on a B200 (TensorRT-LLM tech blog 24, \"MoE as Dense GEMM\"), "
            + "0.66–0.67 in vLLM's Triton fused_moe on an H100 (vllm-project/vllm PR #24700); "
            + "docs/research/moe-layer-timings.md");
    /**
     * Parameters of one routed expert in one layer at which its grouped GEMMs reach half the speed large experts
     * approach: an expert's math runs at P ÷ (P + P½) of that, relative to the reference expert the plan's expert
     * efficiency is stated at ({@link #REFERENCE_EXPERT_PARAMS}).
     */
    static final Sourced EXPERT_HALF_SPEED_PARAMS = Sourced.rough(23e6, "Measured MoE kernels at 256 tokens per "
            + "expert: Mixtral's experts (88 million parameters per GPU in a layer, tuned Triton BF16 on an H100) "
            + "reached 43.8% of the dense peak and Qwen3-30B-A3B's (4.7 million, Triton FP8) 9.5%; P ÷ (P + P½) "
            + "through both gives P½ ≈ 23 million, computed before any scan of the validation (docs/research/"
            + "moe-layer-timings.md); DeepGEMM's grouped GEMM for DeepSeek-V3's 44-million-parameter experts, "
            + "0.63–0.71 of its dense speed, brackets the 0.66 it gives");
    /**
     * The expert size the plan's expert efficiency is stated at: Qwen3-235B-A22B's (18.9 million parameters in a
     * layer), the one mixture of experts the efficiency was fitted on, so that fit's figures carry unchanged.
     */
    static final double REFERENCE_EXPERT_PARAMS = KnownModels.QWEN3_235B.shape().paramsPerRoutedExpertLayer();
    final int tp;
    final int pp;
    private final ModelShape m;
    private final double flopsPerSecond;
    /** The routed experts' GEMMs at full speed, FLOP/s: their own math precision where their weights state one. */
    private final double expertFlopsPerSecond;
    /** flopsPerSecond ÷ expertFlopsPerSecond: exactly 1 when the experts compute at the model's precision. */
    private final double expertSlowdown;
    private final double attentionFlopsPerSecond;
    private final double bytesPerSecond;
    /** The routed experts' weight reads, B/s: slower than the dense weights' ({@link #EXPERT_READ_EFFICIENCY}). */
    private final double expertBytesPerSecond;
    private final double overhead;
    private final double sequenceOverhead;
    /** Fixed time of the pass's mixture-of-experts layers, s (0 for a dense model). */
    private final double moeLayersSeconds;
    private final double expertEfficiency;
    private final Collectives net;
    private final boolean gatheredExperts;
    /** Weight-GEMM FLOPs per token: all of them for a dense model, the non-expert part for a mixture of experts. */
    private final double sharedFlopsPerToken;
    /** Routed-expert GEMM FLOPs per token (0 for a dense model). */
    private final double expertFlopsPerToken;
    private final double decodeAttentionFlopsPerToken;
    private final double prefillAttentionFlopsPerToken;
    /** KV cache a decoding sequence holds at its mean live length (a sliding-window layer only its window), bytes. */
    final double kvPerSequence;
    /** KV cache a decoding sequence reads each step (a chunked layer reads only its own chunk's), bytes. */
    private final double kvReadPerSequence;
    /** KV cache of a request's whole prompt and output, bytes. */
    final double kvPerWholeRequest;
    final int verifiedPerSequence;
    /**
     * Whether each GPU runs attention for its own sequences (a mixture of experts unless the service splits its
     * attention: {@link com.tokenfactory.core.plan.ServingOptions#attentionTensorParallel()}); then every GPU holds
     * and reads the non-expert weights whole and schedules its own sequences.
     */
    private final boolean dataParallelAttention;

    ReplicaPass(InferenceService s, HardwareSku sku, Efficiencies eff, Collectives net, int tp, int pp) {
        this(s, sku, eff, net, tp, pp, false);
    }

    ReplicaPass(InferenceService s, HardwareSku sku, Efficiencies eff, Collectives net, int tp, int pp,
                boolean gatheredExperts) {
        this.gatheredExperts = gatheredExperts;
        this.tp = tp;
        this.pp = pp;
        this.m = s.model();
        this.net = net;
        this.flopsPerSecond = gemmFlopsPerSecond(sku, eff, m.mathBytesPerValue());
        this.expertFlopsPerSecond = gemmFlopsPerSecond(sku, eff, m.expertMathBytesPerValue());
        this.expertSlowdown = flopsPerSecond / expertFlopsPerSecond;
        this.attentionFlopsPerSecond = tp * sku.peakFlopsFor(Math.max(1.0, m.kvBytesPerValue()))
                * eff.computeEfficiency();
        this.bytesPerSecond = tp * sku.hbmBytesPerSecond() * eff.memoryEfficiency();
        this.expertBytesPerSecond = bytesPerSecond * eff.expertReadEfficiency();
        this.overhead = eff.stepOverheadMs() / 1000.0;
        this.sequenceOverhead = eff.sequenceOverheadUs() / 1e6;
        this.moeLayersSeconds = m.moeLayers() * eff.moeLayerUs() / 1e6;
        this.expertEfficiency = eff.expertEfficiency() * expertSizeFactor(m);
        double in = s.inputTokensPerRequest();
        double computedIn = in * (1.0 - s.serving().prefixCacheHitRate());
        double out = s.outputTokensPerRequest();
        // layers × keys each decoded token attends to (a chunked layer only its own chunk's, a sliding one only its
        // window's), and the prompt's
        double decodeTokenLayers = m.attendedTokenLayers(in, in + out);
        double promptTokenLayers = m.attendedTokenLayers(in - computedIn, in);
        double activeFlops = 2.0 * m.activeParamsBillions() * 1e9;
        double sharedFlops = m.mixtureOfExperts() ? Math.min(activeFlops, 2.0 * m.sharedParamsBillions() * 1e9)
                : activeFlops;
        this.sharedFlopsPerToken = sharedFlops;
        this.expertFlopsPerToken = activeFlops - sharedFlops;
        this.decodeAttentionFlopsPerToken = decodeTokenLayers * m.decodeAttentionFlopsPerKey();
        this.prefillAttentionFlopsPerToken = promptTokenLayers * m.promptAttentionFlopsPerKey();
        this.dataParallelAttention = m.mixtureOfExperts() && !s.serving().attentionTensorParallel();
        double copies = kvCopies(m, tp, dataParallelAttention);
        this.kvPerSequence = copies * m.kvBytesHeld(in, in + out);
        this.kvReadPerSequence = copies * m.kvBytesPerTokenLayer() * decodeTokenLayers;
        this.kvPerWholeRequest = copies * m.kvBytesHeld(in + out, in + out);
        this.verifiedPerSequence = s.serving().draftTokensPerStep() + 1;
    }

    /**
     * Copies of each sequence's KV cache a replica holds: attention split over more GPUs than the model has KV heads
     * puts each head on tp ÷ kvHeads of them (vLLM's QKVParallelLinear replicates the KV heads when the tensor-parallel
     * size exceeds them; trtllm-bench sizes its cache with "at least 1 kv head" per GPU), so latent attention's one
     * latent sits on every GPU. Attention run data-parallel (a mixture of experts' by default) holds each sequence's
     * cache whole on its own GPU, once.
     */
    static double kvCopies(ModelShape m, int tp, boolean dataParallelAttention) {
        return dataParallelAttention ? 1.0 : Math.max(1.0, (double) tp / m.kvHeads());
    }

    /**
     * How much faster (or slower) a model's routed experts compute than the reference expert's, at equal expert
     * efficiency: (P ÷ (P + P½)) ÷ (P_ref ÷ (P_ref + P½)). Qwen3-30B-A3B's 4.7-million-parameter experts 0.38×,
     * DeepSeek-V3's 1.46×, Llama 4's 126 million 1.88×, approaching 2.2× for very large experts; 1 for a dense model.
     */
    static double expertSizeFactor(ModelShape m) {
        if (!m.mixtureOfExperts()) {
            return 1.0;
        }
        double half = EXPERT_HALF_SPEED_PARAMS.value();
        double p = m.paramsPerRoutedExpertLayer();
        return (p / (p + half)) / (REFERENCE_EXPERT_PARAMS / (REFERENCE_EXPERT_PARAMS + half));
    }

    /** Weight GEMMs' speed at a math precision on this replica's tp GPUs, FP4 at its own share of the efficiency. */
    private double gemmFlopsPerSecond(HardwareSku sku, Efficiencies eff, double mathBytes) {
        return tp * sku.peakFlopsFor(mathBytes) * eff.computeEfficiency()
                * (sku.computesInFp4(mathBytes) ? eff.fp4Efficiency() : 1.0);
    }

    int gpus() {
        return tp * pp;
    }

    /** HBM left for KV cache on the whole replica, bytes. */
    double freeBytes(double usableHbmFraction, double hbmBytes) {
        return gpus() * hbmBytes * usableHbmFraction - m.weightBytes() - (tp - 1) * replicatedSharedBytes();
    }

    /** Non-expert weights of a mixture of experts, bytes (0 for dense models). */
    private double sharedBytes() {
        return m.sharedWeightBytes();
    }

    /** Non-expert weights each GPU holds whole beyond its share: all of them under data-parallel attention. */
    private double replicatedSharedBytes() {
        return dataParallelAttention ? sharedBytes() : 0.0;
    }

    /** Weight bytes outside the routed experts that the replica's GPUs read each pass, together. */
    private double sharedBytesRead() {
        return m.mixtureOfExperts() ? sharedBytes() + (tp - 1) * replicatedSharedBytes() : m.weightBytes();
    }

    private double tokens(double b, double p) {
        return b * verifiedPerSequence + p;
    }

    private double sharedWeightSeconds(double t) {
        return Math.max(t * sharedFlopsPerToken / flopsPerSecond, sharedBytesRead() / bytesPerSecond);
    }

    private double expertWeightSeconds(double t) {
        if (!m.mixtureOfExperts()) {
            return 0.0;
        }
        return Math.max(t * expertFlopsPerToken / (expertFlopsPerSecond * expertEfficiency),
                expertBytesRead(t) / expertBytesPerSecond);
    }

    /** Routed-expert weights t tokens are likely to touch, bytes. */
    private double expertBytesRead(double t) {
        return (m.weightBytes() - sharedBytes()) * (1.0 - Math.pow(1.0 - m.routedFraction(), t));
    }

    private double attentionFlops(double b, double p) {
        return decodersAttentionFlops(b) + p * prefillAttentionFlopsPerToken;
    }

    private double decodersAttentionFlops(double b) {
        return b * verifiedPerSequence * decodeAttentionFlopsPerToken;
    }

    /**
     * The decoding sequences' attention reads their KV caches; the prompts' attention computes over their own keys —
     * two kernels, one after the other (TensorRT-LLM's attention op runs its context requests, then its generation
     * requests: {@code cpp/tensorrt_llm/thop/attentionOp.cpp}, {@code runner->run(is_context=true)} then
     * {@code (is_context=false)}), so the prompts' math does not hide under the decoders' reads.
     */
    private double attentionSeconds(double b, double p) {
        double decoders = Math.max(decodersAttentionFlops(b) / attentionFlopsPerSecond,
                b * kvReadPerSequence / bytesPerSecond);
        return p * prefillAttentionFlopsPerToken / attentionFlopsPerSecond + decoders;
    }

    /** All the pass's math at full speed, s (what the tensor cores are busy for). */
    double computeSeconds(double b, double p) {
        double t = tokens(b, p);
        return t * (sharedFlopsPerToken + expertFlopsPerToken * expertSlowdown) / flopsPerSecond
                + attentionFlops(b, p) / attentionFlopsPerSecond;
    }

    /** All the pass's memory traffic at full speed, s. */
    double memorySeconds(double b, double p) {
        double t = tokens(b, p);
        double weightsRead = sharedBytesRead() + (m.mixtureOfExperts() ? expertBytesRead(t) : 0.0);
        return (weightsRead + b * kvReadPerSequence) / bytesPerSecond;
    }

    double communicationSeconds(double b, double p) {
        double tokens = tokens(b, p);
        double activationBytes = tokens * m.hiddenSize() * m.activationBytesPerValue();
        double hiddenStateBytes = tokens * m.hiddenSize() * Math.max(HIDDEN_STATE_BYTES, m.activationBytesPerValue());
        double layers;
        if (!dataParallelAttention) {
            // attention split by heads: every GPU has every token after the attention's all-reduce, runs its share
            // of the layer (its experts, for a mixture of experts) on them, and the outputs are summed again
            layers = m.layers() * 2.0 * net.allReduceSeconds(hiddenStateBytes, tp);
        } else if (gatheredExperts) {
            layers = m.moeLayers() * (net.allGatherSeconds(activationBytes, tp)
                    + net.allGatherSeconds(hiddenStateBytes, tp));
        } else {
            layers = m.moeLayers() * (net.allToAllSeconds(activationBytes / tp * m.expertsPerToken(), tp)
                    + net.allToAllSeconds(hiddenStateBytes / tp * m.expertsPerToken(), tp));
        }
        double handoffs = (pp - 1) * Collectives.scaleOutSeconds(hiddenStateBytes / tp, tp);
        return layers + handoffs;
    }

    double seconds(double b, double p) {
        double t = tokens(b, p);
        return sharedWeightSeconds(t) + expertWeightSeconds(t) + attentionSeconds(b, p) + communicationSeconds(b, p)
                + overhead + moeLayersSeconds + schedulerSeconds(b);
    }

    /**
     * Host time of the step's sequences: a replica whose attention is split has one scheduler walking all b; attention
     * data-parallel GPUs each schedule their own b/tp at once.
     */
    double schedulerSeconds(double b) {
        return sequenceOverhead * b / (dataParallelAttention ? tp : 1);
    }

    boolean computeBound(double b, double p) {
        return computeSeconds(b, p) >= memorySeconds(b, p);
    }

    /** Compute-bound prefill time per prompt token on this replica, s. */
    double prefillSecondsPerToken() {
        return (sharedFlopsPerToken + expertFlopsPerToken * expertSlowdown) / flopsPerSecond
                + prefillAttentionFlopsPerToken / attentionFlopsPerSecond;
    }
}
