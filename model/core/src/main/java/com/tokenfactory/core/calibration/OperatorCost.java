package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Check;

/**
 * What one kind of operator in a benchmark graph costs per run, by model count: the engine's roofline is taken operator
 * by operator (weight GEMMs, attention, the rest), each the slower of its math and its bytes, one after another.
 *
 * @param operator  "weights" (GEMMs against model weights), "attention" (scores and values over the KV cache),
 *                  "other" (broadcasts, reductions, slicing)
 * @param flops     floating-point operations of that kind in one run
 * @param bytes     bytes that kind reads and writes in one run
 */
public record OperatorCost(String operator, double flops, double bytes) {
    public OperatorCost {
        operator = Check.text(operator, "operator");
        Check.between(flops, 0, 1e21, "flops");
        Check.between(bytes, 0, 1e18, "bytes");
    }
}
