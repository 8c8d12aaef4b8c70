package com.tokenfactory.benchmark;

import java.util.Locale;

/** Classifies what went wrong in ONNX Runtime or the JVM. */
final class Failures {
    private Failures() {
    }

    /**
     * True for allocation failures: ONNX Runtime's arena ("Failed to allocate memory for requested buffer"), CUDA
     * and cuBLAS out-of-memory statuses, C++ bad_alloc, and Java running out of direct memory for the weights.
     */
    static boolean isOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("failed to allocate memory") || m.contains("out of memory") || m.contains("bad_alloc")
                    || m.contains("cudaerrormemoryallocation") || m.contains("cublas_status_alloc_failed")
                    || m.contains("cannot reserve") || m.contains("out_of_memory")) {
                return true;
            }
        }
        return false;
    }

    /** True when the JVM, not the device, ran out: the weights did not fit Java's direct memory. */
    static boolean isJavaDirectMemory(Throwable t) {
        return t instanceof OutOfMemoryError;
    }

    /**
     * The innermost cause: where ONNX Runtime's native library does not load, the JVM reports an
     * ExceptionInInitializerError without a message (then "Could not initialize class ...") and the reason —
     * "Native library 'onnxruntime' not found at ..." — is the last cause of the chain.
     */
    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /** The informative part of an ONNX Runtime message: after "Status Message:"/"message:", first line, short. */
    static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        for (String marker : new String[] {"Status Message:", "message:"}) {
            int i = m.lastIndexOf(marker);
            if (i >= 0) {
                m = m.substring(i + marker.length());
            }
        }
        // drop the source location ONNX Runtime prefixes: "/onnxruntime_src/...cc:359 void* ...(...) "
        m = m.strip().replaceFirst("^/\\S+:\\d+ .*?\\) ", "");
        String line = m.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
