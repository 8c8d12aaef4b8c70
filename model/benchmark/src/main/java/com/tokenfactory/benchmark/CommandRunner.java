package com.tokenfactory.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a short external command (nvidia-smi, sysctl) and returns its output; replaced by a fake in tests. */
@FunctionalInterface
interface CommandRunner {
    /** The command's standard output when it ran and exited with 0 within a few seconds; empty otherwise. */
    Optional<String> run(List<String> command);

    CommandRunner SYSTEM = system(Duration.ofSeconds(10));

    /**
     * Runs commands on this machine. A command that has not exited within {@code timeout} is killed and counts as
     * failed; its output is read on another thread, so one that hangs with its output open (nvidia-smi on a wedged
     * driver) cannot hold the caller past the timeout.
     */
    static CommandRunner system(Duration timeout) {
        return command -> {
            try {
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.getOutputStream().close();
                FutureTask<byte[]> output = new FutureTask<>(() -> {
                    try (InputStream in = p.getInputStream()) {
                        return in.readAllBytes();
                    }
                });
                Thread reader = new Thread(output, "command-output");
                reader.setDaemon(true);
                reader.start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                if (p.exitValue() != 0) {
                    return Optional.empty();
                }
                return Optional.of(new String(output.get(timeout.toMillis(), TimeUnit.MILLISECONDS),
                        StandardCharsets.UTF_8));
            } catch (IOException | ExecutionException | TimeoutException e) {
                return Optional.empty(); // not installed, or its output never ended
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };
    }
}
