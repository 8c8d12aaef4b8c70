package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.testing.ReferencePlan;
import com.tokenfactory.core.testing.SyntheticPlans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundTripTest {
    private final PlanFile planFile = new PlanFile();

    @Test
    void referencePlanRoundTrips() throws Exception {
        assertRoundTrip(ReferencePlan.plan(1e12));
    }

    @Test
    void planWithEveryOptionalFieldRoundTrips() throws Exception {
        assertRoundTrip(TestPlans.everyField());
    }

    @Test
    void largeSyntheticPlanRoundTrips() throws Exception {
        assertRoundTrip(SyntheticPlans.large(7));
    }

    @TestFactory
    Stream<DynamicTest> syntheticPlansRoundTrip() {
        return LongStream.range(0, 200).mapToObj(seed ->
                DynamicTest.dynamicTest("seed " + seed, () -> assertRoundTrip(SyntheticPlans.small(seed))));
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Plan plan = TestPlans.everyField();
        Path file = dir.resolve("every-field.tokenplan");
        planFile.write(plan, file);
        assertEquals(plan, planFile.read(file));
        assertEquals(planFile.toJson(plan), Files.readString(file));
    }

    /** The test resource is the writer's output, byte for byte: whitespace, order and number forms are the format. */
    @Test
    void writerProducesTheDocumentedLayout() {
        assertEquals(Resources.text(Resources.FUNGIBLE), planFile.toJson(TestPlans.fungible()));
    }

    @Test
    void textIsTwoSpaceIndentedWithUnixLineEndsAndATrailingNewline() {
        String json = planFile.toJson(TestPlans.everyField());
        assertTrue(json.startsWith("{\n  \"formatVersion\": 3,\n  \"name\": \"Fungible capacity plan\",\n"), json);
        assertTrue(json.endsWith("\n}\n"));
        assertFalse(json.contains("\r"));
        assertFalse(json.contains("\" : "), "no space before colons");
        assertTrue(json.contains("\"deployments\": []"), "empty arrays are written as []");
    }

    private void assertRoundTrip(Plan plan) throws Exception {
        String first = planFile.toJson(plan);
        Plan read = planFile.read(first, "round-trip.tokenplan");
        assertEquals(plan, read);
        assertEquals(first, planFile.toJson(read), "a second write must give the same bytes");
    }
}
