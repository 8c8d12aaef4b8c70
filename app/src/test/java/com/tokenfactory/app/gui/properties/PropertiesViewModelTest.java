package com.tokenfactory.app.gui.properties;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PropertiesViewModelTest {
    private final Plan sample = Samples.open(Samples.CAPACITY_CRUNCH);
    private final PlanDocument document = new PlanDocument(sample, null);
    private final Selection selection = new Selection();
    private final PropertiesViewModel canvas = new PropertiesViewModel(document, selection, ElementKind::onCanvas);

    private final PropertiesViewModel workloads = new PropertiesViewModel(document, selection,
            k -> k == ElementKind.SERVICE || k == ElementKind.TRAINING);

    private FieldSpec field(String path) {
        return field(canvas, path);
    }

    private static FieldSpec field(PropertiesViewModel form, String path) {
        return form.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.path().equals(path))
                .findFirst().orElseThrow();
    }

    private Site site() {
        return document.getPlan().sites().get(0);
    }

    @Test
    void showsThePrimarySelectionWithItsUnits() {
        selection.select("ny-campus");
        assertEquals("ny-campus", canvas.elementIdProperty().get());
        assertEquals("New York campus", canvas.titleProperty().get());
        assertEquals("MW", field("gridMw").unit());
        assertEquals("120", canvas.text(field("gridMw")));
        assertEquals("1.6", canvas.text(field("electricityEscalationPerYear")), "fractions are shown in percent");
        assertTrue(canvas.facts().get(0).contains("2 halls, 80 MW critical IT"), canvas.facts().toString());
    }

    @Test
    void aGoodValueIsOneNamedEdit() {
        selection.select("ny-campus");
        assertEquals(Optional.empty(), canvas.commit(field("pue"), "1.25"));
        assertEquals(1.25, site().pue());
        assertEquals("Change PUE of New York campus", document.undoNameProperty().get());
        assertEquals(Optional.empty(), canvas.commit(field("electricityEscalationPerYear"), "2"));
        assertEquals(0.02, site().electricityEscalationPerYear(), 1e-12);
    }

    @Test
    void aBadValueIsRefusedWithTheModelsReasonAndThePlanStays() {
        selection.select("ny-campus");
        assertEquals(Optional.of("must be between 1 and 3 (was 5.0)"), canvas.commit(field("pue"), "5"));
        assertEquals(Optional.of("'lots' is not a number"), canvas.commit(field("gridMw"), "lots"));
        assertEquals(Optional.of("'June' is not a month; write it as 2027-06"),
                canvas.commit(field("gridAvailable"), "June"));
        assertSame(sample, document.getPlan());
        assertNull(document.undoNameProperty().get());
    }

    @Test
    void aRefusedPercentageSpeaksInPercent() {
        selection.select("ny-campus");
        Optional<String> refusal = canvas.commit(field("electricityEscalationPerYear"), "-150");
        assertEquals(Optional.of("must be a yearly rate above −100% and at most 10,000% (was −150%)"), refusal);
    }

    @Test
    void certificationsAndChoicesAreCommittedAsValues() {
        selection.select("ny-campus");
        assertEquals(Optional.empty(), canvas.commit(field("certifications"), new TreeSet<>(List.of("SOC 2", "HIPAA"))));
        assertEquals(new TreeSet<>(List.of("HIPAA", "SOC 2")), site().certifications());
        selection.select("ny-1-h200");
        assertEquals(Optional.empty(), canvas.commit(field("skuId"), "B200"));
        assertEquals("B200", document.getPlan().sites().get(0).halls().get(0).gpuPods().get(0).skuId());
        assertTrue(canvas.knownCertifications().containsAll(List.of("FedRAMP High", "HIPAA", "SOC 2")));
    }

    @Test
    void anOptionalFieldLeftBlankMeansTheDefault() {
        selection.select("ny-hall-1");
        assertEquals("", canvas.text(field("energization")));
        assertEquals(Optional.of("= 2026-03"), canvas.placeholder(field("energization")));
        assertEquals(Optional.empty(), canvas.commit(field("energization"), "2026-06"));
        assertEquals("2026-06", canvas.text(field("energization")));
        assertEquals(Optional.empty(), canvas.commit(field("energization"), ""));
        assertNull(document.getPlan().sites().get(0).halls().get(0).energization());
    }

    @Test
    void editsTheNestedModelShapeOfAService() {
        selection.select("assistant");
        FieldSpec layers = field(workloads, "model.layers");
        assertEquals(Optional.empty(), workloads.commit(layers, "60"));
        assertEquals(60, document.getPlan().services().get(0).model().layers());
        assertNull(canvas.elementIdProperty().get(), "the canvas editor does not show workloads");
    }

    @Test
    void aModelsHeadSizeIsHiddenOverHeadsUntilStated() {
        selection.select("assistant");
        FieldSpec headDim = field(workloads, "model.headDim");
        assertEquals("", workloads.text(headDim));
        // the assistant runs Llama 4 Maverick: hidden size 5,120 over 40 heads
        assertEquals(Optional.of("= 128"), workloads.placeholder(headDim));
        assertEquals(Optional.empty(), workloads.commit(headDim, "256"));
        assertEquals(256, document.getPlan().services().get(0).model().headDim());
        assertEquals(Optional.of("must be between 1 and 100000 (was 0)"), workloads.commit(headDim, "0"));
        assertEquals(Optional.empty(), workloads.commit(headDim, ""));
        assertNull(document.getPlan().services().get(0).model().headDim());
    }

    @Test
    void aServiceIsServedAtALossOnlyWhenTicked() {
        selection.select("assistant");
        FieldSpec atLoss = field(workloads, "serveAtLoss");
        assertEquals("No", workloads.text(atLoss));
        assertEquals(Optional.empty(), workloads.commit(atLoss, true));
        assertTrue(document.getPlan().services().get(0).serveAtLoss());
        assertEquals("Yes", workloads.text(atLoss));
        assertEquals("Change serve at a loss of Consumer assistant", document.undoNameProperty().get());
    }

    @Test
    void severalSelectedElementsAreNotEditedAtOnce() {
        selection.selectAll(List.of("ny-hall-1", "ny-hall-2"));
        assertNull(canvas.elementIdProperty().get());
        assertEquals("2 elements selected", canvas.emptyTextProperty().get());
    }
}
