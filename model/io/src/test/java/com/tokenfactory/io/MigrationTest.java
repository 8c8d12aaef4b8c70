package com.tokenfactory.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationTest {
    private static final String FILE = "fungible-v1.tokenplan";
    private static final String V1 = Resources.text(Resources.FUNGIBLE_V1);

    private static String message(String json) {
        return assertThrows(PlanFileException.class, () -> new PlanFile().read(json, FILE)).getMessage();
    }

    @Test
    void formatOneFileReadsAsTheExpectedPlan() throws Exception {
        assertTrue(V1.contains("\"formatVersion\": 1"), "the fixture is a format-1 file");
        assertEquals(TestPlans.fungible(), new PlanFile().read(V1, FILE));
    }

    @Test
    void formatOneFileIsWrittenBackInTheCurrentFormat() throws Exception {
        PlanFile planFile = new PlanFile();
        assertEquals(Resources.text(Resources.FUNGIBLE), planFile.toJson(planFile.read(V1, FILE)));
    }

    @Test
    void errorsBelowARenamedFieldKeepTheirLine() {
        assertEquals(FILE + ": $.sites[0].phases[0].deployments[0].gpus (line 94): must be between 1 and 10000000 (was 0)",
                message(Resources.replaceOnce(V1, "\"gpus\": 8000", "\"gpus\": 0")));
    }

    @Test
    void committedMustBeTrueOrFalse() {
        assertEquals(FILE + ": $.partners[0].committed (line 129): expected true or false, got a string",
                message(Resources.replaceOnce(V1, "\"committed\": true", "\"committed\": \"yes\"")));
    }

    @Test
    void committedIsRequired() {
        assertEquals(FILE + ": $.partners[1].committed (line 133): is required",
                message(Resources.replaceOnce(V1, "      \"committed\": false,\n", "")));
    }

    @Test
    void horizonYearsOutOfRange() {
        assertEquals(FILE + ": $.horizonYears (line 5): must be between 1 and 20 (was 30)",
                message(Resources.replaceOnce(V1, "\"horizonYears\": 5", "\"horizonYears\": 30")));
    }

    @Test
    void horizonYearsIsRequired() {
        assertEquals(FILE + ": $.horizonYears (line 1): is required",
                message(Resources.replaceOnce(V1, "  \"horizonYears\": 5,\n", "")));
    }

    @Test
    void formatTwoHorizonInAFormatOneFileSuggestsTheVersionIsWrong() {
        assertEquals(FILE + ": $.horizonMonths (line 5): a format-1 file gives horizonYears, not horizonMonths "
                        + "(is its formatVersion right?)",
                message(Resources.replaceOnce(V1, "\"horizonYears\": 5", "\"horizonMonths\": 60")));
    }

    @Test
    void upgradeEndsAtTheCurrentFormat() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", 1);
        root.put("horizonYears", 2);
        Migrations.upgrade(root, 1, new SourceLines());
        assertEquals(PlanFile.CURRENT_FORMAT_VERSION, root.get("formatVersion").intValue());
        assertEquals(24, root.get("horizonMonths").intValue());
        assertFalse(root.has("horizonYears"));
    }

    @Test
    void everyStepIsRegisteredOnceAndTheChainIsUnbroken() {
        List<Migration> steps = Migrations.STEPS;
        assertEquals(PlanFile.CURRENT_FORMAT_VERSION - Migrations.OLDEST_READABLE_FORMAT, steps.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(Migrations.OLDEST_READABLE_FORMAT + i, steps.get(i).from());
            assertFalse(steps.get(i).name().isBlank());
            assertTrue(names.add(steps.get(i).name()), "step names are distinct");
        }
    }

    @Test
    void chainCheckRefusesGapsDuplicatesAndAMissingLastStep() {
        Migration one = new FormatOneToTwo();
        Migration three = step(3);
        assertThrows(IllegalStateException.class, () -> Migrations.checkChain(List.of(one, three), 1, 4));
        assertThrows(IllegalStateException.class, () -> Migrations.checkChain(List.of(one, one), 1, 3));
        assertThrows(IllegalStateException.class, () -> Migrations.checkChain(List.of(one), 1, 3));
        Migrations.checkChain(List.of(one, step(2), three), 1, 4);
    }

    private static Migration step(int from) {
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public String name() {
                return "step " + from;
            }

            @Override
            public void apply(ObjectNode root, SourceLines lines) {
            }
        };
    }
}
