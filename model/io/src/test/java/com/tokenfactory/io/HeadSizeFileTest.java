package com.tokenfactory.io;

import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model's stated head size ({@code model.headDim}): optional, read as hidden size ÷ attention heads when absent,
 * written only when stated, so files without it open and save as before.
 */
class HeadSizeFileTest {
    private static final String CURRENT = Resources.text(Resources.FUNGIBLE);
    private static final String KV_HEADS = "\"kvHeads\": 8,";

    private static String withHeadDim(String value) {
        return Resources.replaceOnce(CURRENT, KV_HEADS, KV_HEADS + "\n        \"headDim\": " + value + ",");
    }

    @Test
    void aFileWithoutItTakesTheHiddenSizeOverTheHeads() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(CURRENT, "current.tokenplan");
        ModelShape m = plan.services().get(0).model();
        assertNull(m.headDim());
        assertEquals(8192.0 / 64, m.headSize());
        assertFalse(planFile.toJson(plan).contains("headDim"));
    }

    @Test
    void aStatedHeadSizeSurvivesTheRoundTripAndWidensAttention() throws Exception {
        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(withHeadDim("256"), "stated.tokenplan");
        ModelShape m = plan.services().get(0).model();
        assertEquals(256, m.headDim());
        assertEquals(64 * 256.0, m.attentionWidth());
        // keys and values, 80 layers, 8 KV heads of 256, one byte each
        assertEquals(2.0 * 80 * 8 * 256 * 1.0, m.kvBytesPerToken());
        String json = planFile.toJson(plan);
        assertTrue(json.contains("\"headDim\" : 256") || json.contains("\"headDim\": 256"), json);
        assertEquals(plan, planFile.read(json, "again.tokenplan"));
    }

    @Test
    void aHeadSizeOutOfRangeNamesTheFieldAndItsLine() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> new PlanFile().read(withHeadDim("0"), "bad.tokenplan"));
        assertEquals("bad.tokenplan: $.services[0].model.headDim (line 184): must be between 1 and 100000 (was 0)",
                e.getMessage());
    }
}
