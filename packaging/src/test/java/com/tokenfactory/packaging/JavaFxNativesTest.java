package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaFxNativesTest {
    @TempDir
    Path dir;

    @Test
    void copiesTheLibrariesAtTheJarRootOnly() throws IOException {
        Path graphics = OnnxRuntimeJarTest.zip(dir.resolve("javafx-graphics-21.0.12-linux.jar"), Map.of(
                "libglass.so", "glass", "libprism_sw.so", "sw", "com/sun/glass/ui/Application.class", "class",
                "com/sun/x/inner.so", "not a root library", "module-info.class", "module"));
        Path base = OnnxRuntimeJarTest.zip(dir.resolve("javafx-base-21.0.12-linux.jar"), Map.of(
                "javafx/beans/Observable.class", "class"));
        Path lib = dir.resolve("runtime/lib");
        List<String> names = JavaFxNatives.extract(List.of(base, graphics), lib, Platform.LINUX);
        assertEquals(List.of("libglass.so", "libprism_sw.so"), names.stream().sorted().toList());
        assertEquals("glass", Files.readString(lib.resolve("libglass.so")));
        assertFalse(Files.exists(lib.resolve("inner.so")));
    }

    @Test
    void jarsOfAnotherPlatformAreAnError() throws IOException {
        Path win = OnnxRuntimeJarTest.zip(dir.resolve("javafx-graphics-21.0.12-win.jar"), Map.of("glass.dll", "dll"));
        assertThrows(IOException.class, () -> JavaFxNatives.extract(List.of(win), dir.resolve("lib"), Platform.LINUX));
    }

    @Test
    void jlinkExcludesExactlyTheRootLibrariesOfJavafxModules() {
        assertTrue(JavaFxNatives.JLINK_EXCLUDE.startsWith("regex:"));
        Pattern p = Pattern.compile(JavaFxNatives.JLINK_EXCLUDE.substring("regex:".length()));
        assertTrue(p.matcher("/javafx.graphics/libglass.so").matches());
        assertTrue(p.matcher("/javafx.graphics/glass.dll").matches());
        assertTrue(p.matcher("/javafx.media/libjfxmedia.dylib").matches());
        assertFalse(p.matcher("/javafx.graphics/com/sun/prism/shader.so").matches());
        assertFalse(p.matcher("/java.desktop/libawt.so").matches());
        assertFalse(p.matcher("/javafx.graphics/com/sun/glass/ui/Application.class").matches());
    }
}
