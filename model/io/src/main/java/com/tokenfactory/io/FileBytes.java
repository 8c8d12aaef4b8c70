package com.tokenfactory.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole file with a limit that binds whatever the file is: only regular files are opened (a FIFO would block
 * the open, a device never ends, and both report a size of 0), and the limit is counted while reading, so a file that
 * grows or lies about its size still stops at the limit.
 */
public final class FileBytes {
    /** A file the reader refuses before or while reading; {@link #getMessage()} is the problem, without the file. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private FileBytes() {
    }

    /**
     * The file's bytes. Refused: a folder, anything that is not a regular file, more than {@code maxBytes} bytes
     * ({@code tooLarge} makes the message from the size seen). Other failures (no such file, access denied) are
     * thrown as they come.
     */
    public static byte[] read(Path file, long maxBytes, java.util.function.LongFunction<String> tooLarge) throws IOException {
        if (Files.isDirectory(file)) {
            throw new Refused("is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new Refused("is not a regular file (a pipe, a socket or a device), so it is not read");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new Refused(tooLarge.apply(size));
        }
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, maxBytes) + 16);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new Refused(tooLarge.apply(total) + " (counted while reading)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
