package com.tokenfactory.app.cli;

import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run}'s --csv, --xlsx and --json: a bad name is refused before anything is written; nothing is lost. */
class RunCommandOutputTest {
    @TempDir
    Path dir;

    @Test
    void throughputPrintsEveryServiceOnEverySkuWithWhatBoundIt() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FUNGIBLE_FLEET);
        Path json = dir.resolve("result.json");
        CommandRun r = CommandRun.of("run", plan.toString(), "--throughput", "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Serving throughput at"), out);
        for (String header : new String[]{"TP×PP (EP)", "Batch", "Bound by", "Step (ms)", "TTFT (ms)",
                "In tok/s/GPU", "Out tok/s/GPU"}) {
            assertTrue(out.contains(header), header);
        }
        // three services × five SKUs, each a row naming the service and the SKU
        String table = out.substring(out.indexOf("Serving throughput at"));
        for (String service : new String[]{"assistant", "api", "enterprise"}) {
            for (String sku : new String[]{"H100-SXM", "H200-SXM", "B200", "GB200-NVL72", "MI300X"}) {
                assertTrue(table.lines().anyMatch(l -> l.startsWith(service + " ") && l.contains(" " + sku + " ")),
                        service + " on " + sku + "\n" + table);
            }
        }
        assertTrue(table.lines().anyMatch(l -> l.contains("latency") || l.contains("compute")
                || l.contains("kv memory")), table);
        String written = Files.readString(json);
        assertTrue(written.contains("\"throughput\"") && written.contains("\"limit\"")
                && written.contains("\"outputTokensPerSecondPerGpu\"") && written.contains("\"ttftMs\""), written);
    }

    @Test
    void runShowsEachServicesInputAndOutputTokensAndWritesThemToJson() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path json = dir.resolve("result.json");
        CommandRun r = CommandRun.of("run", plan.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        for (String header : ServiceTable.HEADERS) {
            assertTrue(r.out().contains(header), header + " in\n" + r.out());
        }
        String text = Files.readString(json);
        for (String field : new String[]{"\"services\"", "\"inputTokensServed\"", "\"outputTokensServed\"",
                "\"usdPerMillionInputTokens\"", "\"usdPerMillionOutputTokens\"", "\"gpuHoursHeldForPeak\""}) {
            assertTrue(text.contains(field), field);
        }
    }

    /**
     * The assistant asks 8e12 tokens a day at 1,500 + 500 tokens a request: 4e9 requests a day is the same demand, and
     * the JSON gives it in requests too (tokens ÷ 2,000).
     */
    @Test
    void demandInRequestsRunsAsTheSameTokensAndTheJsonCountsRequests() throws Exception {
        Path tokensPlan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path requestsPlan = dir.resolve("requests.tokenplan");
        Files.writeString(requestsPlan, Samples.json(Samples.CAPACITY_CRUNCH)
                .replace("\"tokensPerDay\": 8000000000000.0", "\"requestsPerDay\": 4.0E9"));
        Path a = dir.resolve("tokens.json");
        Path b = dir.resolve("requests.json");
        CommandRun ra = CommandRun.of("run", tokensPlan.toString(), "--json", a.toString());
        CommandRun rb = CommandRun.of("run", requestsPlan.toString(), "--json", b.toString());
        assertEquals(0, rb.code(), rb.err());
        assertEquals(ra.out().replace(tokensPlan.toString(), "PLAN").replace(a.toString(), "JSON"),
                rb.out().replace(requestsPlan.toString(), "PLAN").replace(b.toString(), "JSON"));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tokens = mapper.readTree(a.toFile()).get("services").get(0);
        var requests = mapper.readTree(b.toFile()).get("services").get(0);
        assertEquals("assistant", requests.get("id").asText());
        assertEquals("tokensPerDay", tokens.get("demandUnit").asText());
        assertEquals("requestsPerDay", requests.get("demandUnit").asText());
        assertEquals(2000.0, requests.get("tokensPerRequest").asDouble());
        assertEquals(tokens.get("tokensDemanded").asDouble(), requests.get("tokensDemanded").asDouble(),
                1e-9 * tokens.get("tokensDemanded").asDouble());
        assertEquals(requests.get("tokensDemanded").asDouble() / 2000, requests.get("requestsDemanded").asDouble(),
                1e-6);
        assertEquals(requests.get("tokensServed").asDouble() / 2000, requests.get("requestsServed").asDouble(), 1e-6);
    }

    @Test
    void jsonToThePlanItselfIsRefusedAndThePlanKept() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        String before = Files.readString(plan);
        CommandRun r = CommandRun.of("run", plan.toString(), "--json", plan.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains("--json"), r.err());
        assertEquals(before, Files.readString(plan), "the plan is not overwritten");
        assertEquals("", r.out(), "refused before simulating");
    }

    @Test
    void aPlanNamedDotJsonIsNotOverwrittenByItsOwnJson() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Samples.json(Samples.CAPACITY_CRUNCH));
        String before = Files.readString(plan);
        CommandRun r = CommandRun.of("run", plan.toString(), "--json", plan.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains("--json") && r.err().contains("the plan"), r.err());
        assertEquals(before, Files.readString(plan));
    }

    @Test
    void twoOutputsToOneFileAreRefusedBeforeEitherIsWritten() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path book = dir.resolve("book.xlsx");
        CommandRun r = CommandRun.of("run", plan.toString(), "--csv", book.toString(), "--xlsx",
                dir.resolve(".").resolve("book.xlsx").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errIsOneLine() && r.err().contains("--csv and --xlsx name the same file"), r.err());
        assertFalse(Files.exists(book));
    }

    @Test
    void aBadOutputNameIsOneLineExitTwoAndWritesNothing() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path csv = dir.resolve("monthly.csv");
        CommandRun json = CommandRun.of("run", plan.toString(), "--csv", csv.toString(), "--json",
                dir.resolve("result.txt").toString());
        assertEquals(2, json.code(), json.err());
        assertTrue(json.errIsOneLine() && json.err().contains("--json") && json.err().contains(".json"), json.err());
        assertFalse(Files.exists(csv), "no output is written when another is misnamed");
        assertFalse(Files.exists(dir.resolve("result.txt")));

        CommandRun csvName = CommandRun.of("run", plan.toString(), "--csv", dir.resolve("monthly.txt").toString());
        assertEquals(2, csvName.code(), csvName.err());
        assertTrue(csvName.errIsOneLine() && csvName.err().contains("--csv"), csvName.err());
        assertEquals("", csvName.out());

        CommandRun xlsx = CommandRun.of("run", plan.toString(), "--xlsx", dir.resolve("book.csv").toString());
        assertEquals(2, xlsx.code(), xlsx.err());
        assertTrue(xlsx.errIsOneLine() && xlsx.err().contains("--xlsx"), xlsx.err());
    }

    @Test
    void anOutputThatCannotBeWrittenSaysSoInOneLineWithExitOne() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        for (String option : new String[]{"--csv", "--xlsx", "--json"}) {
            String ext = option.substring(2);
            Path target = notAFolder.resolve("out." + ext);
            CommandRun r = CommandRun.of("run", plan.toString(), option, target.toString());
            assertEquals(1, r.code(), option + ": " + r.err());
            assertTrue(r.errIsOneLine() && r.err().startsWith("tokenfactory: cannot write " + target), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("(No such file"), r.err());

            Path folderNamedLikeTheOutput = Files.createDirectory(dir.resolve("taken." + ext));
            CommandRun taken = CommandRun.of("run", plan.toString(), option, folderNamedLikeTheOutput.toString());
            assertEquals(1, taken.code(), option + ": " + taken.err());
            assertTrue(taken.errIsOneLine(), taken.err());
            // the reason once, not Java's "PATH (Is a directory)" after the sentence that already names the path
            assertEquals(1, taken.err().split(java.util.regex.Pattern.quote(folderNamedLikeTheOutput.toString()), -1)
                    .length - 1, taken.err());
        }
    }

    @Test
    void aMissingFolderIsCreatedAsReportAndChartDo() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        Path json = dir.resolve("new/folder/result.json");
        CommandRun r = CommandRun.of("run", plan.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(json) > 0);
    }
}
