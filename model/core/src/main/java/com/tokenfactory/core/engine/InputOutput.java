package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.result.ThroughputEstimate;

/**
 * Input (prompt) and output (generated) tokens apart. Demand and throughput count both kinds together, in the
 * service's request mix: of every token served, in ÷ (in + out) is input.
 */
final class InputOutput {
    private InputOutput() {
    }

    /**
     * Revenue of {@code tokens} served: input tokens × input price + output tokens × output price, each price per
     * million tokens × {@code priceFactor} (the month's price decline).
     */
    static double revenueUsd(InferenceService svc, double tokens, double priceFactor) {
        return inputRevenueUsd(svc, tokens, priceFactor) + outputRevenueUsd(svc, tokens, priceFactor);
    }

    static double inputRevenueUsd(InferenceService svc, double tokens, double priceFactor) {
        return tokens * svc.inputShare() * svc.inputPriceUsdPerMillionTokens() * priceFactor / 1e6;
    }

    static double outputRevenueUsd(InferenceService svc, double tokens, double priceFactor) {
        return tokens * (1.0 - svc.inputShare()) * svc.outputPriceUsdPerMillionTokens() * priceFactor / 1e6;
    }

    /**
     * The share of a GPU's serving time spent on prefill (the input tokens), from the roofline's own terms:
     * in × prefill time per token ÷ (in × prefill time per token + out × step time ÷ batch). Cost is split between
     * input and output tokens by it; 0 where the model does not fit.
     */
    static double prefillTimeShare(ThroughputEstimate e, InferenceService svc) {
        if (!e.fits()) {
            return 0.0;
        }
        double prefill = svc.inputTokensPerRequest() * e.prefillMsPerToken();
        double decode = svc.outputTokensPerRequest() * e.stepMs() / e.decodeBatch();
        return prefill / (prefill + decode);
    }
}
