package com.tokenfactory.core.plan;

import java.util.SortedSet;

/**
 * A model served to users.
 *
 * @param demand                    tokens per day asked for, month by month
 * @param inputTokensPerRequest     average prompt length (prefill), tokens
 * @param outputTokensPerRequest    average answer length (decode), tokens
 * @param model                     the served model's shape
 * @param latency                   how fast output must stream
 * @param priceUsdPerMillionTokens  blended price per million tokens (input and output) at the plan start
 * @param priceDeclinePerYear       yearly price decline (0.3 = 30% cheaper each year); null means the plan's assumption
 * @param priority                  1 is served first; capacity goes to higher priorities before lower ones
 * @param serveAtLoss               serve at a loss to keep the customer: also on capacity whose marginal cost per token
 *                                  (on-demand rental's hourly fee, owned capacity's extra electricity) exceeds the
 *                                  price; false (the default) leaves such demand unserved
 * @param serving                   disaggregation, prefix caching and speculative decoding ({@link ServingOptions#DEFAULT}: all off)
 */
public record InferenceService(
        String id,
        String name,
        DemandCurve demand,
        double inputTokensPerRequest,
        double outputTokensPerRequest,
        ModelShape model,
        LatencyClass latency,
        double priceUsdPerMillionTokens,
        Double priceDeclinePerYear,
        SortedSet<String> requiredCertifications,
        int priority,
        String source,
        boolean serveAtLoss,
        ServingOptions serving) implements Workload {

    public InferenceService {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        Check.present(demand, "demand");
        Check.positive(inputTokensPerRequest, "inputTokensPerRequest");
        Check.positive(outputTokensPerRequest, "outputTokensPerRequest");
        Check.present(model, "model");
        Check.present(latency, "latency");
        Check.nonNegative(priceUsdPerMillionTokens, "priceUsdPerMillionTokens");
        if (priceDeclinePerYear != null) {
            Check.between(priceDeclinePerYear, 0.0, 0.999, "priceDeclinePerYear");
        }
        requiredCertifications = Check.labels(requiredCertifications, "requiredCertifications");
        Check.between(priority, 1, 100, "priority");
        source = Check.optionalText(source);
        serving = serving == null ? ServingOptions.DEFAULT : serving;
    }

    /** A service that is served only where it does not lose money (the default), the default way. */
    public InferenceService(String id, String name, DemandCurve demand, double inputTokensPerRequest,
                            double outputTokensPerRequest, ModelShape model, LatencyClass latency,
                            double priceUsdPerMillionTokens, Double priceDeclinePerYear,
                            SortedSet<String> requiredCertifications, int priority, String source) {
        this(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency, priceUsdPerMillionTokens,
                priceDeclinePerYear, requiredCertifications, priority, source, false);
    }

    /** A service served the default way (chunked prefill, no prefix cache, no speculation). */
    public InferenceService(String id, String name, DemandCurve demand, double inputTokensPerRequest,
                            double outputTokensPerRequest, ModelShape model, LatencyClass latency,
                            double priceUsdPerMillionTokens, Double priceDeclinePerYear,
                            SortedSet<String> requiredCertifications, int priority, String source,
                            boolean serveAtLoss) {
        this(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency, priceUsdPerMillionTokens,
                priceDeclinePerYear, requiredCertifications, priority, source, serveAtLoss, ServingOptions.DEFAULT);
    }

    /** This service, served at a loss where needed ({@code true}) or only where it pays ({@code false}). */
    public InferenceService withServeAtLoss(boolean keep) {
        return new InferenceService(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceUsdPerMillionTokens, priceDeclinePerYear, requiredCertifications, priority, source, keep, serving);
    }

    /** This service with other serving options. */
    public InferenceService withServing(ServingOptions options) {
        return new InferenceService(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceUsdPerMillionTokens, priceDeclinePerYear, requiredCertifications, priority, source, serveAtLoss,
                options);
    }
}
