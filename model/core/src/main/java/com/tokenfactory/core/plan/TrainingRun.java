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
 * @param valueUsdPerGpuHour  what a GPU-hour of this run is worth to the business (its revenue in the plan)
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
