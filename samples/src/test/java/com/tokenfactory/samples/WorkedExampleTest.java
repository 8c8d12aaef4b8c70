package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example of docs/metrics.md — April 2028 of capacity-crunch — is the engine's: every figure printed there
 * is read back and compared with the engine's, and the identities the page states hold on the printed figures.
 */
class WorkedExampleTest {
    static final Path METRICS = Path.of("../docs/metrics.md");
    static final String MARK = "<!-- worked example: capacity-crunch, month index 15 (April 2028); WorkedExampleTest -->";
    private static final int MONTH = 15;

    /** The figures the page prints, by label, in the page's order. Money in $, tokens in millions. */
    static Map<String, Double> figures(SimulationResult r, int m) {
        Totals t = r.totals();
        double rental = t.rentalCommitted().get(m) + t.rentalOnDemand().get(m);
        double ebitda = t.revenue(m) - t.electricityCost().get(m) - t.opex().get(m) - t.propertyTaxInsurance().get(m)
                - rental;
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("revenue", t.revenue(m));
        f.put("electricity", t.electricityCost().get(m));
        f.put("operations", t.opex().get(m));
        f.put("property tax and insurance", t.propertyTaxInsurance().get(m));
        f.put("rental", rental);
        f.put("EBITDA", ebitda);
        f.put("tax depreciation", t.taxDepreciation().get(m));
        f.put("taxable income", ebitda - t.taxDepreciation().get(m));
        f.put("income tax", t.incomeTax().get(m));
        f.put("capex", t.capex(m));
        f.put("increase in receivables", t.receivablesChange().get(m));
        f.put("pre-tax cash flow", t.cashFlow().get(m));
        f.put("free cash flow after tax", t.freeCashFlow().get(m));
        f.put("depreciation", t.depreciation().get(m));
        f.put("capital charge", t.capitalCharge().get(m));
        f.put("idle capacity cost", t.idleCost().get(m));
        f.put("inference cost, fully loaded", t.inferenceLoadedCost().get(m));
        f.put("of which idle capacity", t.inferenceIdleCost().get(m));
        f.put("of which capital charge", t.inferenceCapitalCost().get(m));
        f.put("served-pool cost of inference", t.inferenceCost().get(m));
        f.put("tokens served (millions)", t.tokensServed().get(m) / 1e6);
        return f;
    }

    static String format(String label, double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /**
     * The block with the engine's figures in place of the printed ones, labels and notes kept
     * ({@code -Dworked.update=true}; the sentences after the block are the author's to check).
     */
    private static String rewritten(String block, Map<String, Double> engine) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            int eq = line.lastIndexOf(" = ");
            if (eq >= 0) {
                String label = line.substring(0, eq).replaceAll("\\s+\\(.*\\)$", "").strip();
                String rest = line.substring(eq + 3);
                int end = rest.indexOf(' ');
                String number = format(label, engine.get(label));
                String after = end < 0 ? "" : rest.substring(end);
                // keep a note's column where the old number left it
                int width = Math.max(number.length(), end < 0 ? 0 : end);
                line = line.substring(0, eq + 3) + String.format(Locale.ROOT, "%-" + width + "s", number)
                        + after;
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    @Test
    void theWorkedExampleInMetricsMdIsTheEnginesApril2028OfCapacityCrunch() throws Exception {
        String doc = Files.readString(METRICS);
        int at = doc.indexOf(MARK);
        assertTrue(at >= 0, "the worked example's marker is in docs/metrics.md");
        int start = doc.indexOf("```text\n", at) + "```text\n".length();
        String block = doc.substring(start, doc.indexOf("```", start));
        Map<String, Double> printed = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int eq = line.lastIndexOf(" = ");
            if (eq < 0) {
                continue;
            }
            String label = line.substring(0, eq).replaceAll("\\s+\\(.*\\)$", "").strip();
            String number = line.substring(eq + 3).strip().split(" ")[0].replace(",", "");
            printed.put(label, Double.parseDouble(number));
        }
        SimulationResult r = Engine.simulate(Samples.open(Samples.CAPACITY_CRUNCH));
        Map<String, Double> engine = figures(r, MONTH);
        if (Boolean.getBoolean("worked.update")) {
            Files.writeString(METRICS, doc.substring(0, start) + rewritten(block, engine) + doc.substring(start
                    + block.length()));
            return;
        }
        assertEquals(engine.keySet(), printed.keySet(), "the page prints every figure, by these labels");
        for (var e : engine.entrySet()) {
            assertEquals(e.getValue(), printed.get(e.getKey()), 0.5, e.getKey());
        }
        // the identities the page states, on the printed (rounded) figures
        double ebitda = printed.get("revenue") - printed.get("electricity") - printed.get("operations")
                - printed.get("property tax and insurance") - printed.get("rental");
        assertEquals(ebitda, printed.get("EBITDA"), 3);
        assertEquals(0.21 * printed.get("taxable income"), printed.get("income tax"), 1);
        assertEquals(printed.get("EBITDA") - printed.get("capex") - printed.get("increase in receivables"),
                printed.get("pre-tax cash flow"), 3);
        assertEquals(printed.get("pre-tax cash flow") - printed.get("income tax"), printed.get("free cash flow after tax"),
                2);
        assertEquals(engine.get("inference cost, fully loaded") / engine.get("tokens served (millions)"),
                r.totals().inferenceLoadedCost().get(MONTH) * 1e6 / r.totals().tokensServed().get(MONTH), 1e-12);
    }
}
