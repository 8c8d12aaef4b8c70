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
