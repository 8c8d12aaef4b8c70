package com.tokenfactory.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.Metric;
import com.tokenfactory.core.uncertainty.MonteCarloResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Monte Carlo run as JSON ({@code tokenfactory simulate … --out DIR}): the run's settings, each KPI's percentiles,
 * the probabilities of loss and shortfall, the inputs' rank correlations with NPV, and each metric's monthly
 * percentiles with the deterministic line. Money in the plan's currency, shares as fractions, IRR a fraction a year,
 * payback a month index from the plan start; figures a trial lacks (no IRR, no payback) are counted in
 * {@code trialsWithout}.
 */
public final class MonteCarloJson {
    private MonteCarloJson() {
    }

    public static void write(MonteCarloResult r, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("plan", r.planName());
        if (r.scenarioId() != null) {
            root.put("scenario", r.scenarioId());
        }
        root.put("start", r.start().toString());
        root.put("months", r.months());
        root.put("currency", r.currency());
        root.put("seed", r.seed());
        root.put("trialsRequested", r.trialsRequested());
        root.put("trialsRun", r.trialsRun());
        root.put("threads", r.threads());
        root.put("cancelled", r.cancelled());
        root.put("seconds", r.elapsedNanos() / 1e9);
        root.put("probabilityOfLoss", r.probabilityOfLoss());
        root.put("unservedThreshold", r.unservedThreshold());
        root.put("probabilityUnservedAboveThreshold", r.probabilityUnservedAbove());
        ObjectNode kpis = root.putObject("kpis");
        for (Kpi k : Kpi.values()) {
            MonteCarloResult.Spread s = r.kpi(k);
            ObjectNode o = kpis.putObject(k.id());
            o.put("unit", k.unit().equals("USD") ? r.currency() : k.unit());
            o.put("deterministic", k.of(r.deterministic()));
            for (double p : new double[]{0.10, 0.25, 0.50, 0.75, 0.90}) {
                o.put("p" + Math.round(p * 100), s.percentile(p));
            }
            o.put("mean", s.mean());
            o.put("trialsWithout", s.missing());
        }
        ArrayNode sensitivities = root.putArray("rankCorrelationWithNpv");
        r.sensitivities().forEach(s -> sensitivities.addObject().put("input", s.inputId()).put("name", s.name())
                .put("spearman", s.rankCorrelation()));
        ObjectNode fans = root.putObject("monthly");
        for (Metric m : Metric.values()) {
            MonteCarloResult.Fan f = r.fan(m);
            ObjectNode o = fans.putObject(m.id());
            o.put("unit", m.unit().equals("USD") ? r.currency() : m.unit());
            array(o, "p10", f.p10());
            array(o, "p25", f.p25());
            array(o, "p50", f.p50());
            array(o, "p75", f.p75());
            array(o, "p90", f.p90());
            array(o, "mean", f.mean());
            array(o, "deterministic", f.deterministic());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, root);
        }
    }

    private static void array(ObjectNode o, String name, double[] values) {
        ArrayNode a = o.putArray(name);
        for (double v : values) {
            a.add(v);
        }
    }
}
