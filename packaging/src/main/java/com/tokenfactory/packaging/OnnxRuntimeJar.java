package com.tokenfactory.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Splits an ONNX Runtime jar into its classes (a jar for the class path) and one platform's native libraries (files in
 * a folder that {@code -Donnxruntime.native.path} names).
 *
 * <p>The published jar carries the natives of every platform (the CPU artifact: Linux x64 and aarch64, Windows, macOS
 * with debug symbols, 186 MB unpacked; the GPU artifact: Linux and Windows with the CUDA provider, 972 MB) and
 * extracts the one it needs into a temporary folder on every start: 28 MB for the CPU, 583 MB more for the CUDA
 * provider. Installed as files, they load in place, only this platform's are shipped, and the package compresses
 * them better than the jar's deflate did.
 */
public final class OnnxRuntimeJar {
    static final String NATIVE_ROOT = "ai/onnxruntime/native/";

    private OnnxRuntimeJar() {
    }

    /** What was split: the libraries written, their bytes, and the native bytes left out (other platforms, symbols). */
    public record Split(List<String> libraries, long nativeBytesKept, long nativeBytesDropped) {
        public Split {
            libraries = List.copyOf(libraries);
        }
    }

    public static Split split(Path source, Path classesJar, String nativeFolder, Path nativeDir) throws IOException {
        String keep = NATIVE_ROOT + nativeFolder + "/";
        List<String> libraries = new ArrayList<>();
        long kept = 0;
        long dropped = 0;
        byte[] buffer = new byte[1 << 16];
        Files.createDirectories(nativeDir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(classesJar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!name.startsWith(NATIVE_ROOT)) {
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    copy(in, out, buffer);
                    out.closeEntry();
                } else if (e.isDirectory()) {
                    continue;
                } else if (name.startsWith(keep) && name.indexOf('/', keep.length()) < 0) {
                    String file = name.substring(keep.length());
                    try (OutputStream lib = Files.newOutputStream(nativeDir.resolve(file))) {
                        kept += copy(in, lib, buffer);
                    }
                    libraries.add(file);
                } else {
                    // another platform's libraries, or debug symbols (*.dSYM folders)
                    dropped += copy(in, OutputStream.nullOutputStream(), buffer);
                }
            }
        }
        if (libraries.stream().noneMatch(l -> l.contains("onnxruntime4j_jni"))) {
            Files.deleteIfExists(classesJar);
            throw new IOException(source.getFileName() + " has no natives for " + nativeFolder
                    + " (looked in " + keep + ")");
        }
        return new Split(libraries, kept, dropped);
    }

    private static long copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
