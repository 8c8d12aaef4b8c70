package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.tokenfactory.io.MalformedFileTest.namesIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Saves never leave a wrong backup, a temporary file or an unreadable plan; reads stop at their limit on any file. */
class SaveHygieneTest {
    private static final String NAME = "plan.tokenplan";

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();
    private final Plan first = ReferencePlan.plan(1e12);
    private final Plan second = TestPlans.fungible();

    @Test
    void aPlanTheReaderWouldRefuseIsNotWritten() throws Exception {
        // the plan records keep text within what the default limits read; a reader with tighter limits shows the
        // check that stands behind them
        PlanFile strict = new PlanFile(new ReadLimits(ReadLimits.MIB, 64, 100, 1_000, 1_000));
        Path file = dir.resolve(NAME);
        strict.write(first, file);
        byte[] before = Files.readAllBytes(file);
        Plan longName = first.withName("x".repeat(2_000));

        IOException e = assertThrows(IOException.class, () -> strict.write(longName, file));

        assertTrue(e.getMessage().startsWith("the saved file could not be read back ("), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(NAME), namesIn(dir));
    }

    @Test
    void aSaveFailingAfterTheBackupLeavesTheFileAndABackupEqualToIt() throws Exception {
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        planFile.write(second, file);
        byte[] before = Files.readAllBytes(file);
        int[] moves = {0};
        AtomicFile.Mover secondMoveFails = (source, target, options) -> {
            if (++moves[0] == 2) {
                throw new IOException("killed here");
            }
            Files.move(source, target, options);
        };
        PlanFile failing = new PlanFile(ReadLimits.defaults(), new AtomicFile(out -> out, secondMoveFails));

        assertThrows(IOException.class, () -> failing.write(first, file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(before, Files.readAllBytes(PlanFile.backupOf(file)), "never older than the file");
        assertEquals(List.of(NAME, NAME + ".bak"), namesIn(dir));
    }

    @Test
    void temporaryFilesAKilledSaveLeftAreRemovedByTheNextSave() throws Exception {
        Path file = dir.resolve(NAME);
        Files.writeString(dir.resolve("." + NAME + ".1f3a.tmp"), "half");
        Files.writeString(dir.resolve("." + NAME + ".bak.77.tmp"), "half");
        Files.writeString(dir.resolve(".other.tokenplan.1f3a.tmp"), "someone else's");
        Files.writeString(dir.resolve("." + NAME + ".notours.tmp"), "not our naming");

        planFile.write(first, file);

        assertEquals(List.of(".other.tokenplan.1f3a.tmp", "." + NAME + ".notours.tmp", NAME), namesIn(dir));
    }

    @Test
    void aFolderADeviceAndAPipeAreRefusedWithOneLine() throws Exception {
        PlanFileException folder = assertThrows(PlanFileException.class, () -> planFile.read(dir));
        assertTrue(folder.getMessage().endsWith(": is a folder, not a plan file"), folder.getMessage());
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        PlanFileException device = assertThrows(PlanFileException.class, () -> planFile.read(zero));
        assertEquals("zero: is not a regular file (a pipe, a socket or a device), so it is not read",
                device.getMessage());
        Path fifo = dir.resolve("pipe.tokenplan");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
        PlanFileException pipe = assertThrows(PlanFileException.class, () -> planFile.read(fifo));
        assertTrue(pipe.getMessage().contains("not a regular file"), pipe.getMessage());
        BenchmarkRunFile.FormatException run = assertThrows(BenchmarkRunFile.FormatException.class,
                () -> BenchmarkRunFile.read(fifo));
        assertTrue(run.getMessage().contains("not a regular file"), run.getMessage());
    }

    @Test
    void aTwoGigabyteFileIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.tokenplan");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024);
        }
        PlanFileException e = assertThrows(PlanFileException.class, () -> planFile.read(big));
        assertEquals("big.tokenplan: the file is too large: 2048 MiB (the file size limit is 64 MiB)", e.getMessage());
        assertThrows(BenchmarkRunFile.FormatException.class, () -> BenchmarkRunFile.read(big));
        assertFalse(e.getMessage().contains("Exception"));
    }

    @Test
    void theLimitIsCountedWhileReading() throws Exception {
        Path file = dir.resolve(NAME);
        Files.write(file, new byte[2000]);
        byte[] read = FileBytes.read(file, 2000, size -> "too large: " + size);
        assertEquals(2000, read.length);
        FileBytes.Refused e = assertThrows(FileBytes.Refused.class,
                () -> FileBytes.read(file, 1999, size -> "too large: " + size));
        assertEquals("too large: 2000", e.getMessage());
    }
}
