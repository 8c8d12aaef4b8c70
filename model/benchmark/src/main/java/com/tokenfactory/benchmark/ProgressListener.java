package com.tokenfactory.benchmark;

/** Told how far the benchmark is; called on the benchmark's own thread (a UI must hop to its own thread). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> {
    };

    /**
     * @param fraction 0 at the start, 1 when done; never decreases
     * @param message  what is happening, in words, e.g. "Test 3 of 8 (decode-4096): timing"
     */
    void progress(double fraction, String message);
}
