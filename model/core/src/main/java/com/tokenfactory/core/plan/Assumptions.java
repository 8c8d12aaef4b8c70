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
 * @param opexUsdPerMwYear                   operations (staff, maintenance; not electricity, not property tax and insurance) per MW of powered critical IT, USD/year
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
 * @param maxDecodeBatch                     serving-software limit on the decode batch (vLLM max_num_seqs, TensorRT-LLM
 *                                           max_batch_size); 0 = none: latency and KV memory choose the batch
 * @param computeEfficiency                  achieved fraction of peak FLOP/s when no calibration exists
 * @param memoryEfficiency                   achieved fraction of peak HBM bandwidth when no calibration exists
 * @param stepOverheadMs                     fixed time per decode step (scheduling, launches) when no calibration exists, ms
 * @param taxRate                            income tax rate on taxable profit (EBIT after tax depreciation)
 * @param itTaxDepreciation                  tax depreciation of GPUs and IT: MACRS 5-year or straight line over the book life
 * @param facilityTaxLifeYears               straight-line tax life of halls, years
 * @param terminalValue                      what the plan is worth at the horizon's end, added to NPV "with terminal value"
 * @param terminalGrowthPerYear              growth of the last year's free cash flow for a perpetuity terminal value
 * @param economicLifeFrom                   whether the GPUs' economic life counts from install or from power-on
 * @param itCapexExtraShare                  networking, storage and spares bought with GPUs, as a share of their price
 * @param facilitySoftCostShare              land, design and other soft costs on top of a hall's construction cost, share
 * @param propertyTaxInsurancePerYear        property tax and insurance per year, as a share of owned net book value
 * @param commissioningMonths                months a new GPU pod runs at half capacity while it is burnt in and accepted
 * @param gpuAnnualFailureRate               share of GPUs failing in a year (each out for the repair time)
 * @param gpuRepairDays                      days a failed GPU is out of service
 * @param receivablesDays                    days of revenue customers owe at any time (working capital)
 * @param hardwarePowerPerGpuGainPerYear     trend used to project future SKUs: all-in power per GPU gain per year
 * @param expertEfficiency                   share of the dense GEMMs' speed a mixture-of-experts model's routed-expert
 *                                           math reaches (routing, permutation, small grouped GEMMs, uneven load), for
 *                                           experts of Qwen3-235B-A22B's size (18.9 million parameters in a layer);
 *                                           the engine scales it with the experts' size (larger experts compute
 *                                           faster, up to 2.2×; smaller slower)
 * @param sequenceOverheadUs                 serving software's host time per sequence per decode step on each
 *                                           scheduler (gathering results, scheduling, preparing inputs), µs
 * @param fp4Efficiency                      share of the compute efficiency FP4 weight GEMMs reach: they run at
 *                                           computeEfficiency × fp4Efficiency of the FP4 peak (measured FP4 GEMMs
 *                                           reach a smaller fraction of their peak than FP8 ones on the same GPU)
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
        double stepOverheadMs,
        TaxDepreciation itTaxDepreciation,
        TerminalValue terminalValue,
        LifeStart economicLifeFrom,
        double taxRate,
        double facilityTaxLifeYears,
        double terminalGrowthPerYear,
        double itCapexExtraShare,
        double facilitySoftCostShare,
        double propertyTaxInsurancePerYear,
        int commissioningMonths,
        double gpuAnnualFailureRate,
        double gpuRepairDays,
        double receivablesDays,
        double hardwarePowerPerGpuGainPerYear,
        double expertEfficiency,
        double sequenceOverheadUs,
        double fp4Efficiency) {

    /** How GPUs and other IT equipment are depreciated for tax. */
    public enum TaxDepreciation { MACRS_5_YEAR, STRAIGHT_LINE }

    /** What the plan is worth at the horizon's end (continuing value). */
    public enum TerminalValue {
        /** nothing: the plan ends at the horizon. */
        NONE,
        /** the net book value of GPUs and halls left, plus receivables still to collect. */
        BOOK_VALUE,
        /** the after-tax cash the GPUs still in life would earn to the end of their life at the last year's rate. */
        ECONOMIC_VALUE,
        /** the last year's free cash flow as a growing perpetuity (Gordon growth). */
        PERPETUITY
    }

    /** From when the GPUs' economic life counts. */
    public enum LifeStart { INSTALL, POWER_ON }

    /** The choices' defaults and why, by field name. */
    public static final Map<String, String> CHOICE_SOURCES = Map.of(
            "itTaxDepreciation", "MACRS_5_YEAR: computers and peripheral equipment are 5-year property (IRS "
                    + "Publication 946, Table B-1 asset class 00.12; rates from Table A-1, half-year convention)",
            "terminalValue", "ECONOMIC_VALUE: assets still in life are worth what they still earn (value in use, "
                    + "IAS 36); Koller et al., \"Valuation\", ch. 14 on continuing value; perpetuity assumes "
                    + "reinvestment a fleet plan does not model",
            "economicLifeFrom", "INSTALL: a GPU ages (and its generation is overtaken) from delivery, whether or not "
                    + "its hall has power, so a delay never lengthens the life inside the plan");


    /** Where each default comes from, by field name, in declaration order. */
    public static final Map<String, Sourced> SOURCES = sources();

    public Assumptions {
        Check.between(discountRate, 0.0, 1.0, "discountRate");
        Check.between(bookLifeYears, 0.5, 40, "bookLifeYears");
        Check.between(economicLifeYears, 0.5, 40, "economicLifeYears");
        Check.between(facilityLifeYears, 1, 100, "facilityLifeYears");
        Check.between(opexUsdPerMwYear, 0, 1e9, "opexUsdPerMwYear");
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
        Check.between(maxDecodeBatch, 0, 65_536, "maxDecodeBatch");
        Check.between(computeEfficiency, 0.01, 1.0, "computeEfficiency");
        Check.between(memoryEfficiency, 0.01, 1.0, "memoryEfficiency");
        Check.between(stepOverheadMs, 0.0, 10_000.0, "stepOverheadMs");
        Check.present(itTaxDepreciation, "itTaxDepreciation");
        Check.present(terminalValue, "terminalValue");
        Check.present(economicLifeFrom, "economicLifeFrom");
        Check.between(taxRate, 0.0, 0.9, "taxRate");
        Check.between(facilityTaxLifeYears, 1, 100, "facilityTaxLifeYears");
        Check.between(terminalGrowthPerYear, -0.5, 0.5, "terminalGrowthPerYear");
        Check.between(itCapexExtraShare, 0.0, 5.0, "itCapexExtraShare");
        Check.between(facilitySoftCostShare, 0.0, 5.0, "facilitySoftCostShare");
        Check.between(propertyTaxInsurancePerYear, 0.0, 0.5, "propertyTaxInsurancePerYear");
        Check.between(commissioningMonths, 0, 24, "commissioningMonths");
        Check.fraction(gpuAnnualFailureRate, "gpuAnnualFailureRate");
        Check.between(gpuRepairDays, 0.0, 365.0, "gpuRepairDays");
        Check.between(receivablesDays, 0.0, 365.0, "receivablesDays");
        Check.between(hardwarePowerPerGpuGainPerYear, -0.5, 2.0, "hardwarePowerPerGpuGainPerYear");
        Check.between(expertEfficiency, 0.01, 1.0, "expertEfficiency");
        Check.between(sequenceOverheadUs, 0.0, 10_000.0, "sequenceOverheadUs");
        Check.between(fp4Efficiency, 0.05, 1.0, "fp4Efficiency");
        if (terminalValue == TerminalValue.PERPETUITY && terminalGrowthPerYear >= discountRate) {
            throw new InvalidPlanException("terminalGrowthPerYear", "must be below the discount rate ("
                    + Check.fmt(discountRate) + ") for a perpetuity terminal value, was "
                    + Check.fmt(terminalGrowthPerYear));
        }
    }

    /** The format-2 assumptions; the finance and TCO fields take their defaults. */
    public Assumptions(double discountRate, double bookLifeYears, double economicLifeYears, double facilityLifeYears,
                       double opexUsdPerMwYear, double softwareEfficiencyGainPerYear, double tokenPriceDeclinePerYear,
                       double hardwarePerfPerDollarGainPerYear, double hardwareEnergyEfficiencyGainPerYear,
                       double planningHeadroom, double trainingMfu, double idlePowerFraction,
                       double computeBoundPowerFraction, double memoryBoundPowerFraction, double usableHbmFraction,
                       int maxDecodeBatch, double computeEfficiency, double memoryEfficiency, double stepOverheadMs) {
        this(discountRate, bookLifeYears, economicLifeYears, facilityLifeYears, opexUsdPerMwYear,
                softwareEfficiencyGainPerYear, tokenPriceDeclinePerYear, hardwarePerfPerDollarGainPerYear,
                hardwareEnergyEfficiencyGainPerYear, planningHeadroom, trainingMfu, idlePowerFraction,
                computeBoundPowerFraction, memoryBoundPowerFraction, usableHbmFraction, maxDecodeBatch,
                computeEfficiency, memoryEfficiency, stepOverheadMs, TaxDepreciation.MACRS_5_YEAR,
                TerminalValue.ECONOMIC_VALUE, LifeStart.INSTALL, v(SOURCES, "taxRate"),
                v(SOURCES, "facilityTaxLifeYears"), v(SOURCES, "terminalGrowthPerYear"),
                v(SOURCES, "itCapexExtraShare"), v(SOURCES, "facilitySoftCostShare"),
                v(SOURCES, "propertyTaxInsurancePerYear"), (int) v(SOURCES, "commissioningMonths"),
                v(SOURCES, "gpuAnnualFailureRate"), v(SOURCES, "gpuRepairDays"), v(SOURCES, "receivablesDays"),
                v(SOURCES, "hardwarePowerPerGpuGainPerYear"), v(SOURCES, "expertEfficiency"),
                v(SOURCES, "sequenceOverheadUs"), v(SOURCES, "fp4Efficiency"));
    }

    /** Share of GPU time in service: 1 − failures a year × days out ÷ 365 (each failure out for the repair time). */
    public double gpuAvailability() {
        return 1.0 - gpuAnnualFailureRate * gpuRepairDays / 365.0;
    }

    public Assumptions withSoftwareEfficiencyGainPerYear(double gain) {
        return withRates(discountRate, gain, planningHeadroom, computeEfficiency, memoryEfficiency, expertEfficiency,
                fp4Efficiency);
    }

    public Assumptions withDiscountRate(double rate) {
        return withRates(rate, softwareEfficiencyGainPerYear, planningHeadroom, computeEfficiency, memoryEfficiency,
                expertEfficiency, fp4Efficiency);
    }

    public Assumptions withPlanningHeadroom(double headroom) {
        return withRates(discountRate, softwareEfficiencyGainPerYear, headroom, computeEfficiency, memoryEfficiency,
                expertEfficiency, fp4Efficiency);
    }

    public Assumptions withComputeEfficiency(double efficiency) {
        return withRates(discountRate, softwareEfficiencyGainPerYear, planningHeadroom, efficiency, memoryEfficiency,
                expertEfficiency, fp4Efficiency);
    }

    public Assumptions withMemoryEfficiency(double efficiency) {
        return withRates(discountRate, softwareEfficiencyGainPerYear, planningHeadroom, computeEfficiency, efficiency,
                expertEfficiency, fp4Efficiency);
    }

    public Assumptions withExpertEfficiency(double efficiency) {
        return withRates(discountRate, softwareEfficiencyGainPerYear, planningHeadroom, computeEfficiency,
                memoryEfficiency, efficiency, fp4Efficiency);
    }

    public Assumptions withFp4Efficiency(double efficiency) {
        return withRates(discountRate, softwareEfficiencyGainPerYear, planningHeadroom, computeEfficiency,
                memoryEfficiency, expertEfficiency, efficiency);
    }

    /** The figures Monte Carlo and goal seek move, changed; every other assumption as it is. */
    private Assumptions withRates(double rate, double softwareGain, double headroom, double compute, double memory,
                                  double expert, double fp4) {
        return new Assumptions(rate, bookLifeYears, economicLifeYears, facilityLifeYears, opexUsdPerMwYear,
                softwareGain, tokenPriceDeclinePerYear, hardwarePerfPerDollarGainPerYear,
                hardwareEnergyEfficiencyGainPerYear, headroom, trainingMfu, idlePowerFraction,
                computeBoundPowerFraction, memoryBoundPowerFraction, usableHbmFraction, maxDecodeBatch,
                compute, memory, stepOverheadMs, itTaxDepreciation, terminalValue, economicLifeFrom,
                taxRate, facilityTaxLifeYears, terminalGrowthPerYear, itCapexExtraShare, facilitySoftCostShare,
                propertyTaxInsurancePerYear, commissioningMonths, gpuAnnualFailureRate, gpuRepairDays,
                receivablesDays, hardwarePowerPerGpuGainPerYear, expert, sequenceOverheadUs, fp4);
    }

    public Assumptions withTerminalValue(TerminalValue method) {
        return new Assumptions(discountRate, bookLifeYears, economicLifeYears, facilityLifeYears, opexUsdPerMwYear,
                softwareEfficiencyGainPerYear, tokenPriceDeclinePerYear, hardwarePerfPerDollarGainPerYear,
                hardwareEnergyEfficiencyGainPerYear, planningHeadroom, trainingMfu, idlePowerFraction,
                computeBoundPowerFraction, memoryBoundPowerFraction, usableHbmFraction, maxDecodeBatch,
                computeEfficiency, memoryEfficiency, stepOverheadMs, itTaxDepreciation, method, economicLifeFrom,
                taxRate, facilityTaxLifeYears, terminalGrowthPerYear, itCapexExtraShare, facilitySoftCostShare,
                propertyTaxInsurancePerYear, commissioningMonths, gpuAnnualFailureRate, gpuRepairDays,
                receivablesDays, hardwarePowerPerGpuGainPerYear, expertEfficiency, sequenceOverheadUs,
                fp4Efficiency);
    }

    /** Halls' tax depreciation life in whole months. */
    public int facilityTaxLifeMonths() {
        return wholeMonths(facilityTaxLifeYears);
    }

    /** Whether a serving-software batch limit is set. */
    public boolean hasDecodeBatchLimit() {
        return maxDecodeBatch > 0;
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

    private static final String FITTED = "Fitted on 28 TensorRT-LLM measurements, scored on held-out ones "
            + "(docs/validation.md)";

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
        m.put("maxDecodeBatch", Sourced.of(0,
                "No serving-software limit by default: the latency target and KV memory choose the batch. Set "
                        + "vLLM's max_num_seqs (default 256) or TensorRT-LLM's max_batch_size to model a configured "
                        + "engine"));
        m.put("computeEfficiency", Sourced.of(0.50, FITTED + "; a bare H100 GEMM reaches 0.65"));
        m.put("memoryEfficiency", Sourced.of(0.80, FITTED + " (at its ceiling: a bare H100 memory-bound chain "
                + "reaches 0.80, measured)"));
        m.put("stepOverheadMs", Sourced.of(1.0, FITTED + " (grid 0–10 ms)"));
        m.put("taxRate", Sourced.of(0.21,
                "US federal corporate income tax 21% (Tax Cuts and Jobs Act 2017, IRC §11(b)); state taxes not included"));
        m.put("facilityTaxLifeYears", Sourced.of(39,
                "Nonresidential real property: 39 years straight line (IRS Publication 946, MACRS GDS)"));
        m.put("terminalGrowthPerYear", Sourced.of(0.0,
                "Koller et al., \"Valuation\" (7th ed.), ch. 14: continuing-value growth at or below long-run nominal "
                        + "GDP; 0 because token prices fall while the fleet is only replaced, not grown"));
        m.put("itCapexExtraShare", Sourced.rough(0.12,
                "Scale-out networking (switches, NICs, optics) adds roughly $3,000–10,000 per GPU over the server "
                        + "price (ipcarrier.blogspot.com, \"What AI changes in connectivity\", 2026, order of magnitude); "
                        + "~$5k on a ~$40k all-in server share per GPU ≈ 12%, storage and spares included"));
        m.put("facilitySoftCostShare", Sourced.rough(0.15,
                "Cushman & Wakefield's $/MW (Data Center Development Cost Guide 2025) excludes land, design/soft "
                        + "costs and owner contingencies; land and building 15–25% of total spend (BlueCap Economic "
                        + "Advisors, \"Cost of Data Center\", 2025); 15% taken for land and soft costs"));
        m.put("propertyTaxInsurancePerYear", Sourced.rough(0.01,
                "Business personal and real property tax on data centers is often abated by state incentives "
                        + "(CBRE data center site selection study, 2015: all but 4 of 30 markets offer incentives); "
                        + "1% of net book value a year taken for tax after abatement plus property insurance"));
        m.put("commissioningMonths", Sourced.rough(1,
                "Burn-in and acceptance testing of a new GPU cluster take weeks before it carries full load "
                        + "(Meta, \"The Llama 3 Herd of Models\", 2024, §3.3.4 on cluster reliability); one month at "
                        + "half capacity taken"));
        m.put("gpuAnnualFailureRate", Sourced.of(0.09,
                "Meta, \"The Llama 3 Herd of Models\" (2024), Table 5: 148 faulty-GPU and 72 HBM3 interruptions in "
                        + "54 days on 16,384 H100s → 220 × 365/54 ÷ 16,384 ≈ 9% of GPUs a year"));
        m.put("gpuRepairDays", Sourced.rough(3,
                "Swap from on-site spares and return to service within days (spares are in itCapexExtraShare); "
                        + "3 days taken, low confidence"));
        m.put("receivablesDays", Sourced.rough(30,
                "Net-30 payment terms, common for enterprise cloud and API invoices; a reviewer's days sales "
                        + "outstanding may be 45–60"));
        m.put("hardwarePowerPerGpuGainPerYear", Sourced.rough(0.20,
                "Published trend of NVIDIA data-center GPUs: H100 SXM 700 W (2023) → B200 1,000 W (2025) → GB200 "
                        + "1,200 W per GPU (defaults.md) ≈ +20% a year"));
        m.put("expertEfficiency", Sourced.rough(0.20, FITTED + " (grid 0.20–1.00, at its floor), on the fit set's "
                + "one mixture-of-experts model, Qwen3-235B-A22B, and so stated at its experts' size (18.9 million "
                + "parameters in a layer); the engine scales it by P ÷ (P + 23 million) relative to that size, from "
                + "measured MoE kernels (decision 0037)"));
        m.put("sequenceOverheadUs", Sourced.of(0.0, FITTED + " (grid 0–50 µs in steps of 5, at its floor: the fit "
                + "cannot tell it from the fixed overhead per step); serving engines spend much of a small model's "
                + "step on the host: vLLM measured 29% of Llama 3 8B's time on one H100 in scheduling (vLLM blog, "
                + "\"vLLM v0.6.0: 2.7x Throughput Improvement and 5x Latency Reduction\", 2024-09-05)"));
        m.put("fp4Efficiency", Sourced.rough(0.65, "FP4 GEMMs reach a smaller share of their peak than FP8 ones on "
                + "the same GPU. vLLM's CUTLASS kernels on a B200, Llama 3.1 8B's N=6144 K=4096: FP8 41%, 52%, 57% "
                + "of the FP8 peak at 512, 1,024, 16,384 tokens (vllm-project/vllm PR #19566, 2025-06, tuned), NVFP4 "
                + "24%, 32%, 43% of the FP4 peak (PR #20646, 2025-07, before its tuned configs) — 0.59, 0.62, 0.77 "
                + "of FP8's share. " + FITTED + " within that range (grid 0.60–0.80)"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
