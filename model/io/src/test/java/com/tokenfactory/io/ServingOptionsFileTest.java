package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.ServingOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's serving options in the file: {@code serving.attentionTensorParallel}, added after the others shipped,
 * reads as off when absent and is written only when on, so a file with serving options saved before it saves as it
 * was; a value that is not true or false names its path.
 */
class ServingOptionsFileTest {
    private static final String CURRENT = Resources.text(Resources.FUNGIBLE);
    private static final String PEAK = "\"peakToAverage\": 1.0";

    private static String withServing(String fields) {
        return Resources.replaceOnce(CURRENT, PEAK, PEAK + ",\n      \"serving\": {" + fields + "}");
    }

    @Test
    void splitAttentionIsOffWhenAbsentAndWrittenOnlyWhenOn() throws Exception {
        PlanFile planFile = new PlanFile();
        String before = withServing("\"disaggregated\": true, \"prefixCacheHitRate\": 0.5, \"draftTokensPerStep\": 0, "
                + "\"acceptedTokensPerStep\": 1.0");
        Plan plan = planFile.read(before, "before.tokenplan");
        ServingOptions serving = plan.services().get(0).serving();
        assertTrue(serving.disaggregated());
        assertFalse(serving.attentionTensorParallel());
        assertFalse(planFile.toJson(plan).contains("attentionTensorParallel"));

        String split = withServing("\"disaggregated\": false, \"prefixCacheHitRate\": 0.0, \"draftTokensPerStep\": 0, "
                + "\"acceptedTokensPerStep\": 1.0, \"attentionTensorParallel\": true");
        Plan splitPlan = planFile.read(split, "split.tokenplan");
        assertTrue(splitPlan.services().get(0).serving().attentionTensorParallel());
        assertEquals(splitPlan, planFile.read(planFile.toJson(splitPlan), "again.tokenplan"));

        PlanFileException e = assertThrows(PlanFileException.class,
                () -> planFile.read(split.replace("\"attentionTensorParallel\": true",
                        "\"attentionTensorParallel\": \"yes\""), "bad.tokenplan"));
        assertTrue(e.getMessage().startsWith("bad.tokenplan: $.services[0].serving.attentionTensorParallel"),
                e.getMessage());
    }
}
