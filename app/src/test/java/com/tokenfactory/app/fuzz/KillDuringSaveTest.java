package com.tokenfactory.app.fuzz;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child JVM saves a plan and writes two exports in a loop and is killed ({@code kill -9}) at a random moment; each
 * time the plan must read back, its backup must be the version the last save replaced (or, killed between the
 * backup and the file, a copy of the file), both exports must be whole and of one generation (or, killed between the
 * two moves, the first one generation ahead), and the next save must leave no temporary file. The long tier
 * ({@code -Dkill.count=200}) is part of the profile {@code fuzz-long}.
 */
class KillDuringSaveTest {
    private static final int KILLS = Integer.getInteger("kill.count", 3);

    @TempDir
    Path dir;

    @Test
    void killsDuringSavesAndExportsLeaveWholeFilesTheRightBackupAndNoTemporaryFiles() throws Exception {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(16L);
        PlanFile files = new PlanFile();
        List<String> problems = new ArrayList<>();
        int betweenRenames = 0;
        int leftoversBeforeCleanup = 0;
        for (int k = 0; k < KILLS; k++) {
            Path d = Files.createDirectories(dir.resolve("kill-" + k));
            Process child = start(d);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine(), "the save loop started");
                Thread.sleep(rng.nextInt(400));
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            String where = "kill " + k + ": ";
            long saved = generation(files.read(d.resolve(SaveLoop.PLAN)));
            Path backupFile = PlanFile.backupOf(d.resolve(SaveLoop.PLAN));
            // the first save makes no backup; killed before the second put one in place, there is none yet
            long backup = Files.exists(backupFile) ? generation(files.read(backupFile)) : 0;
            if (backup != saved - 1 && backup != saved) {
                problems.add(where + "the plan is save " + saved + " but its backup is save " + backup);
            }
            betweenRenames += backup == saved ? 1 : 0;
            long first = SaveLoop.generation(Files.readAllBytes(d.resolve(SaveLoop.FIRST)));
            long second = SaveLoop.generation(Files.readAllBytes(d.resolve(SaveLoop.SECOND)));
            if (first < 0 || second < 0 || (first != second && first != second + 1)) {
                problems.add(where + "the exports are generations " + first + " and " + second);
            }
            leftoversBeforeCleanup += hidden(d).size();
            // the next run cleans up after the killed one
            Plan plan = files.read(d.resolve(SaveLoop.PLAN));
            files.write(plan, d.resolve(SaveLoop.PLAN));
            SaveLoop.exports(d, first + 1);
            if (!hidden(d).isEmpty()) {
                problems.add(where + "temporary files survived the next save: " + hidden(d));
            }
        }
        System.out.println("kill test: " + KILLS + " kills, " + betweenRenames + " between the backup and the file, "
                + leftoversBeforeCleanup + " temporary files left by kills and removed by the next run, "
                + problems.size() + " problems");
        Files.createDirectories(Path.of("target", "fuzz"));
        Files.writeString(Path.of("target", "fuzz", "kills.txt"), KILLS + " kills: " + betweenRenames
                + " between the backup and the file, " + leftoversBeforeCleanup + " temporary files left and "
                + "removed by the next run, " + problems.size() + " problems\n" + String.join("\n", problems) + "\n");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Process start(Path d) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), d.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long generation(Plan plan) {
        return Long.parseLong(plan.name().substring("Save ".length()));
    }

    private static List<Path> hidden(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
