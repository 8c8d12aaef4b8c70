package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppFilesTest {
    private static List<Path> jars(String... names) {
        return Stream.of(names).map(n -> Path.of("deps", n)).toList();
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void javafxPlatformJarsGoOnTheModulePathAndItsEmptyJarsNowhere() {
        AppFiles f = AppFiles.sort(jars("javafx-base-21.0.12.jar", "javafx-base-21.0.12-linux.jar",
                "javafx-graphics-21.0.12-mac-aarch64.jar", "javafx-controls-21.0.12-win.jar", "picocli-4.7.7.jar",
                "tokenfactory-app-0.1.0-SNAPSHOT.jar", "onnxruntime-1.29.0.jar"));
        assertEquals(List.of("javafx-base-21.0.12-linux.jar", "javafx-graphics-21.0.12-mac-aarch64.jar",
                "javafx-controls-21.0.12-win.jar"), names(f.javafxModules()));
        assertEquals(List.of("picocli-4.7.7.jar", "tokenfactory-app-0.1.0-SNAPSHOT.jar"), names(f.classPath()));
        assertEquals("tokenfactory-app-0.1.0-SNAPSHOT.jar", f.appJar().getFileName().toString());
        assertEquals("onnxruntime-1.29.0.jar", f.onnxRuntimeJar().getFileName().toString());
    }

    @Test
    void refusesTwoOnnxRuntimesOrNoAppOrNoJavafx() {
        assertThrows(IllegalArgumentException.class, () -> AppFiles.sort(jars("javafx-base-21.0.12-linux.jar",
                "tokenfactory-app.jar", "onnxruntime-1.29.0.jar", "onnxruntime_gpu-1.29.0.jar")));
        assertThrows(IllegalArgumentException.class, () -> AppFiles.sort(jars("javafx-base-21.0.12-linux.jar",
                "tokenfactory-core-0.1.0-SNAPSHOT.jar")));
        assertThrows(IllegalArgumentException.class, () -> AppFiles.sort(jars("javafx-base-21.0.12.jar",
                "tokenfactory-app-0.1.0-SNAPSHOT.jar")));
    }

    @Test
    void theGpuVariantSwapsTheOnnxRuntimeJar() {
        AppFiles f = AppFiles.sort(jars("javafx-base-21.0.12-linux.jar", "tokenfactory-app.jar",
                "onnxruntime-1.29.0.jar"));
        AppFiles gpu = f.withOnnxRuntime(Path.of("gpu", "onnxruntime_gpu-1.29.0.jar"));
        assertEquals("onnxruntime_gpu-1.29.0.jar", gpu.onnxRuntimeJar().getFileName().toString());
        assertEquals(f.classPath(), gpu.classPath());
        assertThrows(IllegalArgumentException.class, () -> f.withOnnxRuntime(Path.of("picocli-4.7.7.jar")));
    }

    /**
     * The app's real runtime dependencies, as Maven resolves them for this module, sort as the installer needs: this
     * platform's JavaFX jars, exactly one ONNX Runtime. (Within a reactor build the app itself may be a classes folder.)
     */
    @Test
    void theAppsRealDependenciesSort() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = new java.util.ArrayList<>(Stream.of(cp.split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar")).map(Path::of).toList());
        if (jars.stream().noneMatch(p -> p.getFileName().toString().startsWith("tokenfactory-app"))) {
            jars.add(Path.of("tokenfactory-app.jar"));
        }
        AppFiles f = AppFiles.sort(jars);
        assertTrue(f.onnxRuntimeJar().getFileName().toString().startsWith("onnxruntime-"), f.onnxRuntimeJar().toString());
        assertTrue(names(f.javafxModules()).stream().anyMatch(n -> n.startsWith("javafx-graphics-")),
                names(f.javafxModules()).toString());
        assertTrue(names(f.classPath()).stream().noneMatch(n -> n.startsWith("javafx-")), names(f.classPath()).toString());
    }
}
