package com.tokenfactory.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.ThroughputEstimate;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A simulation's yearly summaries, horizon summary, KPIs, services (horizon totals) and issues as JSON, for scripts and spreadsheets
 * ({@code tokenfactory run PLAN --json FILE}). Money in the plan's currency, energy in MWh, shares and utilization as
 * fractions (0–1; the CSV writes them in %), {@code irr} a fraction a year, {@code paybackMonth} a calendar month
 * (absent without payback); undefined ratios are null.
 */
public final class ResultJson {
    private ResultJson() {
    }

    /** Yearly summaries, the horizon summary and the KPIs. */
    public static void write(SimulationResult r, Path file) throws IOException {
        write(null, r, file);
    }

    /**
     * As {@link #write(SimulationResult, Path)}, each service with its requests too: the unit its demand was given
     * in, tokens per request, and requests demanded and served (tokens ÷ tokens per request) over the horizon.
     *
     * @param plan the plan that was simulated (the scenario's, when one was applied); null writes tokens only
     */
    public static void write(Plan plan, SimulationResult r, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("plan", r.planName());
        if (r.scenarioId() != null) {
            root.put("scenario", r.scenarioId());
        }
        root.put("start", r.start().toString());
        root.put("months", r.months());
        root.put("currency", r.currency());
        root.put("efficiencySource", r.efficiencySource());
        ArrayNode years = root.putArray("years");
        r.years().forEach(y -> years.add(summary(mapper, y)));
        Kpis k = r.kpis();
        ObjectNode kpis = root.putObject("kpis");
        kpis.set("horizon", summary(mapper, k.horizon()));
        kpis.put("npvUsd", k.npv());
        kpis.put("npvBasis", "after-tax unlevered free cash flow at the WACC, with terminal value");
        kpis.put("npvExcludingTerminalValueUsd", k.npvExcludingTerminalValue());
        kpis.put("terminalValueUsd", k.terminalValue());
        kpis.put("terminalValueMethod", k.terminalValueMethod().name());
        kpis.put("npvPreTaxUsd", k.npvPreTax());
        kpis.put("idleCapacityCostUsd", k.idleCapacityCost());
        if (k.irr() != null) {
            kpis.put("irr", k.irr());
        }
        if (k.paybackYearMonth() != null) {
            kpis.put("paybackMonth", k.paybackYearMonth().toString());
        }
        kpis.put("residualBookValueUsd", k.residualBookValue());
        kpis.put("lateTrainingRuns", k.lateTrainingRuns());
        kpis.put("peakFacilityMw", k.peakFacilityMw());
        ArrayNode throughput = root.putArray("throughput");
        r.throughput().forEach(e -> throughput.add(throughput(mapper, e)));
        ArrayNode services = root.putArray("services");
        for (ServiceResult s : r.services()) {
            ObjectNode n = service(mapper, s);
            InferenceService svc = plan == null ? null : plan.services().stream()
                    .filter(x -> x.id().equals(s.serviceId())).findFirst().orElse(null);
            if (svc != null) {
                n.put("demandUnit", svc.demandUnit().key());
                put(n, "tokensPerRequest", svc.tokensPerRequest());
                put(n, "requestsDemanded", s.tokensDemanded().total() / svc.tokensPerRequest());
                put(n, "requestsServed", s.tokensServed().total() / svc.tokensPerRequest());
            }
            services.add(n);
        }
        ArrayNode issues = root.putArray("issues");
        r.issues().forEach(i -> issues.addObject().put("severity", i.severity().name()).put("kind", i.kind().name())
                .put("element", i.elementId()).put("message", i.message()));
        // NIO rather than File: a failure is a FileSystemException with its reason, not "PATH (Is a directory)"
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, root);
        }
    }

    private static ObjectNode summary(ObjectMapper mapper, PeriodSummary p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("label", p.label());
        n.put("fromMonth", p.fromMonth());
        n.put("toMonth", p.toMonth());
        put(n, "capexUsd", p.capex());
        put(n, "capexFacilityUsd", p.capexFacility());
        put(n, "capexItUsd", p.capexIt());
        put(n, "electricityMwh", p.electricityMwh());
        put(n, "electricityCostUsd", p.electricityCost());
        put(n, "operationsUsd", p.opex());
        put(n, "rentalUsd", p.rental());
        put(n, "depreciationUsd", p.depreciation());
        put(n, "revenueUsd", p.revenue());
        put(n, "totalCostUsd", p.totalCost());
        put(n, "marginUsd", p.margin());
        put(n, "marginShare", p.marginShare());
        put(n, "cashFlowUsd", p.cashFlow());
        put(n, "propertyTaxInsuranceUsd", p.propertyTaxInsurance());
        put(n, "incomeTaxUsd", p.incomeTax());
        put(n, "freeCashFlowUsd", p.freeCashFlow());
        put(n, "capitalChargeUsd", p.capitalCharge());
        put(n, "idleCostUsd", p.idleCost());
        put(n, "tokensDemanded", p.tokensDemanded());
        put(n, "tokensServed", p.tokensServed());
        put(n, "tokensUnserved", p.tokensUnserved());
        put(n, "unservedShare", p.unservedShare());
        put(n, "utilizationOwned", p.utilizationOwned());
        put(n, "utilizationRented", p.utilizationRented());
        put(n, "utilization", p.utilization());
        put(n, "usdPerMillionTokens", p.usdPerMillionTokens());
        put(n, "usdPerMillionTokensIdle", p.usdPerMillionTokensIdle());
        put(n, "usdPerMillionTokensCapital", p.usdPerMillionTokensCapital());
        put(n, "usdPerMillionTokensServedPools", p.usdPerMillionTokensServedPools());
        put(n, "tokensPerJoule", p.tokensPerJoule());
        put(n, "tokensPerWattPerDollar", p.tokensPerWattPerDollar());
        return n;
    }

    /** How one service is served on one SKU at the plan start. */
    private static ObjectNode throughput(ObjectMapper mapper, ThroughputEstimate e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("service", e.serviceId());
        n.put("sku", e.skuId());
        n.put("fits", e.fits());
        if (!e.fits()) {
            return n;
        }
        n.put("tensorParallel", e.tensorParallel());
        n.put("expertParallel", e.expertParallel());
        n.put("pipelineStages", e.pipelineStages());
        n.put("precision", e.precision());
        n.put("decodeBatch", e.decodeBatch());
        n.put("limit", e.limit().name());
        n.put("bound", e.bound().name());
        put(n, "stepMs", e.stepMs());
        put(n, "tpotMs", e.tpotMs());
        put(n, "ttftMs", e.ttftMs());
        n.put("meetsTpot", e.meetsLatency());
        n.put("meetsTtft", e.meetsTtft());
        put(n, "communicationMs", e.communicationMs());
        put(n, "prefillGpuShare", e.prefillGpuShare());
        put(n, "inputTokensPerSecondPerGpu", e.inputTokensPerSecondPerGpu());
        put(n, "outputTokensPerSecondPerGpu", e.outputTokensPerSecondPerGpu());
        put(n, "kvCacheGbPerSequence", e.kvCacheGbPerSequence());
        return n;
    }

    /**
     * One service over the horizon: tokens, input and output apart; revenue and fully loaded cost per million
     * tokens, input and output apart; GPU-hours taken and the part of them held idle for the daily peak.
     */
    private static ObjectNode service(ObjectMapper mapper, ServiceResult s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", s.serviceId());
        n.put("name", s.name());
        put(n, "tokensDemanded", s.tokensDemanded().total());
        put(n, "tokensServed", s.tokensServed().total());
        put(n, "inputTokensServed", s.inputTokensServed().total());
        put(n, "outputTokensServed", s.outputTokensServed().total());
        put(n, "revenueUsd", s.revenue().total());
        put(n, "revenueInputUsd", s.revenueInput().total());
        put(n, "revenueOutputUsd", s.revenue().total() - s.revenueInput().total());
        put(n, "costUsd", s.attributedCost().total());
        put(n, "usdPerMillionTokens", s.usdPerMillionTokens());
        put(n, "usdPerMillionInputTokens", s.usdPerMillionInputTokens());
        put(n, "usdPerMillionOutputTokens", s.usdPerMillionOutputTokens());
        put(n, "gpuHours", s.gpuHours().total());
        put(n, "gpuHoursHeldForPeak", s.gpuHoursHeldForPeak().total());
        return n;
    }

    /** Undefined ratios (NaN) are written as null: JSON has no NaN. */
    private static void put(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }

}
