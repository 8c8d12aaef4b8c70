package com.tokenfactory.app.gui.uncertainty;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.uncertainty.UncertainInputEditor.Kind;
import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Uncertainty tab's input form: every kind reads back, bad fields are one line naming them, edits undo. */
class UncertainInputEditorTest {
    private final Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
    private final PlanDocument document = new PlanDocument(plan, null);
    private final UncertainInputEditor editor = new UncertainInputEditor(document);

    private UncertainInput input(String id) {
        return document.getPlan().uncertainty().inputs().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private void fill(Kind kind, String... values) {
        editor.kindProperty().set(kind);
        for (int i = 0; i < 4; i++) {
            editor.parameter(i).set(i < values.length ? values[i] : "");
        }
    }

    @Test
    void anAddedInputIsSavedInThePlanAndUndoTakesItBack() {
        editor.startNew();
        editor.idProperty().set("texas-power");
        editor.leverProperty().set(Lever.ELECTRICITY_PRICE);
        assertEquals("", editor.targets().get(0), "every site first");
        assertTrue(editor.targets().containsAll(plan.sites().stream().map(s -> s.id()).toList()));
        editor.targetProperty().set(plan.sites().get(0).id());
        fill(Kind.PERT, "0.9", "1", "1.4");
        editor.sourceProperty().set("assumption: ERCOT forward curve spread");
        assertTrue(editor.apply(), editor.messageProperty().get());
        UncertainInput added = input("texas-power");
        assertEquals(new Distribution.Pert(0.9, 1, 1.4), added.distribution());
        assertEquals(plan.sites().get(0).id(), added.target());
        assertEquals("Electricity price of " + plan.sites().get(0).id(), added.name(), "named from lever and target");
        assertEquals("assumption: ERCOT forward curve spread", added.source());
        assertTrue(editor.messageProperty().get().startsWith("Added Electricity price of"),
                editor.messageProperty().get());
        assertEquals("Add uncertain input " + added.name(), document.undoNameProperty().get());
        assertTrue(document.undo());
        assertSame(plan, document.getPlan());
    }

    @Test
    void everyKindOfTheSampleReadsBackIntoTheFormAndAppliesUnchanged() {
        for (UncertainInput in : plan.uncertainty().inputs()) {
            assertTrue(editor.edit(in.id()));
            assertEquals(in.lever(), editor.leverProperty().get());
            assertTrue(editor.apply(), in.id() + ": " + editor.messageProperty().get());
            assertEquals(in, input(in.id()), in.id() + " round-trips through the form");
        }
        assertTrue(editor.edit("grid-slip"));
        assertEquals(Kind.DISCRETE, editor.kindProperty().get());
        assertEquals("0, 6, 12", editor.parameter(0).get());
        assertEquals("0.6, 0.3, 0.1", editor.parameter(1).get());
        assertTrue(editor.edit("electricity"));
        assertEquals(List.of("1", "0.12", "0.6", "1.6"), List.of(editor.parameter(0).get(), editor.parameter(1).get(),
                editor.parameter(2).get(), editor.parameter(3).get()));
    }

    @Test
    void editingChangesTheDistributionAndARenameKeepsTheCorrelations() {
        assertTrue(editor.edit("demand-growth"));
        editor.idProperty().set("growth");
        fill(Kind.NORMAL, "0", "0.2", "-0.5", "");
        assertTrue(editor.apply(), editor.messageProperty().get());
        assertEquals(new Distribution.Normal(0, 0.2, -0.5, null), input("growth").distribution());
        assertEquals(List.of(new Correlation("growth", "price-decline", 0.4)),
                document.getPlan().uncertainty().correlations());
        assertEquals(plan.uncertainty().inputs().size(), document.getPlan().uncertainty().inputs().size());
    }

    @Test
    void badFieldsAreOneLineNamingTheFieldAndChangeNothing() {
        assertTrue(editor.edit("gpu-price"));
        fill(Kind.TRIANGULAR, "0.9", "0.8", "1.2");
        assertRefused("Most likely: must be at least min (0.9), was 0.8");
        fill(Kind.TRIANGULAR, "0.9", "abc", "1.2");
        assertRefused("Most likely: 'abc' is not a number");
        fill(Kind.UNIFORM, "", "1.2");
        assertRefused("Min: enter a number");
        fill(Kind.DISCRETE, "0, 6, 12", "0.5, 0.3");
        assertFalse(editor.apply());
        assertTrue(editor.messageProperty().get().startsWith("Probabilities: needs one probability per value"),
                editor.messageProperty().get());
        fill(Kind.DISCRETE, "0 6 12", "60% 30% 20%");
        assertFalse(editor.apply());
        assertTrue(editor.messageProperty().get().startsWith("Probabilities: must add up to 1"),
                editor.messageProperty().get());
        fill(Kind.LOG_NORMAL, "1", "0.3", "", "-1");
        assertRefused("Upper bound: must be above 0 for a log-normal, was -1");
        editor.startNew();
        editor.idProperty().set("gpu-price");
        fill(Kind.UNIFORM, "0.9", "1.1");
        assertRefused("Id: the plan has an uncertain input 'gpu-price' already; choose another id or edit it");
        editor.startNew();
        editor.leverProperty().set(Lever.DISCOUNT_RATE);
        editor.idProperty().set("wacc-2");
        editor.targetProperty().set("texas");
        fill(Kind.UNIFORM, "0.08", "0.1");
        assertTrue(!editor.apply() && editor.messageProperty().get().startsWith("Applies to: "),
                editor.messageProperty().get());
        assertSame(plan, document.getPlan(), "nothing refused reached the plan");
    }

    private void assertRefused(String line) {
        assertFalse(editor.apply());
        assertEquals(line, editor.messageProperty().get());
        assertSame(plan, document.getPlan());
    }

    @Test
    void removingAnInputTakesItsCorrelationsAlongAndUndoBringsBoth() {
        assertTrue(editor.remove("price-decline"));
        assertTrue(document.getPlan().uncertainty().correlations().isEmpty());
        assertEquals("Removed Token price decline and its 1 correlation (Undo takes it back).",
                editor.messageProperty().get().replaceFirst("Removed [^a]+ and", "Removed Token price decline and"));
        assertTrue(document.undo());
        assertSame(plan, document.getPlan());
        assertFalse(editor.remove("nope"));
    }

    @Test
    void correlationsAreSetChangedAndRemovedAsEdits() {
        assertTrue(editor.correlate("demand-level", "gpu-price", "0.3"));
        assertTrue(document.getPlan().uncertainty().correlations()
                .contains(new Correlation("demand-level", "gpu-price", 0.3)));
        assertTrue(editor.correlate("price-decline", "demand-growth", "−0.2"), editor.messageProperty().get());
        assertTrue(document.getPlan().uncertainty().correlations()
                .contains(new Correlation("price-decline", "demand-growth", -0.2)), "replaces the pair either way");
        assertEquals(2, document.getPlan().uncertainty().correlations().size());
        assertTrue(editor.correlations().contains("price-decline ~ demand-growth: −0.20"), editor.correlations().toString());
        assertTrue(editor.correlate("demand-level", "gpu-price", ""));
        assertEquals(1, document.getPlan().uncertainty().correlations().size());
        Plan before = document.getPlan();
        assertFalse(editor.correlate("demand-level", "gpu-price", "1.5"));
        assertTrue(editor.messageProperty().get().startsWith("Rank correlation: "), editor.messageProperty().get());
        assertFalse(editor.correlate("demand-level", "gpu-price", "lots"));
        assertEquals("Rank correlation: 'lots' is not a number (type −1 to 1, e.g. 0.5)", editor.messageProperty().get());
        assertFalse(editor.correlate("demand-level", "demand-level", "0.5"));
        assertTrue(editor.messageProperty().get().startsWith("Second input: "), editor.messageProperty().get());
        assertSame(before, document.getPlan());
        assertTrue(document.undo() && document.undo() && document.undo());
        assertSame(plan, document.getPlan());
    }
}
