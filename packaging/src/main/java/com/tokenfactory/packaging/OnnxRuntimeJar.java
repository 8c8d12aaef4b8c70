package com.tokenfactory.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies an ONNX Runtime jar keeping only one platform's native libraries. The published jar carries the natives of
 * every platform (Linux x64 and aarch64, Windows, macOS with debug symbols: about 186 MB unpacked for the CPU artifact);
 * an installer runs on one. ONNX Runtime's loader looks only in {@code ai/onnxruntime/native/<os-arch>/}, so the other
 * folders are dead weight. Debug symbols ({@code *.dSYM}) are dropped on every platform.
 */
public final class OnnxRuntimeJar {
    static final String NATIVE_ROOT = "ai/onnxruntime/native/";

    private OnnxRuntimeJar() {
    }

    /** What was copied: entries and native bytes kept, native bytes dropped. */
    public record Trimmed(int entries, long nativeBytesKept, long nativeBytesDropped) {
    }

    public static Trimmed trim(Path source, Path target, String nativeFolder) throws IOException {
        String keep = NATIVE_ROOT + nativeFolder + "/";
        int entries = 0;
        long kept = 0;
        long dropped = 0;
        boolean foundLibrary = false;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                boolean isNative = name.startsWith(NATIVE_ROOT) && !name.equals(NATIVE_ROOT);
                boolean wanted = !isNative || (name.startsWith(keep) && !name.contains(".dSYM/"));
                if (!wanted) {
                    dropped += drain(in, buffer);
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                long n = copy(in, out, buffer);
                out.closeEntry();
                entries++;
                if (isNative && !e.isDirectory()) {
                    kept += n;
                    foundLibrary |= name.substring(keep.length()).contains("onnxruntime");
                }
            }
        }
        if (!foundLibrary) {
            Files.deleteIfExists(target);
            throw new IOException(source.getFileName() + " has no natives for " + nativeFolder
                    + " (looked in " + keep + ")");
        }
        return new Trimmed(entries, kept, dropped);
    }

    private static long copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static long drain(InputStream in, byte[] buffer) throws IOException {
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }
}
