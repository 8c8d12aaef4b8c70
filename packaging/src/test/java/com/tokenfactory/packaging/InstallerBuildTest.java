package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstallerBuildTest {
    @TempDir
    Path tmp;

    @Test
    void unsetMavenPropertiesArriveEmptyAndCountAsAbsent() {
        Map<String, String> o = InstallerBuild.parse(new String[]{"--deps=/x/deps", "--types=", "--variant=gpu",
                "--app-version= "});
        assertEquals(Map.of("deps", "/x/deps", "variant", "gpu"), o);
    }

    @Test
    void refusesArgumentsItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> InstallerBuild.parse(new String[]{"--deps", "/x"}));
        assertThrows(IllegalArgumentException.class, () -> InstallerBuild.parse(new String[]{"deps=/x"}));
    }

    @Test
    void sizesAndDeletesTrees() throws IOException {
        Path root = tmp.resolve("tree");
        Files.createDirectories(root.resolve("a/b"));
        Files.write(root.resolve("a/one"), new byte[100]);
        Files.write(root.resolve("a/b/two"), new byte[23]);
        assertEquals(123, InstallerBuild.size(root));
        InstallerBuild.deleteRecursively(root);
        assertFalse(Files.exists(root));
        InstallerBuild.deleteRecursively(root);
    }

    @Test
    void runsJdkToolsAndReportsTheirFailure() {
        assertEquals(Runtime.version().feature(), Runtime.Version.parse(InstallerBuild.run("jlink",
                java.util.List.of("--version")).strip()).feature());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InstallerBuild.run("jlink", java.util.List.of("--no-such-option")));
        assertEquals(true, e.getMessage().startsWith("jlink failed"), e.getMessage());
    }
}
