package com.tokenfactory.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.io.ResultJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens every bundled sample, simulates it (and each of its scenarios) and compares the yearly figures, KPIs and plan
 * problems with the golden files in samples/golden. When the engine changes on purpose, regenerate them with
 * {@code ./mvnw -q -pl samples -am test -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest=SamplesGoldenTest}
 * and review the diff before committing.
 */
class SamplesGoldenTest {
    /** Tight: the engine is deterministic; this only absorbs printing and summation-order noise. */
    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of(System.getProperty("golden.dir", "golden"));
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            String base = sample.fileName().replace(".tokenplan", "");
            tests.add(DynamicTest.dynamicTest(base, () -> check(Engine.simulate(plan), base)));
            for (Scenario s : plan.scenarios()) {
                tests.add(DynamicTest.dynamicTest(base + " / " + s.id(),
                        () -> check(Engine.simulate(plan, s), base + "." + s.id())));
            }
        }
        return tests.stream();
    }

    private static void check(SimulationResult result, String name) throws IOException {
        Path actualFile = Files.createTempFile(name, ".json");
        try {
            ResultJson.write(result, actualFile);
            Path golden = GOLDEN.resolve(name + ".json");
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.copy(actualFile, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden.toAbsolutePath() + "; generate it with -Dgolden.update=true");
            }
            compare(JSON.readTree(golden.toFile()), JSON.readTree(actualFile.toFile()), "$");
        } finally {
            Files.deleteIfExists(actualFile);
        }
    }

    private static void compare(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.doubleValue();
            double a = actual.doubleValue();
            double scale = Math.max(Math.abs(e), Math.abs(a));
            assertTrue(Math.abs(e - a) <= RELATIVE_TOLERANCE * scale + 1e-9, path + ": expected " + e + " but was " + a);
            return;
        }
        assertEquals(expected.getNodeType(), actual.getNodeType(), path + ": type");
        if (expected.isObject()) {
            assertEquals(fieldNames(expected), fieldNames(actual), path + ": fields");
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                compare(f.getValue(), actual.get(f.getKey()), path + "." + f.getKey());
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), path + ": length");
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
