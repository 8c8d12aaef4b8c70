package com.tokenfactory.app.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The options several commands share are declared once (picocli mixins) and read the same in every command's help. */
class SharedOptionsTest {
    private static final CommandLine CLI = TokenFactoryCommand.commandLine();

    @Test
    void eachSharedOptionIsTheMixinOnEveryCommandThatTakesIt() {
        assertEquals(List.of("calibrate", "chart", "compare", "deck", "explain", "goal-seek", "present", "report", "run",
                "simulate", "template", "tornado", "validate"), commandsWith("planFile"));
        assertEquals(List.of("chart", "deck", "explain", "goal-seek", "present", "report", "run", "simulate",
                "tornado"), commandsWith("scenario"));
        assertEquals(List.of("deck", "report"), commandsWith("date"));
        assertEquals(List.of("chart", "report"), commandsWith("look"));
        assertEquals(List.of("chart", "simulate"), commandsWith("formats"));
    }

    @Test
    void noCommandDeclaresASharedOptionOfItsOwn() {
        for (String option : List.of("--scenario", "--date", "--period", "--theme", "--format")) {
            for (CommandLine sub : CLI.getSubcommands().values()) {
                CommandSpec spec = sub.getCommandSpec();
                var declared = spec.findOption(option);
                if (declared == null || "present".equals(spec.name()) && "--theme".equals(option)) {
                    continue; // present's --theme is the presentation's dark or light, not the charts' look
                }
                assertTrue(spec.mixins().values().stream().anyMatch(m -> m.options().contains(declared)),
                        spec.name() + " declares " + option + " itself instead of through the shared mixin");
            }
        }
    }

    @Test
    void theScenarioOptionReadsTheSameInEveryHelp() {
        Map<String, String> lines = new TreeMap<>();
        for (String command : commandsWith("scenario")) {
            String help = CommandRun.of(command, "--help").out();
            lines.put(command, help.lines().map(String::strip).filter(l -> l.startsWith("--scenario=ID"))
                    .map(l -> l.replaceAll("\\s+", " ")).collect(Collectors.joining("|")));
        }
        assertEquals(1, lines.values().stream().distinct().count(), lines.toString());
        assertTrue(lines.get("run").contains("apply the plan's scenario with this id"), lines.get("run"));
    }

    private static List<String> commandsWith(String mixin) {
        return CLI.getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommandSpec().mixins().containsKey(mixin))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
