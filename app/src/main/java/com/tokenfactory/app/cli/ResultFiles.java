package com.tokenfactory.app.cli;

import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/** The `run` command's --csv output: monthly rows in raw units (USD, MWh, tokens), units named in every header. */
final class ResultFiles {
    private ResultFiles() {
    }

    /** Monthly rows: one column per plan-wide series, headers with units. */
    static void writeCsv(SimulationResult r, Path file) throws IOException {
        Map<String, IntToDoubleFunction> cols = monthlyColumns(r.totals());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Month");
            for (String h : cols.keySet()) {
                w.write(',');
                w.write(quote(h));
            }
            w.write('\n');
            for (int m = 0; m < r.months(); m++) {
                w.write(r.month(m).toString());
                for (IntToDoubleFunction f : cols.values()) {
                    w.write(',');
                    double v = f.applyAsDouble(m);
                    w.write(Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "");
                }
                w.write('\n');
            }
        }
    }

    static Map<String, IntToDoubleFunction> monthlyColumns(Totals t) {
        Map<String, IntToDoubleFunction> c = new LinkedHashMap<>();
        c.put("CapEx facility (USD)", t.capexFacility()::get);
        c.put("CapEx IT (USD)", t.capexIt()::get);
        c.put("Depreciation (USD)", t.depreciation()::get);
        c.put("Electricity facility (MWh)", t.electricityMwh()::get);
        c.put("Electricity IT (MWh)", t.itMwh()::get);
        c.put("Electricity cost (USD)", t.electricityCost()::get);
        c.put("Operations (USD)", t.opex()::get);
        c.put("Rental committed (USD)", t.rentalCommitted()::get);
        c.put("Rental on demand (USD)", t.rentalOnDemand()::get);
        c.put("Revenue inference (USD)", t.revenueInference()::get);
        c.put("Revenue training (USD)", t.revenueTraining()::get);
        c.put("Total cost (USD)", t.totalCost()::get);
        c.put("Margin (USD)", t::margin);
        c.put("Cash flow (USD)", t.cashFlow()::get);
        c.put("GPUs owned (GPUs)", t.gpusOwned()::get);
        c.put("GPUs rented (GPUs)", t.gpusRented()::get);
        c.put("GPUs needed (GPUs)", t.gpusNeeded()::get);
        c.put("Tokens demanded (tokens)", t.tokensDemanded()::get);
        c.put("Tokens served (tokens)", t.tokensServed()::get);
        c.put("Tokens unserved (tokens)", t::tokensUnserved);
        return c;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
