package com.tokenfactory.core.catalog;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.ServingHardware;
import com.tokenfactory.core.plan.Sourced;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Projects a SKU that does not exist yet from one that does, along the plan's three hardware trends ("double
 * compounding" on the hardware side): power per GPU rises (H100 700 W → B200 1,000 W → GB200 1,200 W), energy per FLOP
 * falls, and FLOP/s per dollar rises. FLOP/s follow from power × efficiency, the price from FLOP/s ÷ performance per
 * dollar; memory and bandwidth keep pace with FLOP/s.
 * <pre>
 *   years  = months(base.firstAvailable → when) / 12
 *   watts' = watts × (1 + powerPerGpuGain)^years
 *   perf'  = perf  × (1 + powerPerGpuGain)^years × (1 + energyEfficiencyGain)^years    (FLOP/s at every precision,
 *                                                                                      TB/s, HBM GB, scale-up GB/s)
 *   price' = price × (perf' / perf) ÷ (1 + perfPerDollarGain)^years
 * </pre>
 */
public final class SkuProjection {
    private SkuProjection() {
    }

    public static HardwareSku project(HardwareSku base, YearMonth when, Assumptions a, String newId) {
        double years = Months.between(base.firstAvailable(), when) / 12.0;
        if (years <= 0) {
            throw new IllegalArgumentException("the projection month " + when + " must be after " + base.id()
                    + " became available (" + base.firstAvailable() + ")");
        }
        double watts = Math.pow(1.0 + a.hardwarePowerPerGpuGainPerYear(), years);
        double perf = watts * Math.pow(1.0 + a.hardwareEnergyEfficiencyGainPerYear(), years);
        double price = perf / Math.pow(1.0 + a.hardwarePerfPerDollarGainPerYear(), years);
        String how = String.format(Locale.ROOT, "Projected from %s (%s) over %.1f years at +%.0f%%/yr power per GPU, "
                        + "+%.0f%%/yr energy efficiency and +%.0f%%/yr performance per dollar (Epoch AI trends; power "
                        + "per GPU from NVIDIA's H100 → GB200)", base.id(), base.firstAvailable(), years,
                a.hardwarePowerPerGpuGainPerYear() * 100, a.hardwareEnergyEfficiencyGainPerYear() * 100,
                a.hardwarePerfPerDollarGainPerYear() * 100);
        return new HardwareSku(newId, "Projected " + when.getYear() + " SKU (from " + base.name() + ")", base.vendor(),
                Sourced.rough(base.bf16Tflops().value() * perf, how),
                Sourced.rough(base.fp8Tflops().value() * perf, how),
                Sourced.rough(base.hbmGb().value() * perf, how),
                Sourced.rough(base.hbmTbps().value() * perf, how),
                Sourced.rough(base.gpuWatts().value() * watts, how),
                Sourced.rough(base.allInWattsPerGpu().value() * watts, how),
                Sourced.rough(base.priceUsdPerGpu().value() * price, how),
                base.scaleUpGpus(), when, how, null, new ServingHardware(scaled(base.serving().fp6Tflops(), perf, how),
                        scaled(base.serving().fp4Tflops(), perf, how), scaled(base.serving().scaleUpGBps(), perf, how)));
    }

    private static Sourced scaled(Sourced figure, double factor, String how) {
        return figure == null ? null : Sourced.rough(figure.value() * factor, how);
    }
}
