package com.tokenfactory.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A figure of the plan an uncertain input (or goal seek) moves. A lever multiplies, shifts or replaces the plan's
 * own figure; a target (a service, site or SKU id) limits it to that element, no target moves them all. A drawn value
 * outside the lever's range is held at the range's edge, so a long tail never makes a plan the model refuses.
 */
public enum Lever {
    DEMAND_LEVEL("demandLevel", "Demand level", "× plan", How.MULTIPLY, Target.SERVICE, 0.0, 1000.0),
    DEMAND_GROWTH("demandGrowth", "Demand growth", "+ per year", How.ADD, Target.SERVICE, -0.99, 10.0),
    TOKEN_PRICE("tokenPrice", "Token price", "× plan", How.MULTIPLY, Target.SERVICE, 0.0, 1000.0),
    TOKEN_PRICE_DECLINE("tokenPriceDecline", "Token price decline", "per year", How.SET, Target.SERVICE, 0.0, 0.999),
    GPU_PRICE("gpuPrice", "GPU price", "× plan", How.MULTIPLY, Target.SKU, 0.0, 100.0),
    ELECTRICITY_PRICE("electricityPrice", "Electricity price", "× plan", How.MULTIPLY, Target.SITE, 0.0, 100.0),
    ELECTRICITY_ESCALATION("electricityEscalation", "Electricity price escalation", "per year", How.SET, Target.SITE,
            -0.5, 1.0),
    GRID_DELAY("gridDelay", "Grid connection slip", "months", How.ADD, Target.SITE, -60.0, 120.0),
    BUILD_DELAY("buildDelay", "Hall build slip", "months", How.ADD, Target.SITE, 0.0, 60.0),
    SOFTWARE_GAIN("softwareGain", "Software efficiency gain", "per year", How.SET, Target.NONE, -0.5, 10.0),
    DISCOUNT_RATE("discountRate", "Discount rate (WACC)", "per year", How.SET, Target.NONE, 0.0, 1.0),
    COMPUTE_EFFICIENCY("computeEfficiency", "Achieved share of peak FLOP/s", "fraction", How.SET, Target.NONE, 0.01, 1.0),
    MEMORY_EFFICIENCY("memoryEfficiency", "Achieved share of peak HBM bandwidth", "fraction", How.SET, Target.NONE,
            0.01, 1.0),
    EXPERT_EFFICIENCY("expertEfficiency", "Mixture-of-experts expert efficiency", "fraction", How.SET, Target.NONE,
            0.01, 1.0),
    FP4_EFFICIENCY("fp4Efficiency", "FP4 share of the compute efficiency", "fraction", How.SET,
            Target.NONE, 0.05, 1.0),
    PLANNING_HEADROOM("planningHeadroom", "Planning headroom", "fraction", How.SET, Target.NONE, 0.0, 0.9);

    /** How the drawn value meets the plan's figure. */
    public enum How { MULTIPLY, ADD, SET }

    /** Which elements a target id may name. */
    public enum Target { NONE, SERVICE, SITE, SKU }

    private final String id;
    private final String label;
    private final String unit;
    private final How how;
    private final Target target;
    private final double min;
    private final double max;

    Lever(String id, String label, String unit, How how, Target target, double min, double max) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.how = how;
        this.target = target;
        this.min = min;
        this.max = max;
    }

    /** The name in files and on the command line, e.g. {@code gpuPrice}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public How how() {
        return how;
    }

    public Target target() {
        return target;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public static Lever byId(String id) {
        for (Lever l : values()) {
            if (l.id.equalsIgnoreCase(id) || l.name().equalsIgnoreCase(id.replace('-', '_'))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown lever '" + id + "' (one of " + ids() + ")");
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Lever::id).toList();
    }

    /**
     * The value that leaves the plan as it is: 1 for a multiplier, 0 for a shift, the plan's own figure for a
     * replacement (of the target, or the first element when there is none).
     */
    public double neutral(Plan plan, String targetId) {
        return switch (how) {
            case MULTIPLY -> 1.0;
            case ADD -> 0.0;
            case SET -> current(plan, targetId);
        };
    }

    private double current(Plan plan, String targetId) {
        return switch (this) {
            case TOKEN_PRICE_DECLINE -> plan.services().stream().filter(s -> matches(s.id(), targetId)).findFirst()
                    .map(s -> s.priceDeclinePerYear() != null ? s.priceDeclinePerYear()
                            : plan.assumptions().tokenPriceDeclinePerYear())
                    .orElse(plan.assumptions().tokenPriceDeclinePerYear());
            case ELECTRICITY_ESCALATION -> plan.sites().stream().filter(s -> matches(s.id(), targetId)).findFirst()
                    .map(Site::electricityEscalationPerYear).orElse(0.0);
            case SOFTWARE_GAIN -> plan.assumptions().softwareEfficiencyGainPerYear();
            case DISCOUNT_RATE -> plan.assumptions().discountRate();
            case COMPUTE_EFFICIENCY -> plan.assumptions().computeEfficiency();
            case MEMORY_EFFICIENCY -> plan.assumptions().memoryEfficiency();
            case EXPERT_EFFICIENCY -> plan.assumptions().expertEfficiency();
            case FP4_EFFICIENCY -> plan.assumptions().fp4Efficiency();
            case PLANNING_HEADROOM -> plan.assumptions().planningHeadroom();
            default -> throw new IllegalStateException(this + " replaces no figure");
        };
    }

    /** The plan with this lever at {@code value} on the target (null: every element it applies to). */
    public Plan apply(Plan plan, String targetId, double value) {
        PlanEdit edit = new PlanEdit(plan);
        apply(edit, targetId, value);
        return edit.plan();
    }

    /** Moves this lever to {@code value} on the target within an edit that other levers may change too. */
    public void apply(PlanEdit plan, String targetId, double value) {
        double v = Math.min(max, Math.max(min, value));
        switch (this) {
            case DEMAND_LEVEL -> services(plan, targetId, s -> s.withDemand(s.demand().adjusted(v, 0)));
            case DEMAND_GROWTH -> services(plan, targetId, s -> s.withDemand(s.demand().adjusted(1, v)));
            case TOKEN_PRICE -> services(plan, targetId, s -> s.withPrices(
                    Math.min(MAX_TOKEN_PRICE, s.inputPriceUsdPerMillionTokens() * v),
                    Math.min(MAX_TOKEN_PRICE, s.outputPriceUsdPerMillionTokens() * v)));
            case TOKEN_PRICE_DECLINE -> services(plan, targetId, s -> s.withPriceDeclinePerYear(v));
            case GPU_PRICE -> {
                for (int i = 0; i < plan.catalogSize(); i++) {
                    HardwareSku k = plan.sku(i);
                    if (matches(k.id(), targetId)) {
                        plan.sku(i, k.withPriceUsdPerGpu(scaled(k.priceUsdPerGpu(), v)));
                    }
                }
            }
            case ELECTRICITY_PRICE -> sites(plan, targetId, s -> s.withElectricityUsdPerMwh(
                    Math.min(Site.MAX_ELECTRICITY_USD_PER_MWH, s.electricityUsdPerMwh() * v)));
            case ELECTRICITY_ESCALATION -> sites(plan, targetId, s -> s.withElectricityEscalationPerYear(v));
            case GRID_DELAY -> sites(plan, targetId,
                    s -> s.withGridAvailable(inWindow(s.gridAvailable().plusMonths(Math.round(v)))));
            case BUILD_DELAY -> sites(plan, targetId, s -> s.withHalls(slipped(s.halls(), (int) Math.round(v))));
            case SOFTWARE_GAIN -> plan.assumptions(plan.assumptions().withSoftwareEfficiencyGainPerYear(v));
            case DISCOUNT_RATE -> plan.assumptions(plan.assumptions().withDiscountRate(v));
            case COMPUTE_EFFICIENCY -> plan.assumptions(plan.assumptions().withComputeEfficiency(v));
            case MEMORY_EFFICIENCY -> plan.assumptions(plan.assumptions().withMemoryEfficiency(v));
            case EXPERT_EFFICIENCY -> plan.assumptions(plan.assumptions().withExpertEfficiency(v));
            case FP4_EFFICIENCY -> plan.assumptions(plan.assumptions().withFp4Efficiency(v));
            case PLANNING_HEADROOM -> plan.assumptions(plan.assumptions().withPlanningHeadroom(v));
        }
    }

    /** The plan records' upper bounds (docs/reliability.md): a scaled figure is held there, as a drawn value is. */
    private static final double MAX_TOKEN_PRICE = 1e6;
    private static final double MAX_GPU_PRICE = 1e8;

    /** A slipped month held inside the plan window (1970-01 … 2200-12). */
    private static java.time.YearMonth inWindow(java.time.YearMonth month) {
        return month.isBefore(com.tokenfactory.core.plan.Months.FIRST) ? com.tokenfactory.core.plan.Months.FIRST
                : month.isAfter(com.tokenfactory.core.plan.Months.LAST) ? com.tokenfactory.core.plan.Months.LAST : month;
    }

    /** Whether an element id is among those a target picks (null picks all). */
    public static boolean matches(String elementId, String targetId) {
        return targetId == null || targetId.equals(elementId);
    }

    /** The ids of the plan's elements this lever may target. */
    public List<String> targets(Plan plan) {
        return switch (target) {
            case NONE -> List.of();
            case SERVICE -> plan.services().stream().map(InferenceService::id).toList();
            case SITE -> plan.sites().stream().map(Site::id).toList();
            case SKU -> plan.catalog().stream().map(HardwareSku::id).toList();
        };
    }

    private static Sourced scaled(Sourced s, double factor) {
        return new Sourced(Math.min(MAX_GPU_PRICE, s.value() * factor), s.source(), s.lowConfidence());
    }

    private static List<Hall> slipped(List<Hall> halls, int months) {
        List<Hall> out = new ArrayList<>(halls.size());
        for (Hall p : halls) {
            // held at 120 months and within the month window (a hall whose slipped build would end after 2200-12 ends then)
            int latest = com.tokenfactory.core.plan.Months.between(p.constructionStart(),
                    com.tokenfactory.core.plan.Months.LAST);
            int build = Math.max(0, Math.min(Math.min(120, latest), p.buildMonths() + months));
            out.add(p.withSchedule(build,
                    p.energization() == null ? null : inWindow(p.energization().plusMonths(months))));
        }
        return out;
    }

    private static void services(PlanEdit plan, String targetId, UnaryOperator<InferenceService> f) {
        for (int i = 0; i < plan.serviceCount(); i++) {
            InferenceService s = plan.service(i);
            if (matches(s.id(), targetId)) {
                plan.service(i, f.apply(s));
            }
        }
    }

    private static void sites(PlanEdit plan, String targetId, UnaryOperator<Site> f) {
        for (int i = 0; i < plan.siteCount(); i++) {
            Site s = plan.site(i);
            if (matches(s.id(), targetId)) {
                plan.site(i, f.apply(s));
            }
        }
    }

    @Override
    public String toString() {
        return id;
    }

    /** "GPU price (× plan)" */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s)", label, unit);
    }
}
