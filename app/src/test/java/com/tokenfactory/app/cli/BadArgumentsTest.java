package com.tokenfactory.app.cli;

import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's bad-argument table (docs/reliability.md): each row is a command with something wrong, the exit
 * code it must give (2 bad input, 1 could not write) and a piece of the one line it must print. {plan} is a sample
 * plan, {pdfplan} and {jsonplan} the same plan under a .pdf and a .json name, {fifo} a named pipe, {folder} a folder,
 * {big} a 2 GB file, {file} a plain file, {run} a benchmark run, {missing} nothing, {out} a fresh folder.
 */
class BadArgumentsTest {
    private static Path dir;

    @BeforeAll
    static void files() throws Exception {
        dir = Files.createTempDirectory("bad-arguments");
        Path plan = CommandRun.sample(dir, Samples.FUNGIBLE_FLEET);
        Files.copy(plan, dir.resolve("plan.pdf"));
        Files.copy(plan, dir.resolve("plan.json"));
        Files.copy(plan, dir.resolve("plan.pptx"));
        Files.copy(plan, dir.resolve("plan.xlsx"));
        Files.createDirectories(dir.resolve("csvpipe"));
        zipBomb(dir.resolve("bomb.xlsx"));
        Files.createDirectories(dir.resolve("folder"));
        Files.createDirectories(dir.resolve("taken.pdf"));
        Files.writeString(dir.resolve("file.txt"), "not a folder");
        for (String big : List.of("big.tokenplan", "big.xlsx")) {
            try (RandomAccessFile f = new RandomAccessFile(dir.resolve(big).toFile(), "rw")) {
                f.setLength(2L * 1024 * 1024 * 1024);
            }
        }
        try (InputStream in = BadArgumentsTest.class.getResourceAsStream("/com/tokenfactory/app/gui/calibration/cpu-run.json")) {
            Files.copy(in, dir.resolve("run.json"));
        }
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.tokenplan").toString(),
                dir.resolve("pipe.xlsx").toString(), dir.resolve("csvpipe").resolve("Plan.csv").toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
    }

    /** A workbook whose one part inflates from about 100 KB to 100 MB: POI's zip-bomb limits must refuse it. */
    private static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @ParameterizedTest(name = "{0} → exit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            run                                                    | 2 | Missing required parameter: 'PLAN'
            run {missing}                                          | 2 | no such file
            run {folder}                                           | 2 | folder: is a folder, not a plan file
            run {fifo}                                             | 2 | pipe.tokenplan: is not a regular file
            run /dev/zero                                          | 2 | zero: is not a regular file
            run {big}                                              | 2 | big.tokenplan: the file is too large: 2048 MiB
            run {plan} --scenario nope                             | 2 | no scenario 'nope'
            run {plan} --bogus                                     | 2 | Unknown option: '--bogus'
            run {plan} --csv {plan}                                | 2 | --csv must name a .csv or .xlsx file
            run {jsonplan} --json {jsonplan}                       | 2 | --json names the plan itself
            run {plan} --csv {out}/a.xlsx --xlsx {out}/a.xlsx      | 2 | name the same file
            run {plan} --xlsx {fifoxlsx}                           | 1 | not a regular file
            run {plan} --csv {file}/a.csv                          | 1 | cannot write
            validate {fifo}                                        | 2 | is not a regular file
            validate {big}                                         | 2 | the file is too large
            report {plan} --out {plan}                             | 2 | --out must name a .pdf file
            report {pdfplan} --out {pdfplan}                       | 2 | --out names the plan itself
            report {plan} --out {out}/r.pdf --date 2026-13-01      | 2 | is not a date
            report {plan} --out {out}/r.pdf --period weekly        | 2 | is not a period
            report {plan} --out {taken}                            | 1 | a folder of that name is in the way
            report {fifo} --out {out}/r.pdf                        | 2 | is not a regular file
            chart {plan} --out {file}                              | 1 | cannot create the folder
            chart {plan} --out {out} --format gif                  | 2 | is not a chart format
            chart {plan} --out {out} --size 0x0                    | 2 | width must be between 16 and 20000
            chart {plan} --out {out} --theme neon                  | 2 | is not a theme
            chart {folder} --out {out}                             | 2 | is a folder
            calibrate {plan} --with {plan}                         | 2 | --with names the plan itself
            calibrate {plan} --with {fifo}                         | 2 | is not a regular file
            calibrate {plan} --with /dev/zero                      | 2 | is not a regular file
            calibrate {plan} --with {missing}                      | 2 | there is no such file
            calibrate {plan} --with {big}                          | 2 | too large
            calibrate {plan} --with {run} --out {run}              | 2 | --out names the measurement
            calibrate {fifo} --with {run}                          | 2 | is not a regular file
            deck {pptxplan} --out {pptxplan}                       | 2 | --out names the plan itself
            deck {plan} --out {out}/d.pdf                          | 2 | --out must name a .pptx file
            deck {fifo} --out {out}/d.pptx                         | 2 | is not a regular file
            deck {plan} --out {out}/d.pptx --scenario nope         | 2 | nope
            deck {plan} --out {file}/d.pptx                        | 1 | cannot
            template {xlsxplan} --out {xlsxplan}                   | 2 | --out names the plan itself
            template {plan} --out {plan}                           | 2 | --out names the plan itself
            template {fifo} --out {out}/t.xlsx                     | 2 | is not a regular file
            template {plan} --out {file}/t.xlsx                    | 1 | cannot
            template {plan} --out {file}                           | 1 | cannot create the folder
            import {fifoxlsx} --out {out}/p.tokenplan              | 2 | pipe.xlsx: is not a regular file
            import /dev/zero --out {out}/p.tokenplan               | 2 | a template is an .xlsx workbook or a folder
            import {bigxlsx} --out {out}/p.tokenplan               | 2 | big.xlsx: the file is too large: 2048 MiB
            import {bomb} --out {out}/p.tokenplan                  | 2 | bomb.xlsx
            import {csvpipe} --out {out}/p.tokenplan               | 2 | csvpipe/Plan.csv: is not a regular file
            import {folder} --out {out}/p.tokenplan                | 2 | no template CSV files
            import {plan} --out {out}/p.tokenplan                  | 2 | a template is an .xlsx workbook or a folder
            import {missing} --out {out}/p.tokenplan               | 2 | no such file
            import {folder} --out {out}/p.xlsx                     | 2 | --out must name a .tokenplan file
            simulate {plan} --out {plan}                           | 2 | --out names the plan itself
            simulate {fifo} --out {out}                            | 2 | is not a regular file
            simulate {plan} --out {out} --trials 0                 | 2 | trials
            simulate {plan} --out {file} --trials 8                | 1 | cannot create the folder
            tornado {fifo}                                         | 2 | is not a regular file
            tornado {plan} --kpi nope                              | 2 | --kpi
            compare {plan} --scenarios nope                        | 2 | nope
            compare {big} --scenarios a                            | 2 | the file is too large
            goal-seek {plan} --input demand-level --kpi npv --target 0 --save-as {plan} | 2 | --save-as names the plan itself
            goal-seek {plan} --input nope --kpi npv --target 0     | 2 | --input
            goal-seek /dev/zero --input demand-level --kpi npv --target 0 | 2 | is not a regular file
            run {plan} --terminal-value nope                       | 2 | nope
            """)
    void badArgumentsGiveOneLineAndTheDocumentedExitCode(String command, int exit, String fragment) throws Exception {
        Path out = Files.createTempDirectory(dir, "out");
        String[] args = Arrays.stream(command.strip().split("\\s+")).map(a -> a
                .replace("{plan}", dir.resolve(Samples.FUNGIBLE_FLEET.fileName()).toString())
                .replace("{pdfplan}", dir.resolve("plan.pdf").toString())
                .replace("{pptxplan}", dir.resolve("plan.pptx").toString())
                .replace("{xlsxplan}", dir.resolve("plan.xlsx").toString())
                .replace("{bigxlsx}", dir.resolve("big.xlsx").toString())
                .replace("{bomb}", dir.resolve("bomb.xlsx").toString())
                .replace("{csvpipe}", dir.resolve("csvpipe").toString())
                .replace("{jsonplan}", dir.resolve("plan.json").toString())
                .replace("{fifoxlsx}", dir.resolve("pipe.xlsx").toString())
                .replace("{fifo}", dir.resolve("pipe.tokenplan").toString())
                .replace("{folder}", dir.resolve("folder").toString())
                .replace("{taken}", dir.resolve("taken.pdf").toString())
                .replace("{big}", dir.resolve("big.tokenplan").toString())
                .replace("{file}", dir.resolve("file.txt").toString())
                .replace("{run}", dir.resolve("run.json").toString())
                .replace("{missing}", dir.resolve("missing.tokenplan").toString())
                .replace("{out}", out.toString())).toArray(String[]::new);
        byte[] planBefore = Files.readAllBytes(dir.resolve(Samples.FUNGIBLE_FLEET.fileName()));

        CommandRun r = CommandRun.of(args);

        assertEquals(exit, r.code(), r.err());
        assertTrue(r.errIsOneLine(), r.err());
        assertTrue(r.err().contains(fragment.strip()), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("java."), r.err());
        assertEquals(new String(planBefore), Files.readString(dir.resolve(Samples.FUNGIBLE_FLEET.fileName())),
                "the plan is untouched");
        for (String copy : List.of("plan.pdf", "plan.json", "plan.pptx", "plan.xlsx")) {
            assertEquals(new String(planBefore), Files.readString(dir.resolve(copy)), copy + " is untouched");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no temporary files");
        }
    }

    @Test
    void escapeCodesInAPlansNamesAreShownNotObeyed() throws Exception {
        Path plan = dir.resolve("red.tokenplan");
        new PlanFile().write(Samples.open(Samples.FUNGIBLE_FLEET).withName("\u001b[31mRed\u001b]0;title\u0007"), plan);
        CommandRun r = CommandRun.of("run", plan.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), r.out());
        assertTrue(r.out().startsWith("?[31mRed?]0;title?"), r.out());
    }

    @Test
    void aPlanWithNoCashFlowHasNoPayback() throws Exception {
        Path plan = dir.resolve("empty.tokenplan");
        new PlanFile().write(com.tokenfactory.core.plan.Plan.empty("Empty", java.time.YearMonth.of(2026, 1),
                Samples.open(Samples.FUNGIBLE_FLEET).catalog()), plan);
        CommandRun r = CommandRun.of("run", plan.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Payback (after-tax free cash flow, no terminal value): none (the plan has no cash flow)"),
                r.out());
    }

    @Test
    void aLongBadValueIsCutInTheLine() throws Exception {
        CommandRun r = CommandRun.of("chart", dir.resolve(Samples.FUNGIBLE_FLEET.fileName()).toString(), "--out",
                dir.resolve("charts").toString(), "--theme", "x".repeat(100_000));
        assertEquals(2, r.code());
        assertTrue(r.errIsOneLine(), r.err());
        assertTrue(r.err().length() <= "tokenfactory: ".length() + TerminalText.MAX_ERROR_LINE + 1, r.err().length() + "");
    }
}
