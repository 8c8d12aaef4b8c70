package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.SortedSet;

/**
 * A training run that backfills capacity inference leaves free.
 *
 * @param computeFlops        total training compute, FLOPs (e.g. 3e25)
 * @param earliestStart       first month it may run
 * @param deadline            month by whose end it should be done; later completion is reported as late
 * @param minGpusInOneSite    smallest cluster it can run on: GPUs of one SKU in one site (or one partner contract)
 * @param valueUsdPerGpuHour  what the work of one reference GPU-hour is worth to the business (its revenue in the plan):
 *                            {@link #REFERENCE_FLOP_PER_GPU_HOUR} FLOPs delivered, on whatever GPU and at whatever MFU
 *                            the run gets; a faster GPU finishes sooner and earns the same for the run
 */
public record TrainingRun(
        String id,
        String name,
        double computeFlops,
        YearMonth earliestStart,
        YearMonth deadline,
        int minGpusInOneSite,
        SortedSet<String> requiredCertifications,
        double valueUsdPerGpuHour,
        String source) implements Workload {

    /**
     * The reference GPU-hour training value is priced in: an H100 SXM's dense BF16 peak (989 TFLOP/s, NVIDIA H100
     * data sheet) at 40% MFU (the trainingMfu default, inside the 35–50% common at scale) for one hour = 1.424e18
     * FLOP. Files written before value followed work meant $ per GPU-hour consumed; for an H100 fleet at 40% MFU the
     * two read the same, so their figure is kept as it is (docs/file-format.md).
     */
    public static final double REFERENCE_FLOP_PER_GPU_HOUR = 989e12 * 0.40 * 3600.0;

    /** What this run earns for FLOPs delivered. */
    public double valueOf(double flops) {
        return flops / REFERENCE_FLOP_PER_GPU_HOUR * valueUsdPerGpuHour;
    }

    public TrainingRun {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        Check.between(computeFlops, 1, 1e35, "computeFlops");
        Check.month(earliestStart, "earliestStart");
        Check.month(deadline, "deadline");
        if (deadline.isBefore(earliestStart)) {
            throw new InvalidPlanException("deadline", "must not be before earliestStart (" + earliestStart
                    + "), was " + deadline);
        }
        Check.between(minGpusInOneSite, 1, 10_000_000, "minGpusInOneSite");
        requiredCertifications = Check.labels(requiredCertifications, "requiredCertifications");
        Check.between(valueUsdPerGpuHour, 0, 10_000, "valueUsdPerGpuHour");
        source = Check.boundedText(source, "source");
    }
}
