package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.SortedSet;

/**
 * A model served to users.
 *
 * @param demand                         demand month by month, as a daily (or monthly) average, in {@code demandUnit}:
 *                                       tokens per day (input and output together, in the request's mix) unless the
 *                                       unit says requests
 * @param inputTokensPerRequest          average prompt length (prefill), tokens
 * @param outputTokensPerRequest         average answer length (decode), tokens
 * @param model                          the served model's shape
 * @param latency                        how fast output must stream
 * @param priceDeclinePerYear            yearly price decline (0.3 = 30% cheaper each year); null means the plan's
 *                                       assumption
 * @param priority                       1 is served first; capacity goes to higher priorities before lower ones
 * @param serveAtLoss                    serve at a loss to keep the customer: also on capacity whose marginal cost per
 *                                       token (on-demand rental's hourly fee, owned capacity's extra electricity)
 *                                       exceeds the price; false (the default) leaves such demand unserved
 * @param inputPriceUsdPerMillionTokens  price per million input (prompt) tokens at the plan start
 * @param outputPriceUsdPerMillionTokens price per million output (generated) tokens at the plan start
 * @param peakToAverage                  the busiest hour's demand ÷ the day's average demand (1 = flat, the behaviour
 *                                       before daily peaks); capacity is held for the peak
 * @param serving                        disaggregation, prefix caching and speculative decoding
 *                                       ({@link ServingOptions#DEFAULT}: all off)
 * @param demandUnit                     what {@code demand} counts: tokens per day (the default; null means it), or
 *                                       requests per day or per month of this service's request
 */
public record InferenceService(
        String id,
        String name,
        DemandCurve demand,
        double inputTokensPerRequest,
        double outputTokensPerRequest,
        ModelShape model,
        LatencyClass latency,
        Double priceDeclinePerYear,
        SortedSet<String> requiredCertifications,
        int priority,
        String source,
        boolean serveAtLoss,
        double inputPriceUsdPerMillionTokens,
        double outputPriceUsdPerMillionTokens,
        double peakToAverage,
        ServingOptions serving,
        DemandUnit demandUnit) implements Workload {

    /** Daily peaks above this many times the average are refused as typing mistakes (a 1-hour spike is 24). */
    public static final double MAX_PEAK_TO_AVERAGE = 24.0;

    public InferenceService {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        Check.present(demand, "demand");
        Check.between(inputTokensPerRequest, 0.001, 1e8, "inputTokensPerRequest");
        Check.between(outputTokensPerRequest, 0.001, 1e8, "outputTokensPerRequest");
        Check.present(model, "model");
        Check.present(latency, "latency");
        if (priceDeclinePerYear != null) {
            Check.between(priceDeclinePerYear, 0.0, 0.999, "priceDeclinePerYear");
        }
        requiredCertifications = Check.labels(requiredCertifications, "requiredCertifications");
        Check.between(priority, 1, 100, "priority");
        source = Check.boundedText(source, "source");
        Check.between(inputPriceUsdPerMillionTokens, 0, 1e6, "inputPriceUsdPerMillionTokens");
        Check.between(outputPriceUsdPerMillionTokens, 0, 1e6, "outputPriceUsdPerMillionTokens");
        Check.between(peakToAverage, 1.0, MAX_PEAK_TO_AVERAGE, "peakToAverage");
        serving = serving == null ? ServingOptions.DEFAULT : serving;
        demandUnit = demandUnit == null ? DemandUnit.TOKENS_PER_DAY : demandUnit;
    }

    /** A service whose demand is in tokens per day. */
    public InferenceService(String id, String name, DemandCurve demand, double inputTokensPerRequest,
                            double outputTokensPerRequest, ModelShape model, LatencyClass latency,
                            Double priceDeclinePerYear, SortedSet<String> requiredCertifications, int priority,
                            String source, boolean serveAtLoss, double inputPriceUsdPerMillionTokens,
                            double outputPriceUsdPerMillionTokens, double peakToAverage, ServingOptions serving) {
        this(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency, priceDeclinePerYear,
                requiredCertifications, priority, source, serveAtLoss, inputPriceUsdPerMillionTokens,
                outputPriceUsdPerMillionTokens, peakToAverage, serving, DemandUnit.TOKENS_PER_DAY);
    }

    /** A service served the default way (chunked prefill, no prefix cache, no speculation). */
    public InferenceService(String id, String name, DemandCurve demand, double inputTokensPerRequest,
                            double outputTokensPerRequest, ModelShape model, LatencyClass latency,
                            Double priceDeclinePerYear, SortedSet<String> requiredCertifications, int priority,
                            String source, boolean serveAtLoss, double inputPriceUsdPerMillionTokens,
                            double outputPriceUsdPerMillionTokens, double peakToAverage) {
        this(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency, priceDeclinePerYear,
                requiredCertifications, priority, source, serveAtLoss, inputPriceUsdPerMillionTokens,
                outputPriceUsdPerMillionTokens, peakToAverage, ServingOptions.DEFAULT);
    }

    /**
     * A service with one price for input and output tokens and a flat day (the format-2 service), served only where
     * it does not lose money (the default).
     */
    public InferenceService(String id, String name, DemandCurve demand, double inputTokensPerRequest,
                            double outputTokensPerRequest, ModelShape model, LatencyClass latency,
                            double priceUsdPerMillionTokens, Double priceDeclinePerYear,
                            SortedSet<String> requiredCertifications, int priority, String source) {
        this(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency, priceUsdPerMillionTokens,
                priceDeclinePerYear, requiredCertifications, priority, source, false);
    }

    /** A service with one price for input and output tokens and a flat day. */
    public InferenceService(String id, String name, DemandCurve demand, double inputTokensPerRequest,
                            double outputTokensPerRequest, ModelShape model, LatencyClass latency,
                            double priceUsdPerMillionTokens, Double priceDeclinePerYear,
                            SortedSet<String> requiredCertifications, int priority, String source,
                            boolean serveAtLoss) {
        this(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency, priceDeclinePerYear,
                requiredCertifications, priority, source, serveAtLoss, priceUsdPerMillionTokens,
                priceUsdPerMillionTokens, 1.0);
    }

    /** Tokens of one request, input and output together. */
    public double tokensPerRequest() {
        return inputTokensPerRequest + outputTokensPerRequest;
    }

    /**
     * Tokens per day asked for in {@code month}, whatever unit the demand is given in: the one place demand becomes
     * tokens ({@link DemandUnit#tokensPerDay}).
     */
    public double tokensPerDay(YearMonth month) {
        return demandUnit.tokensPerDay(demand.tokensPerDay(month), tokensPerRequest(), month);
    }

    /** Share of the service's tokens that are input (prompt) tokens: in ÷ (in + out). */
    public double inputShare() {
        return inputTokensPerRequest / (inputTokensPerRequest + outputTokensPerRequest);
    }

    /**
     * Price per million tokens of the service's request mix, input and output together:
     * input share × input price + output share × output price. Revenue is the same whichever way it is counted,
     * because demand and throughput are both in tokens of that mix.
     */
    public double priceUsdPerMillionTokens() {
        double in = inputShare();
        return in * inputPriceUsdPerMillionTokens + (1.0 - in) * outputPriceUsdPerMillionTokens;
    }

    public InferenceService withDemand(DemandCurve curve) {
        return new InferenceService(id, name, curve, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceDeclinePerYear, requiredCertifications, priority, source, serveAtLoss,
                inputPriceUsdPerMillionTokens, outputPriceUsdPerMillionTokens, peakToAverage, serving, demandUnit);
    }

    public InferenceService withPriceDeclinePerYear(Double decline) {
        return new InferenceService(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                decline, requiredCertifications, priority, source, serveAtLoss, inputPriceUsdPerMillionTokens,
                outputPriceUsdPerMillionTokens, peakToAverage, serving, demandUnit);
    }

    /** This service with other serving options. */
    public InferenceService withServing(ServingOptions options) {
        return new InferenceService(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceDeclinePerYear, requiredCertifications, priority, source, serveAtLoss, inputPriceUsdPerMillionTokens,
                outputPriceUsdPerMillionTokens, peakToAverage, options, demandUnit);
    }

    /** This service, served at a loss where needed ({@code true}) or only where it pays ({@code false}). */
    public InferenceService withServeAtLoss(boolean keep) {
        return new InferenceService(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceDeclinePerYear, requiredCertifications, priority, source, keep, inputPriceUsdPerMillionTokens,
                outputPriceUsdPerMillionTokens, peakToAverage, serving, demandUnit);
    }

    /**
     * This service with its demand counted in {@code unit}. The curve's figures stay as they are (they now count
     * {@code unit}); to keep the same demand, convert them with {@link DemandUnit#convert}.
     */
    public InferenceService withDemandUnit(DemandCurve curve, DemandUnit unit) {
        return new InferenceService(id, name, curve, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceDeclinePerYear, requiredCertifications, priority, source, serveAtLoss,
                inputPriceUsdPerMillionTokens, outputPriceUsdPerMillionTokens, peakToAverage, serving, unit);
    }

    /** This service with other input and output token prices. */
    public InferenceService withPrices(double inputUsdPerMillionTokens, double outputUsdPerMillionTokens) {
        return new InferenceService(id, name, demand, inputTokensPerRequest, outputTokensPerRequest, model, latency,
                priceDeclinePerYear, requiredCertifications, priority, source, serveAtLoss, inputUsdPerMillionTokens,
                outputUsdPerMillionTokens, peakToAverage, serving);
    }
}
