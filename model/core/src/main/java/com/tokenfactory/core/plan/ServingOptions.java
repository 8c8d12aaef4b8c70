package com.tokenfactory.core.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one service is served beyond its model and latency class. Everything is off by default; {@link #SOURCES} gives
 * published figures a user might pick.
 *
 * @param disaggregated          prefill and decode on separate GPUs of the same pool (Splitwise, DistServe), with
 *                               the split the engine chooses; false = chunked prefill interleaved into decode steps
 * @param prefixCacheHitRate     fraction of prompt tokens whose KV cache is reused from an earlier request (shared
 *                               system prompts, multi-turn chat) and so not prefilled again; 0 = off
 * @param draftTokensPerStep     tokens a draft model or head proposes per decode step (speculative decoding); 0 = off
 * @param acceptedTokensPerStep  mean tokens emitted per decode step with speculation, the bonus token included
 *                               (between 1 and draftTokensPerStep + 1); 1 when speculation is off
 * @param attentionTensorParallel a mixture of experts' attention split over the replica's GPUs by heads, as vLLM and
 *                               SGLang serve one unless told otherwise: each GPU holds every sequence's share of the
 *                               KV cache (all of a latent, or of a KV head shared by more GPUs than there are heads)
 *                               and a share of the attention weights. False = attention data-parallel, each GPU its
 *                               own sequences whole (TensorRT-LLM's enable_attention_dp, SGLang's
 *                               --enable-dp-attention). Dense models always split their attention
 */
public record ServingOptions(
        boolean disaggregated,
        double prefixCacheHitRate,
        int draftTokensPerStep,
        double acceptedTokensPerStep,
        boolean attentionTensorParallel) {

    public static final ServingOptions DEFAULT = new ServingOptions(false, 0.0, 0, 1.0, false);

    /** Figures a user might pick for the options, each with its source. */
    public static final Map<String, Sourced> SOURCES = sources();

    public ServingOptions {
        Check.between(prefixCacheHitRate, 0.0, 0.99, "prefixCacheHitRate");
        Check.between(draftTokensPerStep, 0, 16, "draftTokensPerStep");
        Check.between(acceptedTokensPerStep, 1.0, draftTokensPerStep + 1.0, "acceptedTokensPerStep");
    }

    public ServingOptions(boolean disaggregated, double prefixCacheHitRate, int draftTokensPerStep,
                          double acceptedTokensPerStep) {
        this(disaggregated, prefixCacheHitRate, draftTokensPerStep, acceptedTokensPerStep, false);
    }

    public boolean speculative() {
        return draftTokensPerStep > 0;
    }

    private static Map<String, Sourced> sources() {
        Map<String, Sourced> m = new LinkedHashMap<>();
        m.put("disaggregated", Sourced.of(0, "Off by default. Splitwise (Patel et al., ISCA 2024) and DistServe "
                + "(Zhong et al., OSDI 2024) serve prefill and decode on separate GPUs to meet both TTFT and TPOT"));
        m.put("prefixCacheHitRate", Sourced.of(0, "Off by default. SGLang RadixAttention (Zheng et al., NeurIPS "
                + "2024, arXiv:2312.07104) measured cache hit rates of 50–99% on few-shot, multi-turn chat and "
                + "agent workloads; unique prompts hit ~0%"));
        m.put("draftTokensPerStep", Sourced.of(0, "Off by default. EAGLE-2 (Li et al., 2024, arXiv:2406.16858) "
                + "drafts a tree of tokens per step; TensorRT-LLM and vLLM expose 3–5 draft tokens"));
        m.put("acceptedTokensPerStep", Sourced.of(1, "1 = no speculation. EAGLE-2 reports an average acceptance "
                + "length of about 4–5 tokens per step on MT-bench at batch 1; at serving batches the gain is "
                + "smaller (EAGLE-3, arXiv:2503.01840: 1.38× throughput in SGLang at batch 64)"));
        m.put("attentionTensorParallel", Sourced.of(0, "Off by default: a mixture of experts' attention runs "
                + "data-parallel, as TensorRT-LLM's max-throughput runs (enable_attention_dp) and SGLang's "
                + "--enable-dp-attention serve it. Under tensor parallelism a latent-attention model holds its KV "
                + "cache on every GPU (vLLM's DeepseekAttention replicates KV heads fewer than the GPUs); SGLang v0.4 "
                + "(lmsys.org blog, 4 Dec 2024) reports up to 1.9× decoding throughput from data-parallel attention"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
