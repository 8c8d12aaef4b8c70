package com.tokenfactory.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Board power over the whole benchmark: one {@code nvidia-smi -lms 100} process whose lines are timestamped as they
 * arrive; each shape asks for the average over the window in which it ran.
 */
class PowerSampler implements AutoCloseable {
    private static final PowerSampler NONE = new PowerSampler(null, null);

    private final Process process;
    private final Thread reader;
    private final List<long[]> samples = new ArrayList<>(); // {nanoTime, milliwatts}

    private PowerSampler(Process process, Thread reader) {
        this.process = process;
        this.reader = reader;
    }

    /** A sampler that has no samples: power not measured. */
    static PowerSampler none() {
        return NONE;
    }

    /** A sampler fed only through {@link #add} (tests). */
    static PowerSampler recording() {
        return new PowerSampler(null, null);
    }

    /** Starts {@code command}, which must print one watts figure per line until it is stopped. */
    static PowerSampler start(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        PowerSampler[] self = new PowerSampler[1];
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    OptionalDouble w = NvidiaSmi.parseWatts(line);
                    if (w.isPresent()) {
                        self[0].add(System.nanoTime(), w.getAsDouble());
                    }
                }
            } catch (IOException e) {
                // the process was stopped
            }
        }, "power-sampler");
        self[0] = new PowerSampler(p, t);
        t.setDaemon(true);
        t.start();
        return self[0];
    }

    /** Waits until the command has ended and every line it printed is recorded (for commands that end by themselves). */
    void awaitEndOfOutput() throws InterruptedException {
        if (reader != null) {
            reader.join();
        }
    }

    boolean isSampling() {
        return process != null;
    }

    synchronized void add(long nanoTime, double watts) {
        samples.add(new long[] {nanoTime, Math.round(watts * 1000)});
    }

    /** Mean of the samples taken in {@code [fromNanos, toNanos]}; empty with fewer than three. */
    synchronized OptionalDouble averageWatts(long fromNanos, long toNanos) {
        long sum = 0;
        int n = 0;
        for (long[] s : samples) {
            if (s[0] >= fromNanos && s[0] <= toNanos) {
                sum += s[1];
                n++;
            }
        }
        return n < 3 ? OptionalDouble.empty() : OptionalDouble.of(sum / 1000.0 / n);
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
