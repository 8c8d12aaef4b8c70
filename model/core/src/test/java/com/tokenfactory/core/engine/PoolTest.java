package com.tokenfactory.core.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoolTest {
    private static Pool pool(double cap, double used) {
        Pool p = new Pool(0, Pool.Kind.OWNED, 0, null, null, null, 0, new java.util.TreeSet<>(), 1);
        p.inferenceCap = cap;
        p.inferenceUsed = used;
        return p;
    }

    /**
     * Five-year-commitment once left 2⁻²⁷ ≈ 7.45e-9 GPU-hours of a pool of about 10⁸ after the greedy fill,
     * above the fixed billionth the allocator used to test, and its batch service was "served" 20 tokens for
     * $0.000000124 of revenue. What is left below a trillionth of the cap is residue.
     */
    @Test
    void roundingResidueOfALargePoolIsNoRoom() {
        double cap = 1.0e8;
        assertEquals(0.0, pool(cap, cap - 7.450580596923828e-9).inferenceRoom());
        assertEquals(1.0, pool(cap, cap - 1.0).inferenceRoom(), 1e-6);
        // a small pool keeps the absolute floor: a millionth of a GPU-hour is room
        assertEquals(1e-6, pool(10.0, 10.0 - 1e-6).inferenceRoom(), 1e-12);
        assertEquals(0.0, pool(10.0, 10.0 - 1e-10).inferenceRoom());
    }
}
