package com.tokenfactory.core.catalog;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.HardwareSku;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkuProjectionTest {
    @Test
    void futureSkusDrawMorePowerPerGpuAndLessPerFlop() {
        // GB200 (March 2025) two years on at +20%/yr power, +50%/yr efficiency, +30%/yr performance per dollar
        Assumptions a = Assumptions.defaults();
        HardwareSku base = BuiltInCatalog.GB200;
        HardwareSku next = SkuProjection.project(base, YearMonth.of(2027, 3), a, "NEXT");
        assertEquals(base.allInWattsPerGpu().value() * 1.2 * 1.2, next.allInWattsPerGpu().value(), 1e-9);
        double perf = 1.44 * 2.25;
        assertEquals(base.bf16Tflops().value() * perf, next.bf16Tflops().value(), 1e-9);
        assertEquals(base.priceUsdPerGpu().value() * perf / 1.69, next.priceUsdPerGpu().value(), 1e-6);
        assertTrue(next.allInWattsPerGpu().value() > base.allInWattsPerGpu().value());
        // energy per FLOP falls with the efficiency trend, FLOP/s per dollar rises with its trend
        assertEquals(2.25, (next.bf16Tflops().value() / next.allInWattsPerGpu().value())
                / (base.bf16Tflops().value() / base.allInWattsPerGpu().value()), 1e-9);
        assertEquals(1.69, (next.bf16Tflops().value() / next.priceUsdPerGpu().value())
                / (base.bf16Tflops().value() / base.priceUsdPerGpu().value()), 1e-9);
    }
}
