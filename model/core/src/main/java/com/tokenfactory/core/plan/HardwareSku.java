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
 * @param serving          FP6/FP4 peaks and scale-up bandwidth ({@link ServingHardware#NONE} when unknown)
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
        Sourced rentalUsdPerGpuHour,
        ServingHardware serving) {

    public HardwareSku {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        vendor = Check.text(vendor, "vendor");
        bounded(bf16Tflops, 0.001, 1e6, "bf16Tflops");
        bounded(fp8Tflops, 0.001, 1e6, "fp8Tflops");
        bounded(hbmGb, 0.001, 1e6, "hbmGb");
        bounded(hbmTbps, 0.001, 1e4, "hbmTbps");
        bounded(gpuWatts, 1, 1e5, "gpuWatts");
        bounded(allInWattsPerGpu, 1, 1e6, "allInWattsPerGpu");
        if (allInWattsPerGpu.value() < gpuWatts.value()) {
            throw new InvalidPlanException("allInWattsPerGpu", "must be at least the GPU's own power gpuWatts ("
                    + Check.fmt(gpuWatts.value()) + " W), was " + Check.fmt(allInWattsPerGpu.value()) + " W");
        }
        Check.present(priceUsdPerGpu, "priceUsdPerGpu");
        Check.between(priceUsdPerGpu.value(), 0, 1e8, "priceUsdPerGpu");
        Check.between(scaleUpGpus, 1, 1024, "scaleUpGpus");
        Check.month(firstAvailable, "firstAvailable");
        availabilitySource = Check.text(availabilitySource, "availabilitySource");
        if (rentalUsdPerGpuHour != null) {
            Check.between(rentalUsdPerGpuHour.value(), 0.001, 10_000, "rentalUsdPerGpuHour");
        }
        serving = serving == null ? ServingHardware.NONE : serving;
    }

    /** A SKU without FP6/FP4 peaks or scale-up bandwidth. */
    public HardwareSku(String id, String name, String vendor, Sourced bf16Tflops, Sourced fp8Tflops, Sourced hbmGb,
                       Sourced hbmTbps, Sourced gpuWatts, Sourced allInWattsPerGpu, Sourced priceUsdPerGpu,
                       int scaleUpGpus, YearMonth firstAvailable, String availabilitySource,
                       Sourced rentalUsdPerGpuHour) {
        this(id, name, vendor, bf16Tflops, fp8Tflops, hbmGb, hbmTbps, gpuWatts, allInWattsPerGpu, priceUsdPerGpu,
                scaleUpGpus, firstAvailable, availabilitySource, rentalUsdPerGpuHour, ServingHardware.NONE);
    }

    /** A SKU with no reference rental rate. */
    public HardwareSku(String id, String name, String vendor, Sourced bf16Tflops, Sourced fp8Tflops, Sourced hbmGb,
                       Sourced hbmTbps, Sourced gpuWatts, Sourced allInWattsPerGpu, Sourced priceUsdPerGpu,
                       int scaleUpGpus, YearMonth firstAvailable, String availabilitySource) {
        this(id, name, vendor, bf16Tflops, fp8Tflops, hbmGb, hbmTbps, gpuWatts, allInWattsPerGpu, priceUsdPerGpu,
                scaleUpGpus, firstAvailable, availabilitySource, null);
    }

    /** Largest storage per value, bytes, that computes in FP4 (5 bits), FP6 (7 bits) and FP8 (8.5 bits). */
    static final double FP4_MAX_BYTES = 5.0 / 8;
    static final double FP6_MAX_BYTES = 7.0 / 8;
    static final double FP8_MAX_BYTES = 8.5 / 8;

    private static void bounded(Sourced figure, double min, double max, String field) {
        Check.present(figure, field);
        Check.between(figure.value(), min, max, field);
    }

    /**
     * Peak dense FLOP/s per GPU for math at {@code mathBytesPerValue} (see {@link ModelShape#mathBytesPerValue()}):
     * FP4 and FP6 where the GPU has that tensor math, else the next wider precision it has — FP8 for anything of
     * about one byte or less, BF16 above. The bytes are storage bytes, which for block-scaled formats include the
     * scales the tensor cores apply in the same instruction: NVFP4 stores 4.5 bits (one FP8 scale per 16 values,
     * NVIDIA's NVFP4 format), MXFP4 4.25 and MXFP6 6.25 bits (one 8-bit scale per 32, OCP Microscaling Formats
     * v1.0), MXFP8 8.25 bits. So each precision owns storage up to halfway to the next: FP4 ≤ 5 bits, FP6 ≤ 7, FP8
     * ≤ 8.5 bits.
     */
    public double peakFlopsFor(double mathBytesPerValue) {
        return peakTflopsFor(mathBytesPerValue).value() * 1e12;
    }

    /** The sourced peak {@link #peakFlopsFor} uses. */
    public Sourced peakTflopsFor(double mathBytesPerValue) {
        if (mathBytesPerValue <= FP4_MAX_BYTES && serving.fp4Tflops() != null) {
            return serving.fp4Tflops();
        }
        if (mathBytesPerValue <= FP6_MAX_BYTES && serving.fp6Tflops() != null) {
            return serving.fp6Tflops();
        }
        return mathBytesPerValue <= FP8_MAX_BYTES ? fp8Tflops : bf16Tflops;
    }

    /** Name of the precision {@link #peakFlopsFor} computes in, e.g. "FP4". */
    public String mathPrecisionFor(double mathBytesPerValue) {
        Sourced peak = peakTflopsFor(mathBytesPerValue);
        return peak == serving.fp4Tflops() ? "FP4" : peak == serving.fp6Tflops() ? "FP6"
                : peak == fp8Tflops ? "FP8" : "BF16";
    }

    /** Whether math of that width runs on this GPU's FP4 tensor cores (it has them, and the values are FP4). */
    public boolean computesInFp4(double mathBytesPerValue) {
        return peakTflopsFor(mathBytesPerValue) == serving.fp4Tflops();
    }

    public double hbmBytes() {
        return hbmGb.value() * 1e9;
    }

    public double hbmBytesPerSecond() {
        return hbmTbps.value() * 1e12;
    }

    /** This SKU at another price. */
    public HardwareSku withPriceUsdPerGpu(Sourced price) {
        return new HardwareSku(id, name, vendor, bf16Tflops, fp8Tflops, hbmGb, hbmTbps, gpuWatts, allInWattsPerGpu,
                price, scaleUpGpus, firstAvailable, availabilitySource, rentalUsdPerGpuHour, serving);
    }
}
