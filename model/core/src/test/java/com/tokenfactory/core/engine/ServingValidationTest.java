package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.result.ThroughputEstimate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reproduces the fit / held-out table of docs/validation.md. The defaults must be the fit's optimum on the fit cases
 * (no held-out case is ever used to choose them), each case's prediction must match the recorded table, and the
 * held-out errors and SKU ratios must not get worse than recorded. {@code -Dvalidation.update=true} rewrites the
 * recorded predictions (src/test/resources/validation/predicted.csv) and writes the markdown table to
 * target/validation-table.md for docs/validation.md.
 */
class ServingValidationTest {
    private static final Assumptions A = Assumptions.defaults();
    /** The shipped defaults, in {@link #GRID}'s order. */
    static final double[] DEFAULT_PARAMETERS = {A.computeEfficiency(), A.memoryEfficiency(), A.stepOverheadMs(),
            Collectives.LATENCY_US.value(), A.expertEfficiency(), A.sequenceOverheadUs(), A.fp4Efficiency(),
            ReplicaPass.MOE_LAYER_US.value(), ReplicaPass.EXPERT_READ_EFFICIENCY.value()};
    private static final Efficiencies DEFAULTS = efficiencies(DEFAULT_PARAMETERS);
    /**
     * The fit's grid, the range and step of each parameter: compute efficiency, memory efficiency, step overhead (ms),
     * collective latency (µs), expert efficiency, host time per sequence per step (µs), FP4 efficiency, fixed time
     * per mixture-of-experts layer (µs), expert read efficiency. Memory efficiency stops at 0.80, what a bare H100
     * memory-bound chain measured (Assumptions' source): the roofline cannot be faster than the hardware measured
     * alone. FP4 efficiency spans 0.60–0.80, the share of FP8's fraction of peak that measured NVFP4 GEMMs reached on
     * a B200 (Assumptions' source). {@link ServingFitSearch} walks the whole grid.
     */
    static final double[][] GRID = {{0.30, 0.90, 0.05}, {0.50, 0.80, 0.05}, {0.0, 10.0, 1.0},
            {0.0, 30.0, 5.0}, {0.20, 1.00, 0.05}, {0.0, 50.0, 5.0}, {0.60, 0.80, 0.05}, {0.0, 300.0, 50.0},
            {0.50, 1.00, 0.05}};

    // the recorded result (docs/validation.md); a change may improve these, never worsen them. Recorded changes that
    // worsened some, each said in docs/validation.md: the gathered-experts revision raised the worst case (GB200
    // Qwen3-30B-A3B 128/128, one GPU, no communication) from 73.7% to 77.4%; the BF16 collectives and the benchmark's
    // finite datasets, re-fitted, raised it to 164% (the same row, whose GB200 run measured 0.61× of B200's), the
    // H200/H100 ratio's median from 9.3% to 11.0% and the latency check's from 34.7% to 40.6%, while the held-out
    // median fell from 18.6% to 16.2% and the cases beyond ±35% from 30 to 18. The FP4 efficiency, re-fitted, raised
    // the independent check's median from 26.3% to 50.4% (worst 74.4% to 99.6%), the newer release's worst from 51.3%
    // to 66.1% and the cases beyond ±35% from 18 to 24, while the held-out median fell to 11.8%, the worst case to
    // 153%, the B200/H100 ratio's median to 15.3% and the latency check's to 14.7%. The fixed time per
    // mixture-of-experts layer, re-fitted, raised the worst held-out case from 153% to 158% (GB200 Qwen3-30B-A3B
    // 128/128 again) and the independent check's median from 50.4% to 62.6% (worst 107%), while the held-out median
    // fell to 10.7%, the cases beyond ±35% from 24 to 17, the B200/H100 ratio's median to 13.1% and the latency
    // check's to 11.5%. Attention as two operators (the prompts' math no longer hidden under the decoders' KV reads,
    // as TensorRT-LLM runs them; decision 0028), re-fitted (step overhead 3 → 2 ms), raised the fit median from 6.9%
    // to 8.3% (its objective, mean |ln ratio|, fell from 0.102 to 0.096), the held-out median to 10.9% and its worst
    // to 161.5%, the H200/H100 ratio's median to 11.0%, the B200/H100 ratio's to 13.3% and the independent check's
    // median to 69.5% (worst 112.4%) and the newer release's worst to 57.4%, while the newer release's median fell to
    // 10.0% and the latency check's to 11.3% (worst 37.1%). Counting only Llama 4 Maverick's 24 MoE layers (of 48) as
    // MoE layers (decision 0029) raised the held-out median to 12.2% and the newer release's worst to 79.6% (Maverick
    // at 1,024/8,192 on an H200), while the B200/H100 ratio's median fell to 12.8% and the newer release's to 8.9%.
    // Llama 4's chunked local attention (decision 0030) raised the held-out cases beyond ±35% to 22 (Maverick at
    // 20,000/2,000 on an H200) and the newer release's worst to 87.2%, while its median fell to 6.3%. The expert read
    // efficiency (decision 0033), fitted, raised the B200/H100 ratio's median from 12.8% to 13.8% and the newer
    // release's median from 6.3% to 7.2%, while the held-out median fell to 10.7%, the cases beyond ±35% from 22 to
    // 17, the H200/H100 ratio's median to 9.6% and the newer release's worst to 58.9%. Scoring DeepSeek-R1's 14 rows
    // in the newer release (latent attention, decision 0034; nothing else moved) raised its median to 7.7% and its
    // worst to 60.0% (GB200 at 1,024/8,192). The nine-parameter grid's optimum (decision 0035: step overhead 2 → 1 ms,
    // expert read efficiency 0.70 → 0.60; its objective 0.09548 → 0.09533) raised the held-out median from 10.7% to
    // 11.7% and its worst to 166.0% (GB200 Qwen3-30B-A3B 128/128 again), the B200/H100 ratio's median to 14.2%, the
    // independent check's median to 77.0% (worst 118.1%), the newer release's to 9.2% (worst 62.6%) and the latency
    // check's to 15.2% (worst 41.6%), while the fit median fell to 7.6%, the cases beyond ±35% from 17 to 14 and the
    // H200/H100 ratio's median to 9.5%. The expert-size efficiency (decision 0037; no fit row moves) raised the newer
    // release's median from 9.2% to 9.9% and the TP sweeps' ratio median from 15.5% to 18.4%, while the held-out median
    // fell to 10.4%, its worst to 67.9%, the cases beyond ±35% from 14 to 8, the H200/H100 ratio's median to 8.9%, the
    // B200/H100 ratio's to 13.8% and the TP sweeps' median from 24.7% to 13.2% (worst 54.5%).
    private static final double FIT_MEDIAN = 0.076;
    private static final double HELD_OUT_MEDIAN = 0.104;
    private static final double HELD_OUT_WORST = 0.679;
    /**
     * Held-out cases beyond ±35% (the goal's "none"): 17 before decision 0028, then 19, 21 (0029), 22 (0030), 17
     * (0033), 14 (0035) and 8 (0037).
     */
    private static final int HELD_OUT_BEYOND_35 = 8;
    private static final double H200_RATIO_MEDIAN = 0.089;
    private static final double B200_RATIO_MEDIAN = 0.138;
    /** The independent check (vLLM on MI300X, Oracle): scored apart, never used to choose the defaults. */
    private static final double INDEPENDENT_MEDIAN = 0.770;
    private static final double INDEPENDENT_WORST = 1.181;
    /** The newer TensorRT-LLM release's rows (other ISL/OSL, DEP layouts): scored apart, never used to choose. */
    private static final double NEWER_MEDIAN = 0.099;
    private static final double NEWER_WORST = 0.626;
    /**
     * TensorRT-LLM 0.17's tensor-parallel sweeps (CHK-TP-SWEEP-v0.17) on the catalog's H100 and H200: scored apart,
     * never used to choose; and the ratio of each run's tokens per GPU to the same run on the fewest GPUs measured.
     */
    private static final double SWEEP_MEDIAN = 0.132;
    private static final double SWEEP_WORST = 0.545;
    private static final double SWEEP_TP_RATIO_MEDIAN = 0.184;
    /** The online runs (CHK-LATENCY): time per output token at the batch each ran, scored apart, never fitted. */
    private static final double LATENCY_MEDIAN = 0.152;
    private static final double LATENCY_WORST = 0.416;

    private final ServingValidation v = new ServingValidation();

    static Efficiencies efficiencies(double[] p) {
        return new Efficiencies(p[0], p[1], p[2], 1.0, 0.75, 0.3, p[3], p[5], p[4], p[6], p[7], p[8],
                "validation");
    }

    private double objective(double[] p) {
        return ServingValidation.meanAbsLogError(v.rows(v.cases("fit", null), efficiencies(p)));
    }

    @Test
    void theDefaultEfficienciesAreTheFitsOptimumOnTheFitCasesAlone() {
        double[] at = DEFAULT_PARAMETERS;
        double here = objective(at);
        for (int i = 0; i < at.length; i++) {
            for (int dir : new int[]{-1, 1}) {
                double[] q = at.clone();
                q[i] += dir * GRID[i][2];
                if (q[i] < GRID[i][0] - 1e-9 || q[i] > GRID[i][1] + 1e-9) {
                    continue;
                }
                assertTrue(objective(q) >= here, "a neighbour on the grid fits better: parameter " + i + " → " + q[i]);
            }
        }
    }

    @Test
    void theHeldOutTableReproducesAndIsNoWorseThanRecorded() throws IOException {
        List<ServingValidation.Row> fit = v.rows(v.cases("fit", null), DEFAULTS);
        List<ServingValidation.Row> heldOut = v.rows(v.cases("heldout", "HO-MAIN"), DEFAULTS);
        List<ServingValidation.Row> independent = independent();
        List<ServingValidation.Row> newer = v.rows(v.cases("check", "CHK-NEWER-SW"), DEFAULTS);
        assertEquals(28, fit.size());
        assertEquals(79, newer.size(), "Llama 3.3 70B, Llama 4 Maverick, both Qwen3 models and DeepSeek-R1 on H100–GB200");
        List<ServingValidation.Row> latency = v.latencyRows(v.cases("check", "CHK-LATENCY"), DEFAULTS);
        assertEquals(80, latency.size());
        List<ServingValidation.Row> sweep = v.rows(v.cases("check", ServingValidation.TP_SWEEP), DEFAULTS);
        assertEquals(205, sweep.size(), "Llama 3.1 8B, 70B and 405B, Mistral 7B, Mixtral 8x7B and 8x22B on H100 and H200");
        if (Boolean.getBoolean("validation.update")) {
            write(fit, heldOut, independent, newer, sweep);
            writeLatency(latency);
            return;
        }
        Map<String, Double> recorded = new HashMap<>();
        for (Map<String, String> r : ValidationCsv.read("predicted.csv")) {
            recorded.put(r.get("id"), Double.parseDouble(r.get("predicted_output_tokens_per_s_per_gpu")));
        }
        for (ServingValidation.Row r : concat(concat(fit, heldOut), concat(concat(independent, newer), sweep))) {
            Double expected = recorded.get(r.c().id());
            assertTrue(expected != null, "no recorded prediction for " + r.c().id());
            assertEquals(expected, r.predicted(), Math.abs(expected) * 0.005, r.c().id());
        }
        assertTrue(ServingValidation.medianAbsError(fit) <= FIT_MEDIAN + 5e-4);
        noWorseThanRecorded("held-out", heldOut, HELD_OUT_MEDIAN, HELD_OUT_WORST);
        long beyond = heldOut.stream().filter(r -> r.absError() > 0.35).count();
        assertTrue(beyond <= HELD_OUT_BEYOND_35, "held-out cases beyond ±35%: " + beyond);
        noWorseThanRecorded("independent", independent, INDEPENDENT_MEDIAN, INDEPENDENT_WORST);
        noWorseThanRecorded("newer release", newer, NEWER_MEDIAN, NEWER_WORST);
        noWorseThanRecorded("latency", latency, LATENCY_MEDIAN, LATENCY_WORST);
        noWorseThanRecorded("TP sweep", sweep, SWEEP_MEDIAN, SWEEP_WORST);
        assertTrue(ServingValidation.median(tpScalingErrors(sweep)) <= SWEEP_TP_RATIO_MEDIAN + 5e-4,
                "TP sweep ratios' median |error| " + ServingValidation.median(tpScalingErrors(sweep)));
    }

    /**
     * Each sweep run's tokens per GPU against the same model, SKU and lengths on the fewest GPUs the sweep measured:
     * |predicted ratio ÷ measured ratio − 1|, what the tensor-parallel communication term has to get right.
     */
    static double[] tpScalingErrors(List<ServingValidation.Row> sweep) {
        Map<String, ServingValidation.Row> fewest = new HashMap<>();
        for (ServingValidation.Row r : sweep) {
            fewest.merge(sameRun(r.c()), r, (a, b) -> a.c().tp() <= b.c().tp() ? a : b);
        }
        return sweep.stream().filter(r -> r.c().tp() > fewest.get(sameRun(r.c())).c().tp()).mapToDouble(r -> {
            ServingValidation.Row base = fewest.get(sameRun(r.c()));
            return Math.abs((r.predicted() / base.predicted()) / (r.measured() / base.measured()) - 1);
        }).toArray();
    }

    private static String sameRun(ServingValidation.Case c) {
        return c.modelId() + "|" + c.sku() + "|" + (int) c.isl() + "/" + (int) c.osl();
    }

    /**
     * The overview's finite datasets, by the rule rather than by the figures of one fit. Qwen3-235B on B200 at
     * 128/4096 had 1,500 requests, fewer than its memory holds: they all run at once, at the rate of a batch of 1,500.
     * Llama 3.1 8B on an H100 at 128/2048 had 3,000, more than it holds: whole batches pass, then the remainder, each
     * at its own rate. A run whose count the overview does not state (the newer release's 1000/1000) stays at its
     * steady state.
     */
    @Test
    void aRunServesItsDatasetInWholeBatchesAndOneRemainder() {
        ServingValidation.Case fewer = v.byId("P1-0139");
        int n = ServingValidation.datasetRequests(fewer);
        assertEquals(1_500, n);
        assertTrue(n < v.estimate(fewer, DEFAULTS).decodeBatch());
        assertEquals(v.estimate(fewer, DEFAULTS, n).outputTokensPerSecondPerGpu(), v.predict(fewer, DEFAULTS), 1e-9);

        ServingValidation.Case more = v.byId("P1-0312");
        n = ServingValidation.datasetRequests(more);
        assertEquals(3_000, n);
        ThroughputEstimate steady = v.estimate(more, DEFAULTS);
        int b = steady.decodeBatch();
        assertTrue(b < n && n % b != 0, "whole batches and a remainder: " + b);
        double rest = v.estimate(more, DEFAULTS, n % b).outputTokensPerSecondPerGpu();
        double seconds = (double) (n / b) * b * 2048 / steady.outputTokensPerSecondPerGpu() + (n % b) * 2048 / rest;
        assertEquals(n * 2048 / seconds, v.predict(more, DEFAULTS), 1e-9); // one GPU
        assertTrue(v.predict(more, DEFAULTS) < steady.outputTokensPerSecondPerGpu(), "the smaller last batch is slower");

        ServingValidation.Case unstated = v.cases("check", "CHK-NEWER-SW").stream()
                .filter(c -> c.isl() == 1000 && c.osl() == 1000 && v.scorable(c)).findFirst().orElseThrow();
        assertEquals(0, ServingValidation.datasetRequests(unstated));
        assertEquals(v.estimate(unstated, DEFAULTS).outputTokensPerSecondPerGpu(), v.predict(unstated, DEFAULTS));
    }

    private static void noWorseThanRecorded(String block, List<ServingValidation.Row> rows, double median,
                                            double worst) {
        assertTrue(ServingValidation.medianAbsError(rows) <= median + 5e-4,
                block + " median |error| " + ServingValidation.medianAbsError(rows));
        assertTrue(ServingValidation.worstAbsError(rows) <= worst + 5e-4,
                block + " worst |error| " + ServingValidation.worstAbsError(rows));
    }

    /** The latency check's summary and table, for docs/validation.md, to target/validation-latency.md. */
    private static void writeLatency(List<ServingValidation.Row> rows) throws IOException {
        StringBuilder md = new StringBuilder();
        summary(md, "latency check (online runs)", rows);
        md.append("\n");
        md.append("| id | model | SKU | TP | precision | ISL/OSL | sequences decoding | published ITL (ms) | "
                + "predicted (ms) | ratio |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (ServingValidation.Row r : rows) {
            ServingValidation.Case c = r.c();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %d/%d | %.1f | %.1f | %.1f | %.2f |%n",
                    c.id(), c.modelId(), c.sku(), c.tp(), c.weights(), (int) c.isl(), (int) c.osl(),
                    ServingValidation.decodingSequences(c), r.measured(), r.predicted(), r.ratio()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/validation-latency.md"), md);
    }

    /**
     * The scorable rows of the independent check block: Oracle's vLLM runs of Llama 3.1 405B on MI300X, under
     * vLLM's defaults (DeepSeek-R1's MLA rows from dstack have no KV heads this harness can map).
     */
    private List<ServingValidation.Row> independent() {
        List<ServingValidation.Row> rows = v.rows(v.cases("check", "CHK-INDEPENDENT"), DEFAULTS);
        assertEquals(11, rows.size());
        return rows;
    }

    @Test
    void skuRatiosAreNoWorseThanRecorded() {
        for (String check : List.of("H200 SXM/H100 SXM", "B200/H100 SXM")) {
            double median = ServingValidation.median(ratioErrors(check));
            assertTrue(median <= recordedRatio(check) + 5e-4, check + " median |ratio error| " + median);
        }
    }

    private static double recordedRatio(String check) {
        return check.startsWith("H200") ? H200_RATIO_MEDIAN : B200_RATIO_MEDIAN;
    }

    /** |predicted ratio ÷ measured ratio − 1| for each scorable pair of a ratio check. */
    private double[] ratioErrors(String check) {
        List<Double> out = new ArrayList<>();
        for (Map<String, String> r : ValidationCsv.read("ratio_checks.csv")) {
            if (!r.get("check").equals(check)) {
                continue;
            }
            ServingValidation.Case num = v.byId(r.get("id_num"));
            ServingValidation.Case den = v.byId(r.get("id_den"));
            if (!v.scorable(num) || !v.scorable(den)) {
                continue;
            }
            double predicted = v.predict(num, DEFAULTS) / v.predict(den, DEFAULTS);
            out.add(Math.abs(predicted / Double.parseDouble(r.get("measured_ratio_per_gpu")) - 1));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<ServingValidation.Row> concat(List<ServingValidation.Row> a, List<ServingValidation.Row> b) {
        List<ServingValidation.Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void write(List<ServingValidation.Row> fit, List<ServingValidation.Row> heldOut,
                       List<ServingValidation.Row> independent, List<ServingValidation.Row> newer,
                       List<ServingValidation.Row> sweep) throws IOException {
        StringBuilder csv = new StringBuilder("id,predicted_output_tokens_per_s_per_gpu\n");
        for (ServingValidation.Row r : concat(concat(fit, heldOut), concat(concat(independent, newer), sweep))) {
            csv.append(r.c().id()).append(',').append(String.format(Locale.ROOT, "%.3f", r.predicted())).append('\n');
        }
        Files.writeString(Path.of("src/test/resources/validation/predicted.csv"), csv);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Defaults: computeEfficiency %.2f, memoryEfficiency %.2f, stepOverheadMs "
                + "%.1f, collectiveLatencyUs %.0f, expertEfficiency %.2f, sequenceOverheadUs %.1f, fp4Efficiency %.2f, "
                + "moeLayerUs %.0f, expertReadEfficiency %.2f%n%n",
                (Object[]) java.util.Arrays.stream(DEFAULT_PARAMETERS).boxed().toArray(Double[]::new)));
        summary(md, "fit", fit);
        summary(md, "held-out (HO-MAIN)", heldOut);
        summary(md, "independent (vLLM on MI300X, Oracle)", independent);
        summary(md, "newer TensorRT-LLM release (check)", newer);
        summary(md, "TensorRT-LLM 0.17 TP sweeps (check)", sweep);
        double[] scaling = tpScalingErrors(sweep);
        md.append(String.format(Locale.ROOT, "- TP sweeps, tokens per GPU against the fewest GPUs measured: %d pairs, "
                        + "median |error| %.1f%%, worst %.1f%%, within 15%%: %d%n", scaling.length,
                100 * ServingValidation.median(scaling), 100 * java.util.Arrays.stream(scaling).max().orElse(Double.NaN),
                java.util.Arrays.stream(scaling).filter(x -> x <= 0.15).count()));
        for (String check : List.of("H200 SXM/H100 SXM", "B200/H100 SXM")) {
            double[] e = ratioErrors(check);
            md.append(String.format(Locale.ROOT, "- SKU ratio %s: %d held-out pairs, median |error| %.1f%%, worst "
                    + "%.1f%%, within 15%%: %d%n", check, e.length, 100 * ServingValidation.median(e),
                    100 * java.util.Arrays.stream(e).max().orElse(Double.NaN),
                    java.util.Arrays.stream(e).filter(x -> x <= 0.15).count()));
        }
        md.append("\n| set | id | model | SKU | TP | precision | ISL/OSL | published | predicted | ratio |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        table(md, "fit", fit);
        table(md, "held-out", heldOut);
        table(md, "independent", independent);
        table(md, "newer release", newer);
        table(md, "TP sweep", sweep);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/validation-table.md"), md);
    }

    /** Output tokens/s as the table shows them: whole above 100, one decimal below (4.5, not 5). */
    private static String tokens(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 100 ? "%.1f" : "%,.0f", perSecond);
    }

    private static void summary(StringBuilder md, String name, List<ServingValidation.Row> rows) {
        long within15 = rows.stream().filter(r -> r.absError() <= 0.15).count();
        long beyond35 = rows.stream().filter(r -> r.absError() > 0.35).count();
        md.append(String.format(Locale.ROOT, "- %s: %d cases, median |error| %.1f%%, worst %.1f%%, within ±15%%: %d, "
                        + "beyond ±35%%: %d%n", name, rows.size(), 100 * ServingValidation.medianAbsError(rows),
                100 * ServingValidation.worstAbsError(rows), within15, beyond35));
    }

    private static void table(StringBuilder md, String set, List<ServingValidation.Row> rows) {
        for (ServingValidation.Row r : rows) {
            ServingValidation.Case c = r.c();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %d/%d | %s | %s | %.2f |%n",
                    set, c.id(), c.modelId(), c.sku(), c.tp(), c.weights(), (int) c.isl(), (int) c.osl(),
                    tokens(c.measuredOutputPerGpu()), tokens(r.predicted()), r.ratio()));
        }
    }
}
