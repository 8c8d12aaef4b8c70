package com.tokenfactory.app.gui.plan;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordCopyTest {
    private final Site site = Samples.open(Samples.FUNGIBLE_FLEET).sites().get(0);

    @Test
    void replacesOneComponentAndKeepsTheOthers() {
        Site changed = RecordCopy.with(site, "pue", 1.25);
        assertEquals(1.25, changed.pue());
        assertEquals(site.name(), changed.name());
        assertSame(site.halls(), changed.halls());
    }

    @Test
    void reachesIntoNestedRecords() {
        InferenceService service = Samples.open(Samples.FUNGIBLE_FLEET).services().get(0);
        InferenceService changed = RecordCopy.with(service, "model.layers", 60);
        assertEquals(60, changed.model().layers());
        assertEquals(60, RecordCopy.get(changed, "model.layers"));
        assertEquals(service.model().hiddenSize(), changed.model().hiddenSize());
    }

    @Test
    void aBadValueFailsWithTheRecordsOwnReason() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> RecordCopy.with(site, "pue", 5.0));
        assertEquals("pue", e.field());
        assertEquals("must be between 1 and 3 (was 5.0)", e.detail());
    }

    @Test
    void anUnknownComponentIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> RecordCopy.with(site, "colour", "red"));
    }
}
