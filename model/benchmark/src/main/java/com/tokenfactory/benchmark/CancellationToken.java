package com.tokenfactory.benchmark;

/**
 * Asks a running benchmark to stop. The benchmark checks it between runs and while it generates weights, so it stops
 * within one run of the current shape (a session being created is finished first).
 */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
