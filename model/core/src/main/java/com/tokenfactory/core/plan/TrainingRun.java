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
        Check.positive(computeFlops, "computeFlops");
        Check.present(earliestStart, "earliestStart");
        Check.present(deadline, "deadline");
        if (deadline.isBefore(earliestStart)) {
            throw new InvalidPlanException("deadline", "must not be before earliestStart (" + earliestStart
                    + "), was " + deadline);
        }
        Check.positive(minGpusInOneSite, "minGpusInOneSite");
        requiredCertifications = Check.labels(requiredCertifications, "requiredCertifications");
        Check.nonNegative(valueUsdPerGpuHour, "valueUsdPerGpuHour");
        source = Check.optionalText(source);
    }
}
