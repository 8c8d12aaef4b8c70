package com.tokenfactory.io;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serving assumptions added after format 3 shipped — the mixture-of-experts expert efficiency, the host time per
 * sequence and the FP4 efficiency: optional on read (older files take the sourced default), always written.
 */
class LaterServingFieldsTest {
    private static final String CURRENT = Resources.text(Resources.FUNGIBLE);

    /** A field as the fixture writes it, a changed value, one out of range and the problem it gives. */
    record Field(String name, String asWritten, ToDoubleFunction<Assumptions> value, double changed, String bad,
                 String problem) {
        String line(Object v) {
            return "\"" + name + "\": " + v;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Field> fields() {
        return Stream.of(
                new Field("expertEfficiency", "0.2", Assumptions::expertEfficiency, 0.45, "1.5",
                        "bad.tokenplan: $.assumptions.expertEfficiency (line 41): must be between 0.01 and 1 (was 1.5)"),
                new Field("sequenceOverheadUs", "0.0", Assumptions::sequenceOverheadUs, 40.0, "-1",
                        "bad.tokenplan: $.assumptions.sequenceOverheadUs (line 42): must be between 0 and 10000 "
                                + "(was -1.0)"),
                new Field("fp4Efficiency", "0.65", Assumptions::fp4Efficiency, 0.8, "0",
                        "bad.tokenplan: $.assumptions.fp4Efficiency (line 43): must be between 0.05 and 1 (was 0.0)"));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void aFileWithoutItTakesTheSourcedDefault(Field f) throws Exception {
        String older = CURRENT.replace(",\n    " + f.line(f.asWritten()), "").replace(f.line(f.asWritten()) + ",\n    ",
                "");
        assertTrue(!older.contains(f.name()), older);
        Plan plan = new PlanFile().read(older, "older.tokenplan");
        assertEquals(Assumptions.SOURCES.get(f.name()).value(), f.value().applyAsDouble(plan.assumptions()));
        assertEquals(Double.parseDouble(f.asWritten()), Assumptions.SOURCES.get(f.name()).value());
    }

    @ParameterizedTest
    @MethodSource("fields")
    void aChangedValueSurvivesTheRoundTrip(Field f) throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(Resources.replaceOnce(CURRENT, f.line(f.asWritten()), f.line(f.changed())),
                "changed.tokenplan");
        assertEquals(f.changed(), f.value().applyAsDouble(plan.assumptions()));
        String json = planFile.toJson(plan);
        assertTrue(json.contains(f.line(f.changed())), json);
        assertEquals(plan, planFile.read(json, "again.tokenplan"));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void aValueOutsideItsRangeNamesTheFieldAndItsLine(Field f) {
        String bad = Resources.replaceOnce(CURRENT, f.line(f.asWritten()), f.line(f.bad()));
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanFile().read(bad, "bad.tokenplan"));
        assertEquals(f.problem(), e.getMessage());
    }
}
