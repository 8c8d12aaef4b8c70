package com.tokenfactory.core.result;

import java.time.YearMonth;

/**
 * One training run.
 *
 * @param completedIn    month the run finished; null when it did not finish within the horizon
 * @param monthsLate     months after the deadline it finished (0 when on time; null when unfinished)
 * @param fractionDone   share of its compute done by the horizon's end
 */
public record TrainingResult(
        String runId,
        String name,
        YearMonth deadline,
        Series gpuHours,
        Series flops,
        Series value,
        Series attributedCost,
        YearMonth completedIn,
        Integer monthsLate,
        double fractionDone) {

    public boolean late() {
        return completedIn == null || monthsLate > 0;
    }
}
