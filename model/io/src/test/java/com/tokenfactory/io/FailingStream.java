package com.tokenfactory.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes the first {@code limit} bytes through, then fails as a full disk does. */
final class FailingStream extends FilterOutputStream {
    static final String DISK_FULL = "No space left on device";

    private long left;

    FailingStream(OutputStream out, long limit) {
        super(out);
        this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (left-- <= 0) {
            throw new IOException(DISK_FULL);
        }
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }
}
