package com.tokenfactory.core.testing;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.plan.TrainingRun;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A one-site, one-SKU, one-service plan with round numbers, small enough to compute by hand (see
 * ReferencePlanTest for the arithmetic). Shared with other modules' tests through the core test-jar.
 */
public final class ReferencePlan {
    public static final YearMonth START = YearMonth.of(2026, 1);

    private ReferencePlan() {
    }

    /** 1,000 TFLOP/s BF16, 2,000 FP8, 100 GB at 4 TB/s, 1,000 W all-in, $10,000, no tensor parallelism. */
    public static HardwareSku sku() {
        return new HardwareSku("REF", "Reference GPU", "Test", Sourced.user(1000), Sourced.user(2000),
                Sourced.user(100), Sourced.user(4), Sourced.user(500), Sourced.user(1000), Sourced.user(10_000),
                1, YearMonth.of(2020, 1), Sourced.USER_ENTERED);
    }

    /**
     * Efficiencies 0.5/0.5, no overhead, batch 1, all HBM usable, busy power 0.8 whatever bounds it, idle 0.2. The
     * finance and TCO lines are switched off — no tax, no terminal value, no extras on capex, no property tax, no
     * commissioning, no failures, no receivables, life from power-on — so the hand-worked figures stay simple;
     * {@link #withFinance(Assumptions, Assumptions.TerminalValue, Assumptions.LifeStart, double)} and
     * {@link #with} switch them on one at a time.
     */
    public static Assumptions assumptions() {
        return new Assumptions(0.10, 6, 6, 20, 400_000, 0.0, 0.0, 0.3, 0.5, 0.0, 0.4, 0.2, 0.8, 0.8, 1.0, 1,
                0.5, 0.5, 0.0, Assumptions.TaxDepreciation.STRAIGHT_LINE, Assumptions.TerminalValue.NONE,
                Assumptions.LifeStart.POWER_ON, 0.0, 39, 0.0, 0.0, 0.0, 0.0, 0, 0.0, 0.0, 0.0, 0.2, 0.2, 0.0, 1.0);
    }

    /** {@code a} with its choices set and a tax rate. */
    public static Assumptions withFinance(Assumptions a, Assumptions.TerminalValue terminal,
                                          Assumptions.LifeStart lifeFrom, double taxRate) {
        return with(with(with(a, "terminalValue", terminal), "economicLifeFrom", lifeFrom), "taxRate", taxRate);
    }

    /** {@code a} with one choice, named as in the record, set. */
    public static Assumptions with(Assumptions a, String field, Enum<?> value) {
        return withValue(a, field, value);
    }

    /** {@code a} with one field, named as in the record, set to {@code value}. */
    public static Assumptions with(Assumptions a, String field, double value) {
        return withValue(a, field, value);
    }

    private static Assumptions withValue(Assumptions a, String field, Object value) {
        RecordComponent[] components = Assumptions.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean set = components[i].getName().equals(field);
                values[i] = !set ? components[i].getAccessor().invoke(a)
                        : types[i] == int.class ? (int) (double) (Double) value : value;
            }
            return Assumptions.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot set " + field + " to " + value, e);
        }
    }

    /** 10B dense parameters in FP8, 10 layers of width 1,000, FP8 KV cache. */
    public static ModelShape model() {
        return new ModelShape("Ref-10B", 10, 10, 10, 1000, 10, 10, 10_000, 1.0, 1.0);
    }

    public static InferenceService service(double tokensPerDay) {
        return new InferenceService("svc", "Reference service",
                new DemandCurve.Growth(START, tokensPerDay, 0.0), 100, 100, model(), LatencyClass.BATCH, 1.0, 0.0,
                new TreeSet<>(), 1, null);
    }

    /**
     * One site (PUE 1.5, $100/MWh, $10M per MW), one 2 MW hall built Jan–Feb 2026 and powered in March, 1,000 GPUs
     * installed in March; 12 months.
     */
    public static Plan plan(double tokensPerDay) {
        GpuPod pod = new GpuPod("pod", "REF", 1000, YearMonth.of(2026, 3));
        Hall hall = new Hall("hall", "Hall 1", 2.0, START, 2, null, null, List.of(pod));
        Site site = new Site("site", "Reference site", "Test", 40, -100, new TreeSet<>(), 10, YearMonth.of(2025, 1),
                1.5, 100, 0.0, 10_000_000, List.of(hall), null);
        return new Plan("Reference plan", null, START, 12, "USD", assumptions(), List.of(sku()), List.of(site),
                List.of(), List.of(service(tokensPerDay)), List.of(), List.of(), null, Map.of());
    }

    public static PartnerCloud contract(String id, ContractKind kind, int gpus, double usdPerGpuHour,
                                           String... certifications) {
        return new PartnerCloud(id, "Partner " + id, "Partner cloud", "REF", gpus, usdPerGpuHour, START, 12, kind,
                new TreeSet<>(List.of(certifications)), 0, null, null);
    }

    public static TrainingRun training(String id, double flops, int minGpus, YearMonth deadline) {
        return new TrainingRun(id, "Run " + id, flops, START, deadline, minGpus, new TreeSet<>(), 2.0, null);
    }
}
