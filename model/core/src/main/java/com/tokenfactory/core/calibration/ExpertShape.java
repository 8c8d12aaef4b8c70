package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.InvalidPlanException;

/**
 * The routed experts a benchmark shape stands for: {@code experts} weight matrices side by side, each multiplying
 * its own {@code tokensPerExpert} rows (the grouped GEMMs of a mixture-of-experts layer once its tokens are sorted by
 * expert, under uniform routing).
 *
 * @param experts         E, experts in the grouped GEMM
 * @param tokensPerExpert m, rows each expert multiplies
 * @param paramsPerExpert P, one expert's parameters in one layer (gate, up and down: 3 × hidden × expert width), the
 *                        size {@code ReplicaPass.expertSizeFactor} scales the experts' math by
 */
public record ExpertShape(int experts, long tokensPerExpert, long paramsPerExpert) {
    public ExpertShape {
        Check.positive(experts, "experts");
        if (tokensPerExpert < 1) {
            throw new InvalidPlanException("tokensPerExpert", "must be at least 1 (was " + tokensPerExpert + ")");
        }
        if (paramsPerExpert < 1) {
            throw new InvalidPlanException("paramsPerExpert", "must be at least 1 (was " + paramsPerExpert + ")");
        }
    }
}
