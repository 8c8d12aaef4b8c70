package com.tokenfactory.app.cli;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Uncertainty;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code simulate}, {@code tornado}, {@code compare} and {@code goal-seek}: their files, figures and errors. */
class UncertaintyCommandsTest {
    @TempDir
    Path dir;

    @Test
    void simulateWritesTheSameFiguresOnOneAndTwoThreads() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        CommandRun one = CommandRun.of("simulate", plan.toString(), "--trials", "40", "--seed", "7", "--threads", "1",
                "--out", dir.resolve("one").toString());
        CommandRun two = CommandRun.of("simulate", plan.toString(), "--trials", "40", "--seed", "7", "--threads", "2",
                "--out", dir.resolve("two").toString(), "--format", "png,svg");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        assertTrue(one.out().contains("Probability of loss (NPV < 0): "), one.out());
        assertTrue(one.out().matches("(?s).*40 trials on 1 thread in \\d+\\.\\d\\d s \\(.*trials/s, \\d+\\.\\d\\d s CPU\\)\\n"), one.out());
        for (String f : new String[]{"monte-carlo-summary.csv", "monte-carlo-months.csv"}) {
            assertEquals(Files.readString(dir.resolve("one").resolve(f)), Files.readString(dir.resolve("two").resolve(f)), f);
        }
        assertNotNull(ImageIO.read(dir.resolve("one").resolve("fan-cash.png").toFile()));
        assertNotNull(ImageIO.read(dir.resolve("two").resolve("npv-histogram.png").toFile()));
        assertTrue(Files.readString(dir.resolve("two").resolve("fan-revenue.svg")).contains("<svg"));
        assertTrue(Files.readString(dir.resolve("one").resolve("monte-carlo.json")).contains("\"probabilityOfLoss\""));
    }

    @Test
    void simulateRefusesBadInputWithOneLine() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        CommandRun r = CommandRun.of("simulate", plan.toString(), "--trials", "0", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.errIsOneLine(), r.err());
        assertTrue(r.err().contains("--trials must be 1 to 100000, was 0"), r.err());

        Path plain = dir.resolve("plain.tokenplan");
        Plan without = new PlanFile().read(plan).withUncertainty(Uncertainty.NONE);
        new PlanFile().write(without, plain);
        r = CommandRun.of("simulate", plain.toString(), "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has no uncertain inputs"), r.err());

        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        r = CommandRun.of("simulate", plan.toString(), "--trials", "2", "--out", blocker.resolve("sub").toString());
        assertEquals(1, r.code());
        assertTrue(r.errIsOneLine(), r.err());
    }

    @Test
    void tornadoListsEveryInputStrongestFirst() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = CommandRun.of("tornado", plan.toString(), "--kpi", "npv", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        int inputs = Samples.open(Samples.FIVE_YEAR_COMMITMENT).uncertainty().inputs().size();
        assertTrue(r.out().contains(inputs + " inputs, " + (2 * inputs + 1) + " engine runs in "), r.out());
        assertNotNull(ImageIO.read(dir.resolve("tornado.png").toFile()));
        CommandRun bad = CommandRun.of("tornado", plan.toString(), "--kpi", "ebitda");
        assertEquals(2, bad.code());
        assertTrue(bad.errIsOneLine() && bad.err().contains("unknown KPI 'ebitda'"), bad.err());
    }

    @Test
    void compareShowsScenariosAsColumnsWithDeltas() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = CommandRun.of("compare", plan.toString(), "--scenarios", "base,slow-demand,bubble");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Δ against base"), r.out());
        String npvLine = r.out().lines().filter(l -> l.startsWith("NPV")).findFirst().orElseThrow();
        Plan p = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        double base = Engine.simulate(p).kpis().npv();
        double slow = Engine.simulate(p, "slow-demand").kpis().npv();
        assertTrue(slow < base);
        assertTrue(npvLine.contains(com.tokenfactory.core.format.Numbers.money(slow, "USD") + "  "), npvLine);
        assertTrue(npvLine.contains(com.tokenfactory.core.format.Numbers.MINUS
                + com.tokenfactory.core.format.Numbers.money(base - slow, "USD")), npvLine);
        CommandRun bad = CommandRun.of("compare", plan.toString(), "--scenarios", "base,nope");
        assertEquals(2, bad.code());
        assertTrue(bad.errIsOneLine() && bad.err().contains("no scenario 'nope'"), bad.err());
    }

    @Test
    void goalSeekFindsTheTokenPriceForNpvZeroAndSavesIt() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        Path saved = dir.resolve("break-even.tokenplan");
        CommandRun r = CommandRun.of("goal-seek", plan.toString(), "--input", "tokenPrice", "--kpi", "npv",
                "--target", "0", "--save-as", saved.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Verified by re-running the engine"), r.out());
        double npv = Engine.simulate(new PlanFile().read(saved)).kpis().npv();
        assertEquals(0.0, npv, 1e6, "the saved plan breaks even within $1M");
        CommandRun none = CommandRun.of("goal-seek", plan.toString(), "--input", "discountRate", "--kpi", "peakPower",
                "--target", "1e9");
        assertEquals(2, none.code());
        assertTrue(none.errIsOneLine() && none.err().contains("no discountRate from"), none.err());
        CommandRun unknown = CommandRun.of("goal-seek", plan.toString(), "--input", "gpuPrice:B999", "--kpi", "npv",
                "--target", "0");
        assertEquals(2, unknown.code());
        assertTrue(unknown.errIsOneLine() && unknown.err().contains("has no target 'B999'"), unknown.err());
    }
}
