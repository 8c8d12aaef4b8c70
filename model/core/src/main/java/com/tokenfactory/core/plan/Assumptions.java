package com.tokenfactory.core.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plan-wide economic and technical assumptions. {@link #defaults()} gives sourced values; {@link #SOURCES} says where
 * each default comes from so the app can show it next to the field.
 *
 * @param discountRate                       WACC used for NPV, per year
 * @param bookLifeYears                      straight-line depreciation life of IT equipment, years
 * @param economicLifeYears                  years GPUs stay in service before retirement (remaining book value is written off)
 * @param facilityLifeYears                  depreciation life of halls (shell, power, cooling), years
 * @param opexUsdPerMwYear                   operations (staff, maintenance, insurance; not electricity) per MW of powered critical IT, USD/year
 * @param softwareEfficiencyGainPerYear      serving throughput gain on the same hardware per year (0.5 = 1.5× a year)
 * @param tokenPriceDeclinePerYear           default yearly decline of token prices for services that do not set their own
 * @param hardwarePerfPerDollarGainPerYear   trend used to project future SKUs: FLOP/s per dollar gain per year
 * @param hardwareEnergyEfficiencyGainPerYear trend used to project future SKUs: FLOP per joule gain per year
 * @param planningHeadroom                   fraction of owned capacity kept free of inference for peaks (training may use it); take-or-pay capacity serves in full
 * @param trainingMfu                        model FLOPs utilization of training runs
 * @param idlePowerFraction                  an idle GPU's draw as a fraction of its all-in power
 * @param computeBoundPowerFraction          draw while compute-bound (prefill, training), fraction of all-in power
 * @param memoryBoundPowerFraction           draw while memory-bound (decode), fraction of all-in power
 * @param usableHbmFraction                  fraction of HBM a serving engine may fill with weights and KV cache
 * @param maxDecodeBatch                     largest decode batch a serving engine runs
 * @param computeEfficiency                  achieved fraction of peak FLOP/s when no calibration exists
 * @param memoryEfficiency                   achieved fraction of peak HBM bandwidth when no calibration exists
 * @param stepOverheadMs                     fixed time per decode step (scheduling, launches) when no calibration exists, ms
 */
public record Assumptions(
        double discountRate,
        double bookLifeYears,
        double economicLifeYears,
        double facilityLifeYears,
        double opexUsdPerMwYear,
        double softwareEfficiencyGainPerYear,
        double tokenPriceDeclinePerYear,
        double hardwarePerfPerDollarGainPerYear,
        double hardwareEnergyEfficiencyGainPerYear,
        double planningHeadroom,
        double trainingMfu,
        double idlePowerFraction,
        double computeBoundPowerFraction,
        double memoryBoundPowerFraction,
        double usableHbmFraction,
        int maxDecodeBatch,
        double computeEfficiency,
        double memoryEfficiency,
        double stepOverheadMs) {

    /** Where each default comes from, by field name, in declaration order. */
    public static final Map<String, Sourced> SOURCES = sources();

    public Assumptions {
        Check.between(discountRate, 0.0, 1.0, "discountRate");
        Check.between(bookLifeYears, 0.5, 40, "bookLifeYears");
        Check.between(economicLifeYears, 0.5, 40, "economicLifeYears");
        Check.between(facilityLifeYears, 1, 100, "facilityLifeYears");
        Check.nonNegative(opexUsdPerMwYear, "opexUsdPerMwYear");
        Check.between(softwareEfficiencyGainPerYear, -0.5, 10.0, "softwareEfficiencyGainPerYear");
        Check.between(tokenPriceDeclinePerYear, 0.0, 0.999, "tokenPriceDeclinePerYear");
        Check.between(hardwarePerfPerDollarGainPerYear, -0.5, 10.0, "hardwarePerfPerDollarGainPerYear");
        Check.between(hardwareEnergyEfficiencyGainPerYear, -0.5, 10.0, "hardwareEnergyEfficiencyGainPerYear");
        Check.between(planningHeadroom, 0.0, 0.9, "planningHeadroom");
        Check.between(trainingMfu, 0.01, 1.0, "trainingMfu");
        Check.fraction(idlePowerFraction, "idlePowerFraction");
        Check.between(computeBoundPowerFraction, 0.01, 1.0, "computeBoundPowerFraction");
        Check.between(memoryBoundPowerFraction, 0.01, 1.0, "memoryBoundPowerFraction");
        Check.between(usableHbmFraction, 0.1, 1.0, "usableHbmFraction");
        Check.between(maxDecodeBatch, 1, 65_536, "maxDecodeBatch");
        Check.between(computeEfficiency, 0.01, 1.0, "computeEfficiency");
        Check.between(memoryEfficiency, 0.01, 1.0, "memoryEfficiency");
        Check.between(stepOverheadMs, 0.0, 10_000.0, "stepOverheadMs");
    }

    /** GPUs' economic life in whole months: how long the engine keeps them in service. */
    public int economicLifeMonths() {
        return wholeMonths(economicLifeYears);
    }

    /** GPUs' depreciation life in whole months. */
    public int bookLifeMonths() {
        return wholeMonths(bookLifeYears);
    }

    /** Halls' depreciation life in whole months. */
    public int facilityLifeMonths() {
        return wholeMonths(facilityLifeYears);
    }

    private static int wholeMonths(double years) {
        return (int) Math.round(years * 12);
    }

    public static Assumptions defaults() {
        Map<String, Sourced> s = SOURCES;
        return new Assumptions(
                v(s, "discountRate"), v(s, "bookLifeYears"), v(s, "economicLifeYears"), v(s, "facilityLifeYears"),
                v(s, "opexUsdPerMwYear"), v(s, "softwareEfficiencyGainPerYear"), v(s, "tokenPriceDeclinePerYear"),
                v(s, "hardwarePerfPerDollarGainPerYear"), v(s, "hardwareEnergyEfficiencyGainPerYear"),
                v(s, "planningHeadroom"), v(s, "trainingMfu"), v(s, "idlePowerFraction"),
                v(s, "computeBoundPowerFraction"), v(s, "memoryBoundPowerFraction"), v(s, "usableHbmFraction"),
                (int) v(s, "maxDecodeBatch"), v(s, "computeEfficiency"), v(s, "memoryEfficiency"),
                v(s, "stepOverheadMs"));
    }

    private static double v(Map<String, Sourced> s, String field) {
        return s.get(field).value();
    }

    private static Map<String, Sourced> sources() {
        Map<String, Sourced> m = new LinkedHashMap<>();
        m.put("discountRate", Sourced.rough(0.1025,
                "WACC for GPU clouds: 10.25% in a published summary of the SemiAnalysis AI Cloud TCO model"));
        m.put("bookLifeYears", Sourced.of(6,
                "Server useful life: Microsoft (10-Q, FY2023, 4 → 6 years) and Alphabet (10-K 2022, 6 years)"));
        m.put("economicLifeYears", Sourced.of(5,
                "Amazon moved part of its servers from 6 back to 5 years from 1 Jan 2025; Meta 5–5.5 years (10-K)"));
        m.put("facilityLifeYears", Sourced.of(20,
                "Buildings and site improvements 15–35 years in US 10-K property schedules (XBRL US disclosure "
                        + "exemplar); 20 chosen inside the range"));
        m.put("opexUsdPerMwYear", Sourced.rough(400_000,
                "Derived: colocation ~$150/kW-month (SemiAnalysis AI Cloud TCO summary) less capital recovery of "
                        + "$11.7M/MW (Cushman & Wakefield 2025) at 10.25% over 20 years (~$116/kW-month) "
                        + "≈ $34/kW-month ≈ $0.4M per MW-year"));
        m.put("softwareEfficiencyGainPerYear", Sourced.of(0.0,
                "Neutral default: public inference benchmarks report 2–3× within a year on the same GPUs; "
                        + "treat as a scenario input"));
        m.put("tokenPriceDeclinePerYear", Sourced.of(0.0,
                "Neutral default: Epoch AI (2025) 9×–900× a year and a16z (2024) ~10× a year are at fixed "
                        + "capability; set per service or scenario"));
        m.put("hardwarePerfPerDollarGainPerYear", Sourced.of(0.30,
                "Epoch AI, Machine Learning Hardware data (2025): FP16 performance per dollar +30% a year"));
        m.put("hardwareEnergyEfficiencyGainPerYear", Sourced.of(0.50,
                "Epoch AI, Machine Learning Hardware data (2025): energy efficiency +50% a year"));
        m.put("planningHeadroom", Sourced.rough(0.20,
                "Typical planning utilization 70–80%; the SemiAnalysis TCO model summary uses 80%"));
        m.put("trainingMfu", Sourced.of(0.40,
                "Training model FLOPs utilization of 35–50% is common at scale; 40% chosen inside the range"));
        m.put("idlePowerFraction", Sourced.of(0.30,
                "GenZ-LLM-Analyzer platform power model: static 30% of platform power"));
        m.put("computeBoundPowerFraction", Sourced.of(1.0,
                "Measured: H100 SXM at large GEMMs drew 697 W of its 700 W limit (Nov 2026, nvidia-smi, "
                        + "../shared/reference/defaults.md)"));
        m.put("memoryBoundPowerFraction", Sourced.of(0.75,
                "Measured: H100 SXM on a memory-bound matrix-vector chain drew 524 W of 700 W (Nov 2026)"));
        m.put("usableHbmFraction", Sourced.of(0.90,
                "vLLM's default gpu_memory_utilization (0.9)"));
        m.put("maxDecodeBatch", Sourced.of(256,
                "vLLM's default max_num_seqs (256 sequences per batch)"));
        m.put("computeEfficiency", Sourced.of(0.65,
                "Measured: PyTorch fp16 large GEMMs on an H100 SXM reached 644 of 989 TFLOP/s (Nov 2026)"));
        m.put("memoryEfficiency", Sourced.of(0.80,
                "Measured: memory-bound chain on an H100 SXM reached 2.68 of 3.35 TB/s (Nov 2026)"));
        m.put("stepOverheadMs", Sourced.of(0.0,
                "Roofline models (GenZ, LLM-Viewer) carry no fixed per-step term; a calibration measures it"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
