package com.tokenfactory.io;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per kind of bad file, each asserting the whole one-line message: file, JSON path, line, problem. The
 * lines refer to src/test/resources/plans/fungible.tokenplan, which each test edits in one place.
 */
class MalformedFileTest {
    private static final String FILE = "fungible.tokenplan";
    private static final String VALID = Resources.text(Resources.FUNGIBLE);

    private static String edited(String find, String replacement) {
        return Resources.replaceOnce(VALID, find, replacement);
    }

    private static PlanFileException failure(String json) {
        return assertThrows(PlanFileException.class, () -> new PlanFile().read(json, FILE));
    }

    private static String message(String json) {
        return failure(json).getMessage();
    }

    @Test
    void theUneditedResourceIsValid() throws Exception {
        assertEquals(TestPlans.fungible(), new PlanFile().read(VALID, FILE));
    }

    @Nested
    class Syntax {
        /** The path of a syntax error is the element the parser was reading or had just read. */
        @Test
        void missingCommaNamesLineAndColumn() {
            assertEquals(FILE + ": $.sites[0].pue (line 97, column 7): invalid JSON: Unexpected character ('\"' (code 34)): "
                            + "was expecting comma to separate Object entries",
                    message(edited("\"pue\": 1.3,", "\"pue\": 1.3")));
        }

        @Test
        void truncatedFile() {
            String truncated = VALID.substring(0, VALID.indexOf("  \"partners\""));
            assertEquals(FILE + ": $.sites (line 136, column 1): invalid JSON: Unexpected end-of-input "
                    + "within/between Object entries", message(truncated));
        }

        @Test
        void fileCutInsideAnArrayNamesWhereTheArrayStarted() {
            String truncated = VALID.substring(0, VALID.indexOf("\"FedRAMP High\"") + "\"FedRAMP High\"".length());
            assertEquals(FILE + ": $.sites[0].certifications[0] (line 92, column 23): invalid JSON: Unexpected "
                    + "end-of-input: expected close marker for Array (start marker at [line: 91, column: 25])",
                    message(truncated));
        }

        @Test
        void emptyFile() {
            assertEquals(FILE + ": line 1, column 1: the file is empty: expected a JSON object", message(""));
        }

        @Test
        void contentAfterThePlan() {
            assertEquals(FILE + ": line 208, column 1: unexpected content after the end of the JSON object",
                    message(VALID + "{}"));
        }

        @Test
        void topLevelMustBeAnObject() {
            assertEquals(FILE + ": $ (line 1): expected an object, got an array", message("[\n]\n"));
        }

        @Test
        void duplicateFieldNamesTheSecondOccurrence() {
            assertEquals(FILE + ": $.sites[0].name (line 88): duplicate field 'name' (first on line 87)",
                    message(edited("\"name\": \"Ashburn campus\",",
                            "\"name\": \"Ashburn campus\",\n      \"name\": \"Ashburn\",")));
        }

        @Test
        void nanIsRefusedWithItsPath() {
            assertEquals(FILE + ": $.sites[0].pue (line 96): NaN is not a number JSON allows: write a finite number",
                    message(edited("\"pue\": 1.3", "\"pue\": NaN")));
        }

        @Test
        void infinityIsRefusedWithItsPath() {
            assertEquals(FILE + ": $.sites[0].phases[1].criticalItMw (line 119): -Infinity is not a number JSON "
                            + "allows: write a finite number",
                    message(edited("\"criticalItMw\": 30.0", "\"criticalItMw\": -Infinity")));
        }

        @Test
        void numberBeyondDoubleRange() {
            assertEquals(FILE + ": $.sites[0].pue (line 96): the number 1e999 is too large",
                    message(edited("\"pue\": 1.3", "\"pue\": 1e999")));
        }
    }

    @Nested
    class Types {
        @Test
        void stringWhereANumberBelongs() {
            assertEquals(FILE + ": $.sites[0].gridMw (line 94): expected a number, got a string",
                    message(edited("\"gridMw\": 120.0", "\"gridMw\": \"120\"")));
        }

        @Test
        void fractionWhereAnIntegerBelongs() {
            assertEquals(FILE + ": $.sites[0].phases[1].deployments[0].gpus (line 128): expected an integer, "
                    + "got 16000.5", message(edited("\"gpus\": 16000", "\"gpus\": 16000.5")));
        }

        @Test
        void integerBeyondIntRange() {
            assertEquals(FILE + ": $.sites[0].phases[0].deployments[0].gpus (line 111): must be between "
                            + "-2147483648 and 2147483647 (was 99999999999)",
                    message(edited("\"gpus\": 8000", "\"gpus\": 99999999999")));
        }

        @Test
        void objectWhereAnArrayBelongs() {
            assertEquals(FILE + ": $.trainingRuns (line 197): expected an array, got an object",
                    message(edited("\"trainingRuns\": []", "\"trainingRuns\": {}")));
        }

        @Test
        void stringWhereABooleanBelongs() {
            assertEquals(FILE + ": $.catalog[0].priceUsdPerGpu.lowConfidence (line 77): expected true or false, "
                    + "got a string", message(edited("\"lowConfidence\": true", "\"lowConfidence\": \"yes\"")));
        }

        @Test
        void serveAtLossMustBeTrueOrFalse() throws PlanFileException {
            assertEquals(FILE + ": $.services[0].serveAtLoss (line 191): expected true or false, got a string",
                    message(edited("\"priority\": 1", "\"serveAtLoss\": \"yes\", \"priority\": 1")));
            // left out (as in every file written before it existed) it is off; written, it reads back
            assertFalse(new PlanFile().read(VALID, FILE).services().get(0).serveAtLoss());
            assertTrue(new PlanFile().read(edited("\"priority\": 1", "\"serveAtLoss\": true, \"priority\": 1"), FILE)
                    .services().get(0).serveAtLoss());
        }

        @Test
        void malformedMonth() {
            assertEquals(FILE + ": $.sites[0].gridAvailable (line 95): expected a month like \"2026-01\", "
                    + "got \"2026-13\"", message(edited("\"gridAvailable\": \"2026-01\"",
                    "\"gridAvailable\": \"2026-13\"")));
        }
    }

    @Nested
    class RequiredFields {
        @Test
        void missingFieldNamesTheEnclosingObjectsLine() {
            assertEquals(FILE + ": $.sites[0].pue (line 85): is required",
                    message(edited("      \"pue\": 1.3,\n", "")));
        }

        @Test
        void nullCountsAsMissing() {
            assertEquals(FILE + ": $.sites[0].name (line 87): is required",
                    message(edited("\"name\": \"Ashburn campus\"", "\"name\": null")));
        }

        @Test
        void demandWithoutKind() {
            assertEquals(FILE + ": $.services[0].demand.kind (line 168): is required (\"growth\" or \"points\")",
                    message(edited("        \"kind\": \"growth\",\n", "")));
        }
    }

    @Nested
    class Values {
        @Test
        void negativeValueFromTheRecordConstructor() {
            PlanFileException e = failure(edited("\"criticalItMw\": 30.0", "\"criticalItMw\": -5"));
            assertEquals(FILE + ": $.sites[0].phases[1].criticalItMw (line 119): must be between 0.001 and 100000 (was -5.0)",
                    e.getMessage());
            assertEquals(FILE, e.sourceName());
            assertEquals("$.sites[0].phases[1].criticalItMw", e.jsonPath());
            assertEquals(119, e.line());
            assertEquals("must be between 0.001 and 100000 (was -5.0)", e.problem());
        }

        @Test
        void outOfRange() {
            assertEquals(FILE + ": $.sites[0].pue (line 96): must be between 1 and 3 (was 5.0)",
                    message(edited("\"pue\": 1.3", "\"pue\": 5")));
        }

        @Test
        void outOfRangeInAssumptions() {
            assertEquals(FILE + ": $.assumptions.trainingMfu (line 18): must be between 0.01 and 1 (was 2.0)",
                    message(edited("\"trainingMfu\": 0.4", "\"trainingMfu\": 2")));
        }

        @Test
        void sourcedFigureNamesTheFigure() {
            assertEquals(FILE + ": $.catalog[0].hbmGb (line 58): must be between 0.001 and 1000000 (was -80.0)",
                    message(edited("\"value\": 80.0", "\"value\": -80.0")));
        }

        @Test
        void checkAcrossFields() {
            assertEquals(FILE + ": $.sites[0].phases[1].energization (line 122): must not be before "
                            + "constructionStart (2026-01), was 2025-03",
                    message(edited("\"energization\": \"2027-03\"", "\"energization\": \"2025-03\"")));
        }

        @Test
        void blankCertification() {
            assertEquals(FILE + ": $.sites[0].certifications[0] (line 92): must not be blank",
                    message(edited("\"FedRAMP High\"", "\"  \"")));
        }

        @Test
        void invalidId() {
            assertEquals(FILE + ": $.sites[0].id (line 86): 'ash burn' is not a valid id (letters, digits, '_', "
                            + "'-', '.'; at most 64; starting with a letter or digit)",
                    message(edited("\"id\": \"ashburn\"", "\"id\": \"ash burn\"")));
        }
    }

    @Nested
    class References {
        @Test
        void unknownSkuIsReportedAtThePlanLevelPath() {
            assertEquals(FILE + ": $.sites[0].phases[1].deployments[0].skuId (line 127): unknown SKU 'B300' "
                            + "(the catalog has [H100-SXM])",
                    message(edited("\"skuId\": \"H100-SXM\",\n              \"gpus\": 16000",
                            "\"skuId\": \"B300\",\n              \"gpus\": 16000")));
        }

        @Test
        void duplicateIdAcrossThePlan() {
            assertEquals(FILE + ": $.partners[1].id (line 151): duplicate id 'burst' (also used by partners[0])",
                    message(edited("\"id\": \"spot\"", "\"id\": \"burst\"")));
        }

        @Test
        void duplicateIdWithinASite() {
            assertEquals(FILE + ": $.sites[0].phases[1].id (line 117): duplicate id 'hall-1' (also used by "
                    + "phases[0])", message(edited("\"id\": \"hall-2\"", "\"id\": \"hall-1\"")));
        }

        @Test
        void layoutOfAnUnknownElementUsesBracketNotationForItsKey() {
            assertEquals(FILE + ": $.layout['hall-9'] (line 200): no element has the id 'hall-9'",
                    message(edited("\"ashburn\": {", "\"hall-9\": {")));
        }
    }

    @Nested
    class NamesAndValues {
        @Test
        void misspeltFieldIsRefusedWithASuggestion() {
            assertEquals(FILE + ": $.sites[0].gridMW (line 94): unknown field 'gridMW' (did you mean 'gridMw'?)",
                    message(edited("\"gridMw\": 120.0", "\"gridMW\": 120.0")));
        }

        @Test
        void unknownFieldWithNothingClose() {
            assertEquals(FILE + ": $.layout.ashburn.colour (line 201): unknown field 'colour'",
                    message(edited("\"x\": 40.0,", "\"colour\": \"red\",\n      \"x\": 40.0,")));
        }

        @Test
        void unknownEnumValueListsTheAllowedOnes() {
            assertEquals(FILE + ": $.partners[0].kind (line 146): unknown value 'COMMITED'; allowed: COMMITTED, "
                            + "ON_DEMAND (did you mean 'COMMITTED'?)",
                    message(edited("\"kind\": \"COMMITTED\"", "\"kind\": \"COMMITED\"")));
            assertEquals(FILE + ": $.services[0].latency (line 188): unknown value 'FAST'; allowed: INTERACTIVE, "
                    + "STANDARD, BATCH", message(edited("\"latency\": \"INTERACTIVE\"", "\"latency\": \"FAST\"")));
        }

        @Test
        void unknownDemandKind() {
            assertEquals(FILE + ": $.services[0].demand.kind (line 169): unknown demand kind 'linear'; allowed: "
                    + "growth, points", message(edited("\"kind\": \"growth\"", "\"kind\": \"linear\"")));
        }

        @Test
        void fieldOfTheOtherDemandKind() {
            assertEquals(FILE + ": $.services[0].demand.points (line 170): unknown field 'points'",
                    message(edited("\"kind\": \"growth\",", "\"kind\": \"growth\",\n        \"points\": [],")));
        }
    }

    @Nested
    class Versions {
        @Test
        void newerFormat() {
            assertEquals(FILE + ": $.formatVersion (line 2): this file was written by a newer Token Factory Planner "
                            + "(format 7); this version reads formats up to 3",
                    message(edited("\"formatVersion\": 3", "\"formatVersion\": 7")));
        }

        @Test
        void missingFormatVersion() {
            assertEquals(FILE + ": $.formatVersion (line 1): is required: every .tokenplan file starts with its "
                    + "format version", message(edited("  \"formatVersion\": 3,\n", "")));
        }

        @Test
        void formatVersionAsAString() {
            assertEquals(FILE + ": $.formatVersion (line 2): expected an integer, got a string",
                    message(edited("\"formatVersion\": 3", "\"formatVersion\": \"2\"")));
        }

        @Test
        void fractionalFormatVersion() {
            assertEquals(FILE + ": $.formatVersion (line 2): expected an integer, got 2.5",
                    message(edited("\"formatVersion\": 3", "\"formatVersion\": 2.5")));
        }

        @Test
        void formatVersionThatNeverExisted() {
            assertEquals(FILE + ": $.formatVersion (line 2): there is no format 0; this version reads formats 1 to 3",
                    message(edited("\"formatVersion\": 3", "\"formatVersion\": 0")));
        }
    }

    @Test
    void aBadFileIsOnlyRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FILE);
        String bad = edited("\"pue\": 1.3", "\"pue\": -1");
        Files.writeString(file, bad);
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(file));
        assertEquals(FILE + ": $.sites[0].pue (line 96): must be between 1 and 3 (was -1.0)", e.getMessage());
        assertEquals(bad, Files.readString(file));
        assertEquals(List.of(FILE), namesIn(dir));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("gone.tokenplan");
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(file));
        assertEquals("gone.tokenplan: there is no such file (" + file + ")", e.getMessage());
        assertNull(e.jsonPath());
        assertEquals(0, e.line());
    }

    @Test
    void aFolderIsNotAPlanFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plans.tokenplan"));
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(folder));
        assertEquals("plans.tokenplan: is a folder, not a plan file", e.getMessage());
    }

    static List<String> namesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
