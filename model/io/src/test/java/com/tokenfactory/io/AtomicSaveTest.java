package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static com.tokenfactory.io.MalformedFileTest.namesIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicSaveTest {
    private static final String NAME = "plan.tokenplan";
    private static final String BACKUP = NAME + ".bak";

    @TempDir
    Path dir;

    private final PlanFile planFile = new PlanFile();
    private final Plan first = ReferencePlan.plan(1e12);
    private final Plan second = TestPlans.fungible();

    @Test
    void firstSaveMakesNoBackup() throws Exception {
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        assertEquals(first, planFile.read(file));
        assertEquals(List.of(NAME), namesIn(dir));
    }

    @Test
    void saveKeepsThePreviousFileAsBak() throws Exception {
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        planFile.write(second, file);
        assertEquals(second, planFile.read(file));
        assertEquals(planFile.toJson(first), Files.readString(dir.resolve(BACKUP)));
        assertEquals(dir.resolve(BACKUP), PlanFile.backupOf(file));
        assertEquals(List.of(NAME, BACKUP), namesIn(dir));
    }

    @Test
    void diskFullDuringSaveLeavesFileAndBackupAsTheyWereAndNoTempFile() throws Exception {
        Path file = savedTwice();
        byte[] before = Files.readAllBytes(file);
        byte[] backupBefore = Files.readAllBytes(dir.resolve(BACKUP));
        PlanFile failing = new PlanFile(ReadLimits.defaults(),
                new AtomicFile(out -> new FailingStream(out, 100), Files::move));

        IOException e = assertThrows(IOException.class, () -> failing.write(TestPlans.everyField(), file));

        assertEquals(FailingStream.DISK_FULL, e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(backupBefore, Files.readAllBytes(dir.resolve(BACKUP)));
        assertEquals(List.of(NAME, BACKUP), namesIn(dir));
    }

    @Test
    void contentThatFailsWithARuntimeExceptionLeavesNoTrace() throws Exception {
        Path file = savedTwice();
        byte[] before = Files.readAllBytes(file);
        AtomicFile atomicFile = new AtomicFile();

        assertThrows(IllegalStateException.class, () -> atomicFile.write(file, out -> {
            out.write("{\"half\": ".getBytes());
            throw new IllegalStateException("serialisation failed");
        }, PlanFile.backupOf(file)));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(NAME, BACKUP), namesIn(dir));
    }

    @Test
    void failedMoveLeavesFileAndTheOlderBackupAsTheyWere() throws Exception {
        Path file = savedTwice();
        byte[] before = Files.readAllBytes(file);
        byte[] backupBefore = Files.readAllBytes(dir.resolve(BACKUP));
        AtomicFile.Mover broken = (source, target, options) -> {
            throw new IOException("device went away");
        };
        PlanFile failing = new PlanFile(ReadLimits.defaults(), new AtomicFile(out -> out, broken));

        assertThrows(IOException.class, () -> failing.write(TestPlans.everyField(), file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(backupBefore, Files.readAllBytes(dir.resolve(BACKUP)));
        assertEquals(List.of(NAME, BACKUP), namesIn(dir));
    }

    @Test
    void fileSystemWithoutAtomicMovesGetsAPlainReplace() throws Exception {
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        List<List<CopyOption>> moves = new ArrayList<>();
        AtomicFile.Mover noAtomicMoves = (source, target, options) -> {
            moves.add(List.of(options));
            if (List.of(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "not here");
            }
            Files.move(source, target, options);
        };

        new PlanFile(ReadLimits.defaults(), new AtomicFile(out -> out, noAtomicMoves)).write(second, file);

        assertEquals(second, planFile.read(file));
        assertEquals(first, planFile.read(dir.resolve(BACKUP)));
        assertEquals(List.of(StandardCopyOption.ATOMIC_MOVE), moves.get(0));
        assertEquals(List.of(StandardCopyOption.REPLACE_EXISTING), moves.get(1));
        assertEquals(List.of(NAME, BACKUP), namesIn(dir));
    }

    @Test
    void unwritableFolderFailsWithoutTouchingTheFile() throws Exception {
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        byte[] before = Files.readAllBytes(file);
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        assumeTrue(view != null, "needs POSIX permissions");
        view.setPermissions(PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "permissions do not bind this user (root)");
            assertThrows(IOException.class, () -> planFile.write(second, file));
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of(NAME), namesIn(dir));
        } finally {
            view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheFileItPointsTo() throws Exception {
        Path real = dir.resolve("real.tokenplan");
        planFile.write(first, real);
        Path link = dir.resolve(NAME);
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available: " + e);
        }
        planFile.write(second, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(second, planFile.read(real));
    }

    @Test
    void aFolderIsNotOverwritten() throws Exception {
        Path folder = Files.createDirectory(dir.resolve(NAME));
        IOException e = assertThrows(IOException.class, () -> planFile.write(first, folder));
        assertTrue(e.getMessage().endsWith("is a folder, not a file"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(NAME), namesIn(dir));
    }

    @Test
    void savedFileGetsTheFoldersUsualPermissionsNotOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "needs POSIX permissions");
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        assertFalse(Files.exists(dir.resolve(BACKUP)));
    }

    /** The file holds {@code second}, its backup {@code first}. */
    private Path savedTwice() throws IOException {
        Path file = dir.resolve(NAME);
        planFile.write(first, file);
        planFile.write(second, file);
        return file;
    }
}
