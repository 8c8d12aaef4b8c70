package com.tokenfactory.core.engine;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.IssueKind;
import com.tokenfactory.core.result.ValidationIssue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a run found that the plan alone cannot show: unserved demand and training runs that finish late or never. */
final class RunFindings {
    private RunFindings() {
    }

    static List<ValidationIssue> of(SimulationInputs in, Ledger ledger) {
        int months = in.months;
        YearMonth[] calendar = in.calendar;
        List<ValidationIssue> out = new ArrayList<>();
        for (int s = 0; s < in.services.size(); s++) {
            InferenceService svc = in.services.get(s);
            int shortMonths = 0;
            int byChoice = 0;
            int first = -1;
            double worst = 0;
            double unserved = 0;
            for (int m = 0; m < months; m++) {
                double missing = ledger.svcDemand[s][m] - ledger.svcServed[s][m];
                if (missing > ledger.svcDemand[s][m] * 1e-9 && missing > 0) {
                    shortMonths++;
                    if (first < 0) {
                        first = m;
                    }
                    worst = Math.max(worst, missing / ledger.svcDemand[s][m]);
                    unserved += missing;
                    if (ledger.svcDeclinedAtLoss[s][m]) {
                        byChoice++;
                    }
                }
            }
            if (shortMonths > 0) {
                String why = byChoice == 0 ? "" : String.format(Locale.ROOT, " In %d of those months capacity was left "
                        + "unused because serving there costs more per token than the price; mark the service "
                        + "'serve at a loss' to serve it anyway.", byChoice);
                out.add(new ValidationIssue(IssueKind.UNSERVED_DEMAND, svc.id(), String.format(Locale.ROOT,
                        "%s cannot be fully served in %d months from %s (worst month %.0f%% unserved; %s in all).%s",
                        svc.name(), shortMonths, calendar[first], worst * 100, Amounts.tokens(unserved), why)));
            }
        }
        for (int r = 0; r < in.runs.size(); r++) {
            TrainingRun run = in.runs.get(r);
            if (ledger.runCompleted[r] == null) {
                double done = Arrays.stream(ledger.runFlops[r]).sum() / run.computeFlops();
                out.add(new ValidationIssue(IssueKind.TRAINING_LATE, run.id(), String.format(Locale.ROOT,
                        "%s does not finish within the plan (%.0f%% done by %s; deadline %s).",
                        run.name(), done * 100, calendar[months - 1], run.deadline())));
            } else if (ledger.runCompleted[r].isAfter(run.deadline())) {
                out.add(new ValidationIssue(IssueKind.TRAINING_LATE, run.id(), String.format(Locale.ROOT,
                        "%s finishes in %s, %d months after its deadline (%s).", run.name(), ledger.runCompleted[r],
                        Months.between(run.deadline(), ledger.runCompleted[r]), run.deadline())));
            }
        }
        return out;
    }
}
