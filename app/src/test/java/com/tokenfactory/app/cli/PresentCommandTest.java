package com.tokenfactory.app.cli;

import com.tokenfactory.app.gui.present.PresentationOptions;
import com.tokenfactory.app.gui.present.PresentationTheme;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tokenfactory present}: what it hands to the presentation, and one-line errors before any window opens. The
 * window itself is tested in {@code PresentationModeTest}.
 */
class PresentCommandTest {
    @TempDir
    Path dir;

    private record Presented(Plan plan, String scenarioId, PresentationOptions options) {
    }

    private final List<Presented> presented = new ArrayList<>();

    private CommandRun run(String... args) {
        CommandLine cl = TokenFactoryCommand.commandLine();
        PresentCommand command = cl.getSubcommands().get("present").getCommand();
        command.presenter = (plan, scenario, options) -> presented.add(new Presented(plan, scenario, options));
        return CommandRun.of(cl, args);
    }

    @Test
    void presentsThePlanFullScreenAndDarkByDefault() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = run("present", plan.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, presented.size());
        Presented p = presented.get(0);
        assertEquals("Five-year commitment", p.plan().name());
        assertNull(p.scenarioId());
        assertTrue(p.options().fullScreen());
        assertEquals(PresentationTheme.DARK, p.options().theme());
    }

    @Test
    void scenarioThemeAndWindowArePassedOn() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = run("present", plan.toString(), "--scenario", "grid-late", "--theme", "light", "--windowed");
        assertEquals(0, r.code(), r.err());
        Presented p = presented.get(0);
        assertEquals("grid-late", p.scenarioId());
        assertEquals(PresentationTheme.LIGHT, p.options().theme());
        assertFalse(p.options().fullScreen());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndNoWindow() throws Exception {
        Path broken = dir.resolve("broken.tokenplan");
        Files.writeString(broken, "{\"formatVersion\": 2, \"name\": 5}");
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        for (String[] args : List.of(
                new String[]{"present", broken.toString()},
                new String[]{"present", dir.resolve("missing.tokenplan").toString()},
                new String[]{"present", plan.toString(), "--scenario", "nope"},
                new String[]{"present", plan.toString(), "--theme", "solarized"},
                new String[]{"present"})) {
            CommandRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.errIsOneLine(), r.err());
        }
        assertTrue(presented.isEmpty(), "no presentation opens on bad input");
    }

    @Test
    void noDisplayIsOneLineWithExitCodeOne() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.CAPACITY_CRUNCH);
        CommandLine cl = TokenFactoryCommand.commandLine();
        PresentCommand command = cl.getSubcommands().get("present").getCommand();
        command.presenter = (p, s, o) -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        };
        CommandRun r = CommandRun.of(cl, "present", plan.toString());
        assertEquals(1, r.code());
        assertTrue(r.errIsOneLine() && r.err().contains("Unable to open DISPLAY"), r.err());
    }
}
