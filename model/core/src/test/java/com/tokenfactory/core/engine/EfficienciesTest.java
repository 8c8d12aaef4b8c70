package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.testing.ReferencePlan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A calibration carries only what it measured: efficiencies from a catalog GPU, the step overhead from anything. */
class EfficienciesTest {
    private final Plan plan = ReferencePlan.plan(1e10);

    private static Calibration measured(String device, String provider) {
        return new Calibration(device, provider, LocalDate.of(2026, 11, 22), 1.0, 0.05, 1.0, 1.0, 3.5, 0.9, 0.6, 4.0,
                null);
    }

    @Test
    void aCpuMeasurementCarriesOnlyItsStepOverheadAndSaysSo() {
        Efficiencies e = Efficiencies.of(plan.withCalibration(measured("AMD EPYC 7B13", "CPU")));
        assertEquals(plan.assumptions().computeEfficiency(), e.computeEfficiency());
        assertEquals(plan.assumptions().memoryEfficiency(), e.memoryEfficiency());
        assertEquals(plan.assumptions().computeBoundPowerFraction(), e.computeBoundPowerFraction());
        assertEquals(3.5, e.stepOverheadMs());
        assertTrue(e.source().contains("device not in the catalog") && e.source().contains("AMD EPYC"), e.source());
    }

    @Test
    void aGpuTheCatalogKnowsCarriesItsEfficiencies() {
        Efficiencies e = Efficiencies.of(plan.withCalibration(measured("NVIDIA H100 80GB HBM3", "CUDA")));
        assertEquals(1.0, e.computeEfficiency());
        assertEquals(1.0, e.memoryEfficiency());
        assertEquals(0.9, e.computeBoundPowerFraction());
        assertEquals(3.5, e.stepOverheadMs());
        assertTrue(!e.source().contains("not in the catalog"), e.source());
    }

    @Test
    void aLaptopGpuIsNotTakenForADataCentrePart() {
        Efficiencies e = Efficiencies.of(plan.withCalibration(measured("NVIDIA GeForce RTX 4090 Laptop GPU", "CUDA")));
        assertEquals(plan.assumptions().computeEfficiency(), e.computeEfficiency());
        assertEquals(3.5, e.stepOverheadMs());
    }

    @Test
    void theExpertAndFp4EfficienciesAreAlwaysThePlansForNoBenchmarkMeasuresThem() {
        Plan moe = plan.withAssumptions(ReferencePlan.with(ReferencePlan.with(plan.assumptions(),
                "expertEfficiency", 0.35), "fp4Efficiency", 0.7));
        for (Plan p : new Plan[]{moe, moe.withCalibration(measured("NVIDIA H100 80GB HBM3", "CUDA")),
                moe.withCalibration(measured("AMD EPYC 7B13", "CPU"))}) {
            assertEquals(0.35, Efficiencies.of(p).expertEfficiency());
            assertEquals(0.7, Efficiencies.of(p).fp4Efficiency());
        }
    }
}
