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
        String source) implements Workload {

    public InferenceService {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        Check.present(demand, "demand");
        Check.between(inputTokensPerRequest, 0.001, 1e8, "inputTokensPerRequest");
        Check.between(outputTokensPerRequest, 0.001, 1e8, "outputTokensPerRequest");
        Check.present(model, "model");
        Check.present(latency, "latency");
        Check.between(priceUsdPerMillionTokens, 0, 1e6, "priceUsdPerMillionTokens");
        if (priceDeclinePerYear != null) {
            Check.between(priceDeclinePerYear, 0.0, 0.999, "priceDeclinePerYear");
        }
        requiredCertifications = Check.labels(requiredCertifications, "requiredCertifications");
        Check.between(priority, 1, 100, "priority");
        source = Check.boundedText(source, "source");
    }
}
