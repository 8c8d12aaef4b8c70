package com.tokenfactory.app.fuzz;

import com.tokenfactory.io.AtomicFile;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The child of {@link KillDuringSaveTest}: saves a plan named "Save N" and writes two exports holding "generation N",
 * for N = 1, 2, 3 … until it is killed. Prints "ready" once the first round is done.
 */
public final class SaveLoop {
    static final String PLAN = "plan.tokenplan";
    static final String FIRST = "table.csv";
    static final String SECOND = "result.json";
    /** Large enough that writing the exports takes a while, so kills land inside them too. */
    static final int EXPORT_BYTES = 256 * 1024;

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Plan plan = Samples.open(Samples.FUNGIBLE_FLEET);
        PlanFile files = new PlanFile();
        for (long n = 1; ; n++) {
            files.write(plan.withName("Save " + n), dir.resolve(PLAN));
            exports(dir, n);
            if (n == 1) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    static void exports(Path dir, long n) throws IOException {
        Map<Path, AtomicFile.FileWriter> out = new LinkedHashMap<>();
        out.put(dir.resolve(FIRST), f -> Files.write(f, content(n)));
        out.put(dir.resolve(SECOND), f -> Files.write(f, content(n)));
        AtomicFile.replaceAll(out);
    }

    static byte[] content(long n) {
        String head = "generation " + n + "\n";
        StringBuilder b = new StringBuilder(EXPORT_BYTES).append(head);
        while (b.length() < EXPORT_BYTES - 4) {
            b.append("x");
        }
        return b.append("end\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The generation a complete export holds; -1 for a file that is not one whole export. */
    static long generation(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (bytes.length != EXPORT_BYTES || !s.startsWith("generation ") || !s.endsWith("end\n")) {
            return -1;
        }
        return Long.parseLong(s.substring("generation ".length(), s.indexOf('\n')));
    }
}
