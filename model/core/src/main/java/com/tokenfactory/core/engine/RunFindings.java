package com.tokenfactory.core.engine;

import com.tokenfactory.core.format.Numbers;
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
                out.add(unservedDemand(svc, shortMonths, calendar[first], worst, unserved, byChoice));
            }
        }
        for (int r = 0; r < in.runs.size(); r++) {
            TrainingRun run = in.runs.get(r);
            YearMonth completed = ledger.runCompleted[r];
            if (completed == null) {
                double done = Arrays.stream(ledger.runFlops[r]).sum() / run.computeFlops();
                YearMonth last = calendar[months - 1];
                out.add(ValidationIssue.deferred(IssueKind.TRAINING_LATE, run.id(), () -> String.format(Locale.ROOT,
                        "%s does not finish within the plan (%.0f%% done by %s; deadline %s).",
                        run.name(), done * 100, last, run.deadline())));
            } else if (completed.isAfter(run.deadline())) {
                out.add(ValidationIssue.deferred(IssueKind.TRAINING_LATE, run.id(), () -> String.format(Locale.ROOT,
                        "%s finishes in %s, %d months after its deadline (%s).", run.name(), completed,
                        Months.between(run.deadline(), completed), run.deadline())));
            }
        }
        return out;
    }

    private static ValidationIssue unservedDemand(InferenceService svc, int shortMonths, YearMonth from, double worst,
                                                  double tokens, int byChoice) {
        return ValidationIssue.deferred(IssueKind.UNSERVED_DEMAND, svc.id(), () -> {
            String why = byChoice == 0 ? "" : String.format(Locale.ROOT, " In %d of those months capacity was left "
                    + "unused because serving there costs more per token than the price; mark the service "
                    + "'serve at a loss' to serve it anyway.", byChoice);
            return String.format(Locale.ROOT,
                    "%s cannot be fully served in %d months from %s (worst month %.0f%% unserved; %s in all).%s",
                    svc.name(), shortMonths, from, worst * 100, Numbers.tokens(tokens) + " tokens", why);
        });
    }
}
