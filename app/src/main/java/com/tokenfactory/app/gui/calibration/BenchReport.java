package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.ResultsTable;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.RunOutcome;

/**
 * What {@code tokenfactory bench} prints for a run: the results table and the fitted calibration, a note when the
 * run fell back to the CPU, and — when there is no calibration — the one line that says why.
 *
 * @param text    for standard output; empty when a failed run has nothing to show beyond its reason
 * @param failure the one-line reason when the run failed, was cancelled or could not be fitted; null on success
 */
public record BenchReport(String text, String failure) {

    public static BenchReport of(MeasurementOutcome outcome) {
        BenchmarkRun run = outcome.run();
        if (run.outcome() == RunOutcome.FAILED && run.shapes().isEmpty() && run.notes().isEmpty()) {
            return new BenchReport("", run.outcomeMessage());
        }
        StringBuilder text = new StringBuilder(ResultsTable.format(run));
        if (run.outcome() != RunOutcome.COMPLETED) {
            return new BenchReport(text.toString(), run.outcomeMessage());
        }
        if (outcome.fit() == null) {
            return new BenchReport(text.toString(), "no calibration: " + outcome.fitProblem());
        }
        text.append('\n').append(ResultsTable.format(outcome.fit()));
        if (run.device().fallbackReason() != null) {
            text.append('\n').append("Note: ").append(run.device().fallbackReason())
                    .append(" A CPU measurement does not describe a GPU: only its fixed overhead carries over.\n");
        }
        return new BenchReport(text.toString(), null);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
