package com.tokenfactory.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenfactory.core.engine.Engine;
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
        for (String header : List.of("CapEx ($M)", "Electricity (GWh)", "Electricity ($M)", "Revenue ($M)", "Margin ($M)",
                "Utilization (%)", "$/Mtok", "Unserved (Ttok)", "Unserved (%)")) {
            assertTrue(o.out().contains(header), header);
        }
        assertTrue(o.out().contains("Y5 (2031-01 – 2031-12)"));
        assertTrue(o.out().contains("NPV at 10.25%"));
        assertTrue(o.out().contains("Payback: 2031-07"));
        // the table's horizon CapEx is the engine's, in $M with one decimal
        Plan p = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        SimulationResult r = Engine.simulate(p);
        assertTrue(o.out().contains(YearlyTable.money(r.kpis().horizon().capex())), "horizon capex in the table");
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
            assertEquals(2, wb.getNumberOfSheets());
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
