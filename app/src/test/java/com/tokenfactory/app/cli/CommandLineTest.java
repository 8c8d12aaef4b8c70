package com.tokenfactory.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine cl = TokenFactoryCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private Path sample(Samples.Sample s) throws Exception {
        Path file = dir.resolve(s.fileName());
        Files.writeString(file, Samples.json(s));
        return file;
    }

    @Test
    void runPrintsTheYearlyTableWithUnitsAndTheKpis() throws Exception {
        Outcome o = run("run", sample(Samples.FIVE_YEAR_COMMITMENT).toString());
        assertEquals(0, o.code(), o.err());
        for (String header : List.of("CapEx", "Electricity", "Electricity cost", "Revenue", "Margin",
                "Utilization", "Cost/Mtok", "of which idle", "capital", "FCF after tax", "Unserved tokens", "Unserved")) {
            assertTrue(o.out().contains(header), header);
        }
        assertTrue(o.out().contains("Y5 (2031-01 – 2031-12)"));
        assertTrue(o.out().contains("NPV after tax at 10.25%"));
        assertTrue(o.out().contains("with terminal value (remaining economic value of GPUs in life"), o.out());
        assertTrue(o.out().contains("Pre-tax cash flow at the same rate"));
        assertTrue(o.out().contains("IRR (after tax, with terminal value)"));
        assertTrue(o.out().contains("Payback (after-tax free cash flow, no terminal value): not within the horizon"),
                o.out());
        assertTrue(o.out().contains("Fully loaded cost: $"));
        // the table's horizon CapEx and electricity are the engine's, written as the app writes them
        Plan p = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        SimulationResult r = Engine.simulate(p);
        assertTrue(o.out().contains(YearlyTable.money(r.kpis().horizon().capex())), "horizon capex in the table");
        assertTrue(o.out().contains(Numbers.energyMwh(r.kpis().horizon().electricityMwh()) + " "), "energy in TWh/GWh");
        assertTrue(o.out().contains("(unlevered free cash flow at the WACC): " + Numbers.moneyFigure(r.kpis().npv(), "USD")),
                o.out());
    }

    @Test
    void deckWritesAPowerPointFileWithNativeChartsAndRefusesAnotherExtension() throws Exception {
        Path pptx = dir.resolve("out/deck.pptx");
        Outcome o = run("deck", sample(Samples.FIVE_YEAR_COMMITMENT).toString(), "--out", pptx.toString(), "--scenario",
                "slow-demand", "--date", "2026-12-07");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Wrote " + pptx + " ("), o.out());
        try (var zip = new java.util.zip.ZipFile(pptx.toFile())) {
            assertTrue(zip.stream().filter(e -> e.getName().matches("ppt/charts/chart\\d+\\.xml")).count() >= 6);
            String slide1 = new String(zip.getInputStream(zip.getEntry("ppt/slides/slide1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(slide1.contains("Demand grows slower"), "the scenario on the title slide");
        }
        Outcome pdf = run("deck", sample(Samples.FIVE_YEAR_COMMITMENT).toString(), "--out", dir.resolve("d.pdf").toString());
        assertEquals(2, pdf.code());
        assertTrue(pdf.err().contains("--out must name a .pptx file"), pdf.err());
        Outcome unknown = run("deck", sample(Samples.FIVE_YEAR_COMMITMENT).toString(), "--out", pptx.toString(),
                "--scenario", "nope");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no scenario 'nope'"), unknown.err());
    }

    @Test
    void templateAndImportRoundTripAPlanThroughAWorkbookAndThroughCsvFiles() throws Exception {
        for (String out : List.of("t/plan.xlsx", "t/csv")) {
            Path template = dir.resolve(out);
            Outcome t = run("template", sample(Samples.FIVE_YEAR_COMMITMENT).toString(), "--out", template.toString());
            assertEquals(0, t.code(), t.err());
            assertTrue(t.out().startsWith("Wrote " + template), t.out());
            Path back = dir.resolve("back.tokenplan");
            Outcome i = run("import", template.toString(), "--out", back.toString());
            assertEquals(0, i.code(), i.err());
            assertTrue(i.out().startsWith("Wrote " + back + " (3 sites, "), i.out());
            assertEquals(new PlanFile().toJson(Samples.open(Samples.FIVE_YEAR_COMMITMENT)), Files.readString(back),
                    "the plan file written back is the sample's as the app saves it");
        }
        Path csv = dir.resolve("t/csv");
        String halls = Files.readString(csv.resolve("Halls.csv"));
        Files.writeString(csv.resolve("Halls.csv"), halls.replaceFirst("\r\n([^,]*),", "\r\nnowhere,"));
        Path none = dir.resolve("none.tokenplan");
        Outcome bad = run("import", csv.resolve("Sites.csv").toString(), "--out", none.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("tokenfactory: Halls, row 2, column site (A): no site 'nowhere' on the Sites sheet"),
                bad.err());
        assertTrue(!Files.exists(none), "nothing is written from a bad template");
    }

    @Test
    void runValuesThePlanAtTheHorizonsEndAsAsked() throws Exception {
        Outcome none = run("run", sample(Samples.CAPACITY_CRUNCH).toString(), "--terminal-value", "NONE");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("with terminal value (none: $0 at the horizon's end)"), none.out());
        Outcome book = run("run", sample(Samples.CAPACITY_CRUNCH).toString(), "--terminal-value", "BOOK_VALUE");
        assertTrue(book.out().contains("with terminal value (remaining book value: $"), book.out());
        assertEquals(2, run("run", sample(Samples.CAPACITY_CRUNCH).toString(), "--terminal-value", "LUCK").code());
    }

    @Test
    void runUnderAScenarioSaysSo() throws Exception {
        Outcome o = run("run", sample(Samples.FIVE_YEAR_COMMITMENT).toString(), "--scenario", "slow-demand");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("[scenario: Demand grows slower]"));
    }

    @Test
    void runWritesCsvAndJsonWithUnitsInTheHeaders() throws Exception {
        Path csv = dir.resolve("monthly.csv");
        Path json = dir.resolve("result.json");
        Path xlsx = dir.resolve("result.xlsx");
        Outcome o = run("run", sample(Samples.CAPACITY_CRUNCH).toString(), "--csv", csv.toString(), "--json", json.toString(),
                "--xlsx", xlsx.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(61, lines.size(), "a header and 60 months");
        assertTrue(lines.get(0).contains("CapEx (USD)") && lines.get(0).contains("Electricity (MWh)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2027-01,"));
        try (var wb = org.apache.poi.xssf.usermodel.XSSFWorkbookFactory.createWorkbook(
                org.apache.poi.openxml4j.opc.OPCPackage.open(xlsx.toFile()))) {
            assertEquals(9, wb.getNumberOfSheets(), "monthly, yearly, KPIs, assumptions, catalog and 4 element kinds");
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            SimulationResult r = Engine.simulate(Samples.open(Samples.CAPACITY_CRUNCH));
            double npv = eval.evaluate(wb.getSheet("KPIs").getRow(4).getCell(1)).getNumberValue();
            assertEquals(r.kpis().npv(), npv, 1e-9 * Math.abs(npv), "the workbook's NPV formula gives run's NPV");
        }
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("Capacity crunch", root.get("plan").asText());
        assertEquals(5, root.get("years").size());
        SimulationResult r = Engine.simulate(Samples.open(Samples.CAPACITY_CRUNCH));
        assertEquals(r.kpis().npv(), root.get("kpis").get("npvUsd").asDouble(), 1e-3);
        assertEquals(r.years().get(2).rental(), root.get("years").get(2).get("rentalUsd").asDouble(), 1e-3);
    }

    @Test
    void validateListsProblemsWithTheirElementsAndExitsOneOnErrors() throws Exception {
        Outcome ok = run("validate", sample(Samples.CAPACITY_CRUNCH).toString());
        assertEquals(0, ok.code());
        assertTrue(ok.out().contains("WARNING inference service agency:"), ok.out());
        // a pod of 100,000 H200s in a 40 MW hall: an error
        Plan p = Samples.open(Samples.CAPACITY_CRUNCH);
        String json = new PlanFile().toJson(p).replace("\"gpus\": 25000", "\"gpus\": 100000");
        Path over = dir.resolve("over.tokenplan");
        Files.writeString(over, json);
        Outcome bad = run("validate", over.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("ERROR   pod ny-1-h200:"), bad.out());
    }

    @Test
    void runOfAPlanWithErrorsWritesItsResultsAndExitsThree() throws Exception {
        // a pod of 100,000 H200s in a 40 MW hall: an error; the run still prints and writes what it computed
        String json = new PlanFile().toJson(Samples.open(Samples.CAPACITY_CRUNCH))
                .replace("\"gpus\": 25000", "\"gpus\": 100000");
        Path over = dir.resolve("over.tokenplan");
        Files.writeString(over, json);
        Path csv = dir.resolve("over.csv");
        Outcome o = run("run", over.toString(), "--csv", csv.toString());
        assertEquals(RunCommand.PLAN_HAS_ERRORS, o.code());
        assertEquals(3, o.code(), "the exit code the README documents");
        assertTrue(o.out().contains("Plan problems: 1 errors"), o.out());
        assertEquals(61, Files.readAllLines(csv).size(), "the monthly table is written all the same");
        assertTrue(o.err().startsWith("tokenfactory: ") && o.err().strip().lines().count() == 1, o.err());
        assertTrue(o.err().contains("has 1 errors"), o.err());
    }

    @Test
    void badInputIsOneLineAndANonZeroExit() throws Exception {
        Path broken = dir.resolve("broken.tokenplan");
        Files.writeString(broken, "{\"formatVersion\": 2, \"name\": 5}");
        Outcome o = run("run", broken.toString());
        assertEquals(2, o.code());
        assertEquals("tokenfactory: broken.tokenplan: $.name (line 1): expected a string, got an integer\n", o.err());
        assertEquals(2, run("run", dir.resolve("missing.tokenplan").toString()).code());
        Outcome scenario = run("run", sample(Samples.FUNGIBLE_FLEET).toString(), "--scenario", "nope");
        assertEquals(2, scenario.code());
        assertTrue(scenario.err().contains("no scenario 'nope'"));
        Outcome usage = run("run");
        assertEquals(2, usage.code());
        assertEquals(1, usage.err().strip().lines().count(), usage.err());
    }

    @Test
    void aLonePlanFileOpensTheApp() {
        assertEquals(List.of("gui", "x.tokenplan"), List.of(com.tokenfactory.app.MainArguments.normalize(new String[]{"x.tokenplan"})));
        assertEquals(List.of("gui"), List.of(com.tokenfactory.app.MainArguments.normalize(new String[0])));
        assertEquals(List.of("run", "x.tokenplan"), List.of(com.tokenfactory.app.MainArguments.normalize(new String[]{"run", "x.tokenplan"})));
    }
}
