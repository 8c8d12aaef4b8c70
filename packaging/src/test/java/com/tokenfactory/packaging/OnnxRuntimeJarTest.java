package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OnnxRuntimeJarTest {
    @TempDir
    Path dir;

    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            return jf.stream().map(ZipEntry::getName).toList();
        }
    }

    private Path fakeOnnxRuntime() throws IOException {
        Map<String, String> e = new java.util.LinkedHashMap<>();
        e.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        e.put("ai/onnxruntime/OrtEnvironment.class", "class");
        e.put("ai/onnxruntime/native/", "");
        e.put("ai/onnxruntime/native/linux-x64/libonnxruntime.so", "x".repeat(1000));
        e.put("ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so", "x".repeat(100));
        e.put("ai/onnxruntime/native/linux-aarch64/libonnxruntime.so", "y".repeat(900));
        e.put("ai/onnxruntime/native/win-x64/onnxruntime.dll", "z".repeat(800));
        e.put("ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib", "w".repeat(700));
        e.put("ai/onnxruntime/native/osx-aarch64/libonnxruntime4j_jni.dylib", "j".repeat(10));
        e.put("ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib.dSYM/Contents/Resources/DWARF/libonnxruntime.dylib",
                "d".repeat(5000));
        return zip(dir.resolve("onnxruntime-1.29.0.jar"), e);
    }

    @Test
    void theJarKeepsTheClassesAndTheFolderGetsOnePlatformsLibraries() throws IOException {
        Path jar = dir.resolve("classes.jar");
        Path natives = dir.resolve("onnxruntime-native");
        OnnxRuntimeJar.Split s = OnnxRuntimeJar.split(fakeOnnxRuntime(), jar, "linux-x64", natives);
        assertEquals(List.of("META-INF/MANIFEST.MF", "ai/onnxruntime/OrtEnvironment.class"), entries(jar));
        assertEquals(List.of("libonnxruntime.so", "libonnxruntime4j_jni.so"), s.libraries());
        assertEquals("x".repeat(1000), Files.readString(natives.resolve("libonnxruntime.so")));
        assertEquals(List.of("libonnxruntime.so", "libonnxruntime4j_jni.so"), listing(natives));
        assertEquals(1100, s.nativeBytesKept());
        assertEquals(900 + 800 + 700 + 10 + 5000, s.nativeBytesDropped());
    }

    @Test
    void macDebugSymbolsAreLeftOut() throws IOException {
        Path natives = dir.resolve("mac");
        OnnxRuntimeJar.split(fakeOnnxRuntime(), dir.resolve("mac.jar"), "osx-aarch64", natives);
        assertEquals(List.of("libonnxruntime.dylib", "libonnxruntime4j_jni.dylib"), listing(natives));
    }

    @Test
    void aJarWithoutThePlatformsNativesIsAnErrorNotASilentlyBrokenInstaller() throws IOException {
        Path jar = dir.resolve("none.jar");
        IOException e = assertThrows(IOException.class,
                () -> OnnxRuntimeJar.split(fakeOnnxRuntime(), jar, "osx-x64", dir.resolve("none")));
        assertEquals("onnxruntime-1.29.0.jar has no natives for osx-x64 (looked in ai/onnxruntime/native/osx-x64/)",
                e.getMessage());
        assertFalse(Files.exists(jar));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
