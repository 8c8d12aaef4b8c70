package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JlinkTest {
    private static List<String> args() {
        return Jlink.arguments(List.of(Path.of("fx", "javafx-base-21.0.12-linux.jar"),
                Path.of("fx", "javafx-graphics-21.0.12-linux.jar")), List.of("java.base", "javafx.controls"),
                Path.of("out", "runtime"));
    }

    @Test
    void linksOnlyTheListedModulesStripped() {
        List<String> a = args();
        assertEquals(Path.of("fx", "javafx-base-21.0.12-linux.jar") + File.pathSeparator
                + Path.of("fx", "javafx-graphics-21.0.12-linux.jar"), a.get(a.indexOf("--module-path") + 1));
        assertEquals("java.base,javafx.controls", a.get(a.indexOf("--add-modules") + 1));
        assertTrue(a.containsAll(List.of("--strip-debug", "--no-header-files", "--no-man-pages",
                "--strip-native-commands", "--exclude-resources=" + JavaFxNatives.JLINK_EXCLUDE)), a.toString());
        assertEquals(Path.of("out", "runtime").toString(), a.get(a.indexOf("--output") + 1));
        assertTrue(a.stream().noneMatch(o -> o.startsWith("--compress")), "plain modules: smaller installers, faster starts");
    }
}
