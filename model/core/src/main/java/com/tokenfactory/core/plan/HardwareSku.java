package com.tokenfactory.core.plan;

import java.time.YearMonth;

/**
 * A GPU system type the plan can install or rent. Every figure carries its source.
 *
 * @param id               stable id used by deployments and contracts
 * @param name             display name
 * @param vendor           maker
 * @param bf16Tflops       peak dense BF16 TFLOP/s per GPU
 * @param fp8Tflops        peak dense FP8 TFLOP/s per GPU (used when weights are stored in 1 byte or less)
 * @param hbmGb            HBM capacity per GPU, GB (10^9 bytes)
 * @param hbmTbps          HBM bandwidth per GPU, TB/s (10^12 bytes/s)
 * @param gpuWatts         GPU board power limit, W
 * @param allInWattsPerGpu power per GPU including its share of host, network and fans, W (before PUE)
 * @param priceUsdPerGpu   purchase price per GPU all-in (server and network share), USD
 * @param scaleUpGpus      GPUs in one scale-up (NVLink / Infinity Fabric) domain: the most GPUs a model may be split
 *                         over by tensor parallelism (8 for an HGX server, 72 for an NVL72 rack)
 * @param firstAvailable   first month the SKU can be installed
 * @param availabilitySource where the first-available month comes from
 * @param rentalUsdPerGpuHour the going on-demand rental rate of one GPU, USD per GPU-hour, with its source; null when
 *                         none is known. Only a plausibility check reads it: a plan's revenue per GPU-hour far above
 *                         what the GPU rents for is flagged
 */
public record HardwareSku(
        String id,
        String name,
        String vendor,
        Sourced bf16Tflops,
        Sourced fp8Tflops,
        Sourced hbmGb,
        Sourced hbmTbps,
        Sourced gpuWatts,
        Sourced allInWattsPerGpu,
        Sourced priceUsdPerGpu,
        int scaleUpGpus,
        YearMonth firstAvailable,
        String availabilitySource,
        Sourced rentalUsdPerGpuHour) {

    public HardwareSku {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        vendor = Check.text(vendor, "vendor");
        positive(bf16Tflops, "bf16Tflops");
        positive(fp8Tflops, "fp8Tflops");
        positive(hbmGb, "hbmGb");
        positive(hbmTbps, "hbmTbps");
        positive(gpuWatts, "gpuWatts");
        positive(allInWattsPerGpu, "allInWattsPerGpu");
        if (allInWattsPerGpu.value() < gpuWatts.value()) {
            throw new InvalidPlanException("allInWattsPerGpu", "must be at least the GPU's own power gpuWatts ("
                    + Check.fmt(gpuWatts.value()) + " W), was " + Check.fmt(allInWattsPerGpu.value()) + " W");
        }
        Check.present(priceUsdPerGpu, "priceUsdPerGpu");
        Check.nonNegative(priceUsdPerGpu.value(), "priceUsdPerGpu");
        Check.between(scaleUpGpus, 1, 1024, "scaleUpGpus");
        Check.present(firstAvailable, "firstAvailable");
        availabilitySource = Check.text(availabilitySource, "availabilitySource");
        if (rentalUsdPerGpuHour != null) {
            Check.positive(rentalUsdPerGpuHour.value(), "rentalUsdPerGpuHour");
        }
    }

    /** A SKU with no reference rental rate. */
    public HardwareSku(String id, String name, String vendor, Sourced bf16Tflops, Sourced fp8Tflops, Sourced hbmGb,
                       Sourced hbmTbps, Sourced gpuWatts, Sourced allInWattsPerGpu, Sourced priceUsdPerGpu,
                       int scaleUpGpus, YearMonth firstAvailable, String availabilitySource) {
        this(id, name, vendor, bf16Tflops, fp8Tflops, hbmGb, hbmTbps, gpuWatts, allInWattsPerGpu, priceUsdPerGpu,
                scaleUpGpus, firstAvailable, availabilitySource, null);
    }

    private static void positive(Sourced figure, String field) {
        Check.present(figure, field);
        Check.positive(figure.value(), field);
    }

    /** Peak dense FLOP/s per GPU at the precision a model's weights are stored in. */
    public double peakFlopsFor(double weightBytesPerParam) {
        return (weightBytesPerParam <= 1.0 ? fp8Tflops : bf16Tflops).value() * 1e12;
    }

    public double hbmBytes() {
        return hbmGb.value() * 1e9;
    }

    public double hbmBytesPerSecond() {
        return hbmTbps.value() * 1e12;
    }
}
