package com.tokenfactory.core.trace;

import com.tokenfactory.core.engine.Efficiencies;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What every part of the {@link Explainer} shares: the plan and result explained, and the leaves — plan fields,
 * assumptions, the engine's own series, the serving model's parameters (calibrated, measured or assumed) — with the
 * small arithmetic nodes (sums over a span, ratios) built from them.
 */
final class Leaves {
    final Plan plan;
    final SimulationResult result;
    final Totals t;
    final String currency;
    private List<Explanation> modelParameters;

    Leaves(Plan plan, SimulationResult result) {
        this.plan = plan;
        this.result = result;
        this.t = result.totals();
        this.currency = result.currency();
    }

    Span horizon() {
        return new Span(0, result.months(), result.kpis().horizon().label());
    }

    Span monthSpan(int m) {
        return new Span(m, m + 1, result.month(m).toString());
    }

    String at(int m) {
        return ", " + result.month(m);
    }

    // ---------------------------------------------------------------------------------------------- leaves

    /** An assumption: a sourced default when the plan keeps the default, the planner's when it changed it. */
    Explanation assumption(String label, String symbol, String field, double value, String unit) {
        Sourced d = Assumptions.SOURCES.get(field);
        Origin o;
        if (d != null && d.value() == value) {
            o = new Origin(Provenance.SOURCED_DEFAULT, "assumptions." + field, d.source());
        } else {
            o = new Origin(Provenance.PLANNERS_ASSUMPTION, "assumptions." + field,
                    d == null ? Sourced.USER_ENTERED : "set in the plan; the default " + d.value() + " comes from "
                            + d.source());
        }
        return Explanation.leaf(label, symbol, value, unit, o);
    }

    /**
     * A leaf that is one of the engine's series; when it rests on the serving model's throughput or power (its source
     * says {@link Explainer#EFFICIENCIES_FROM}), a node that shows beside it the model's parameters and where they
     * come from: a calibration's device and date, a measured power fraction, or the assumptions.
     */
    Explanation derived(String label, String symbol, double value, String unit, Origin origin) {
        Explanation leaf = Explanation.leaf(label, symbol, value, unit, origin);
        if (!origin.source().contains(Explainer.EFFICIENCIES_FROM)) {
            return leaf;
        }
        List<Explanation> inputs = new ArrayList<>();
        inputs.add(leaf);
        inputs.addAll(modelParameters());
        return Explanation.node(label, symbol, value, unit, Operation.MODELLED, 0,
                symbol + " as the engine computed it with the serving model's parameters below", inputs);
    }

    /** A leaf that is one month of one of the engine's plan-wide series. */
    Explanation series(String label, String symbol, double value, int m, String field, String how) {
        return derived(label + at(m), symbol, value, unitOf(field),
                new Origin(Provenance.DERIVED, "result.totals." + field + "[" + result.month(m) + "]", how));
    }

    /** The roofline efficiencies and power fractions the engine ran with ({@link Efficiencies#of}), each sourced. */
    List<Explanation> modelParameters() {
        if (modelParameters != null) {
            return modelParameters;
        }
        Efficiencies e = Efficiencies.of(plan);
        Assumptions a = plan.assumptions();
        Calibration c = plan.calibration();
        boolean transfers = c != null && Efficiencies.transfersEfficiencies(c);
        List<Explanation> out = new ArrayList<>();
        out.add(transfers ? calibrated("Compute efficiency (share of peak FLOP/s)", "ηc", "computeEfficiency",
                e.computeEfficiency(), c)
                : assumption("Compute efficiency (share of peak FLOP/s)", "ηc", "computeEfficiency",
                a.computeEfficiency(), ""));
        out.add(transfers ? calibrated("Memory efficiency (share of peak HBM bandwidth)", "ηm", "memoryEfficiency",
                e.memoryEfficiency(), c)
                : assumption("Memory efficiency (share of peak HBM bandwidth)", "ηm", "memoryEfficiency",
                a.memoryEfficiency(), ""));
        if (plan.services().stream().anyMatch(s -> s.model().mixtureOfExperts())) {
            // never a calibration's: the benchmark runs no experts (Efficiencies#expertEfficiency)
            out.add(assumption("Expert efficiency (share of dense GEMM speed, mixture of experts)", "ηₑ",
                    "expertEfficiency", e.expertEfficiency(), ""));
        }
        if (usesFp4Math(plan)) {
            // never a calibration's: the benchmark runs no FP4 (Efficiencies#fp4Efficiency)
            out.add(assumption("FP4 efficiency (share of the compute efficiency FP4 GEMMs reach)", "η₄",
                    "fp4Efficiency", e.fp4Efficiency(), ""));
        }
        out.add(c != null ? calibrated("Fixed overhead per decode step", "t₀", "stepOverheadMs", e.stepOverheadMs(), c)
                : assumption("Fixed overhead per decode step", "t₀", "stepOverheadMs", a.stepOverheadMs(), "ms"));
        // never a calibration's: the benchmark runs one sequence (Efficiencies#sequenceOverheadUs)
        out.add(assumption("Host time per sequence per decode step", "tₛ", "sequenceOverheadUs",
                e.sequenceOverheadUs(), "µs"));
        if (plan.services().stream().anyMatch(s -> s.model().mixtureOfExperts())) {
            out.add(engineFigure("Fixed time per mixture-of-experts layer in a pass", "tₘ",
                    "ReplicaPass.MOE_LAYER_US", e.moeLayerUs(), "µs", Efficiencies.moeLayerUsSource()));
            out.add(engineFigure("Expert read efficiency (share of the dense weights' read speed)", "ηᵣ",
                    "ReplicaPass.EXPERT_READ_EFFICIENCY", e.expertReadEfficiency(), "",
                    Efficiencies.expertReadEfficiencySource()));
            out.add(engineFigure("Expert size at half speed (parameters of one routed expert in one layer)", "P½",
                    "ReplicaPass.EXPERT_HALF_SPEED_PARAMS", Efficiencies.expertHalfSpeedParamsSource().value(),
                    "parameters", Efficiencies.expertHalfSpeedParamsSource()));
        }
        if (result.throughput().stream().anyMatch(t -> t.tensorParallel() > 1 || t.pipelineStages() > 1)) {
            out.add(engineFigure("Latency of each collective (all-reduce, expert exchange)", "α",
                    "Collectives.LATENCY_US", e.collectiveLatencyUs(), "µs", Efficiencies.collectiveLatencyUsSource()));
        }
        out.add(transfers && c.computeBoundPowerFraction() != null
                ? measured("Power while compute-bound (share of the power limit)", "φc", "computeBoundPowerFraction",
                e.computeBoundPowerFraction(), c)
                : assumption("Power while compute-bound (share of the power limit)", "φc", "computeBoundPowerFraction",
                a.computeBoundPowerFraction(), ""));
        out.add(transfers && c.memoryBoundPowerFraction() != null
                ? measured("Power while memory-bound (share of the power limit)", "φm", "memoryBoundPowerFraction",
                e.memoryBoundPowerFraction(), c)
                : assumption("Power while memory-bound (share of the power limit)", "φm", "memoryBoundPowerFraction",
                a.memoryBoundPowerFraction(), ""));
        out.add(assumption("Power while idle (share of the power limit)", "φ₀", "idlePowerFraction",
                e.idlePowerFraction(), ""));
        modelParameters = List.copyOf(out);
        return modelParameters;
    }

    /** Whether some service's model computes in FP4 on some GPU the plan installs or rents. */
    private static boolean usesFp4Math(Plan plan) {
        List<HardwareSku> used = plan.skuIdsInUse().stream().map(plan::requireSku).toList();
        return plan.services().stream()
                .anyMatch(s -> used.stream().anyMatch(sku -> sku.computesInFp4(s.model().mathBytesPerValue())
                        || sku.computesInFp4(s.model().expertMathBytesPerValue())));
    }

    private static String device(Calibration c) {
        return c.device() + " (" + c.provider() + "), measured " + c.measuredOn();
    }

    /** A figure of the engine's own (not a plan assumption), shipped with its source. */
    private static Explanation engineFigure(String label, String symbol, String constant, double value, String unit,
                                            Sourced figure) {
        return Explanation.leaf(label, symbol, value, unit,
                new Origin(Provenance.SOURCED_DEFAULT, "engine." + constant, figure.source()));
    }

    private static Explanation calibrated(String label, String symbol, String field, double value, Calibration c) {
        return Explanation.leaf(label, symbol, value, field.endsWith("Ms") ? "ms" : "",
                new Origin(Provenance.CALIBRATED, "calibration." + field, "fitted by the embedded benchmark on "
                        + device(c) + "; held-out error " + String.format(Locale.ROOT, "%.3g", c.heldOutErrorPercent())
                        + "%"));
    }

    private static Explanation measured(String label, String symbol, String field, double value, Calibration c) {
        return Explanation.leaf(label, symbol, value, "", new Origin(Provenance.MEASURED, "calibration." + field,
                "board power read by the embedded benchmark ÷ the power limit on " + device(c)));
    }

    String unitOf(String field) {
        if (field.startsWith("tokens")) {
            return "tokens";
        }
        if (field.startsWith("gpuHours")) {
            return "GPU-hours";
        }
        if (field.startsWith("gpus")) {
            return "GPUs";
        }
        if (field.endsWith("Mwh")) {
            return "MWh";
        }
        return currency;
    }

    Series seriesByName(String field) {
        try {
            return (Series) Totals.class.getMethod(field).invoke(t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no series " + field, e);
        }
    }

    Origin servedOrigin(ServiceResult sr, String field) {
        int i = serviceIndex(sr.serviceId());
        return new Origin(Provenance.DERIVED, "result.services[" + sr.serviceId() + "]." + field,
                "the monthly allocator: demand from services[" + i + "].demand (" + serviceSource(i)
                        + "), served on the cheapest pool with room by priority, each GPU's throughput from the"
                        + " serving model with " + Explainer.EFFICIENCIES_FROM + result.efficiencySource());
    }

    /** Why a service with demand in month m served nothing: the certified capacity it needs, if any, is named. */
    String servedNothingWhy(InferenceService svc, int m) {
        String when = result.month(m).toString();
        if (svc.requiredCertifications().isEmpty()) {
            return "none of " + svc.id() + "'s demand was served in " + when
                    + " — no capacity had room for it at its latency and price";
        }
        String need = String.join(", ", svc.requiredCertifications());
        List<String> certified = new ArrayList<>();
        for (int i = 0; i < plan.sites().size(); i++) {
            if (plan.sites().get(i).certifications().containsAll(svc.requiredCertifications())
                    && result.sites().get(i).gpusOnline().get(m) > 0) {
                certified.add(plan.sites().get(i).id());
            }
        }
        for (var c : result.contracts()) {
            var contract = plan.partners().get(partnerIndex(c.contractId()));
            if (contract.certifications().containsAll(svc.requiredCertifications()) && c.gpus().get(m) > 0) {
                certified.add(c.contractId());
            }
        }
        return "none of " + svc.id() + "'s demand was served in " + when + "; it may only run on capacity certified "
                + need + (certified.isEmpty() ? " — and no capacity certified " + need + " has GPUs in " + when
                : " — the capacity so certified (" + String.join(", ", certified) + ") had no room for it at its"
                + " latency and price");
    }

    // ---------------------------------------------------------------------------------------------- arithmetic

    Explanation sum(String label, String symbol, double value, String unit, Span s, IntFunction<Explanation> month) {
        List<Explanation> months = new ArrayList<>();
        for (int m = s.from(); m < s.to(); m++) {
            months.add(month.apply(m));
        }
        if (s.month()) {
            return months.get(0);
        }
        return Explanation.node(label, symbol, value, unit, Operation.SUM, 0, "Σ over " + s.months() + " months",
                months);
    }

    Explanation sumOf(String label, String symbol, Span s, String field, String how) {
        Series series = seriesByName(field);
        return sum(label, symbol, series.sum(s.from(), s.to()), unitOf(field), s,
                m -> series(label.replace(", " + s.label(), ""), symbol, series.get(m), m, field, how));
    }

    static Explanation ratio(String label, String symbol, double value, String unit, double scale, String formula,
                             Explanation numerator, Explanation denominator) {
        return Explanation.node(label, symbol, value, unit, Operation.RATIO, scale, formula,
                List.of(numerator, denominator));
    }

    static double ratioOf(double a, double b, double scale) {
        return b > 0 && Double.isFinite(a) ? a / b * scale : Double.NaN;
    }

    // ---------------------------------------------------------------------------------------------- elements

    int siteIndex(String id) {
        for (int i = 0; i < plan.sites().size(); i++) {
            if (plan.sites().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no site " + id + " in the plan");
    }

    int serviceIndex(String id) {
        for (int i = 0; i < plan.services().size(); i++) {
            if (plan.services().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no service " + id + " in the plan");
    }

    int partnerIndex(String id) {
        for (int i = 0; i < plan.partners().size(); i++) {
            if (plan.partners().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no partner cloud " + id + " in the plan");
    }

    int runIndex(String id) {
        for (int i = 0; i < plan.trainingRuns().size(); i++) {
            if (plan.trainingRuns().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no training run " + id + " in the plan");
    }

    int skuIndex(String id) {
        for (int i = 0; i < plan.catalog().size(); i++) {
            if (plan.catalog().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no SKU " + id + " in the catalog");
    }

    String siteSource(int i) {
        return sourceOr(plan.sites().get(i).source(), "sites[" + i + "] (" + plan.sites().get(i).id() + ")");
    }

    String serviceSource(int i) {
        return sourceOr(plan.services().get(i).source(), "services[" + i + "] (" + plan.services().get(i).id() + ")");
    }

    String partnerSource(int i) {
        return sourceOr(plan.partners().get(i).source(), "partners[" + i + "] (" + plan.partners().get(i).id() + ")");
    }

    String runSource(int i) {
        return sourceOr(plan.trainingRuns().get(i).source(),
                "trainingRuns[" + i + "] (" + plan.trainingRuns().get(i).id() + ")");
    }

    private static String sourceOr(String source, String element) {
        return source == null || source.isBlank() ? element + ", no source given" : source;
    }

    // ---------------------------------------------------------------------------------------------- words

    String money(double v) {
        return String.format(Locale.ROOT, "%,.0f %s", v, currency);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.4g%%", v * 100);
    }

    static String compact(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
