package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.ValidationIssue;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.TrainingResult;

import java.util.Optional;

/**
 * One line of the workloads table, every cell already in words and units.
 *
 * @param problems the plan problems of this workload (unserved demand, no certified capacity, late …), one a line
 * @param worst    the worst severity among them; null when there are none
 */
public record WorkloadRow(String id, ElementKind kind, String name, String demand, String price, String priority,
                          String certifications, String outcome, String problems, Severity worst) {

    private static String problems(SimulationResult r, String id) {
        return r == null ? "" : r.issues().stream().filter(i -> i.elementId().equals(id) && i.severity() != Severity.INFO)
                .map(ValidationIssue::message).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Severity worst(SimulationResult r, String id) {
        return r == null ? null : r.issues().stream().filter(i -> i.elementId().equals(id))
                .map(ValidationIssue::severity).filter(s -> s != Severity.INFO).min(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    public static WorkloadRow of(Plan plan, InferenceService s, SimulationResult result) {
        String demand;
        String per = switch (s.demandUnit()) {
            case TOKENS_PER_DAY -> "/day";
            case REQUESTS_PER_DAY -> " req/day";
            case REQUESTS_PER_MONTH -> " req/month";
        };
        if (s.demand() instanceof DemandCurve.Growth g) {
            demand = Numbers.count(g.tokensPerDay()) + per + " " + (g.growthPerYear() >= 0 ? "+" : "")
                    + Numbers.percent(g.growthPerYear()) + "/yr from " + g.start();
        } else {
            DemandCurve.Points p = (DemandCurve.Points) s.demand();
            demand = p.points().size() + " points: " + Numbers.count(p.points().get(0).tokensPerDay()) + " → "
                    + Numbers.count(p.tokensPerDay(plan.end().minusMonths(1))) + per;
        }
        double decline = s.priceDeclinePerYear() != null ? s.priceDeclinePerYear()
                : plan.assumptions().tokenPriceDeclinePerYear();
        String price = Numbers.price(s.inputPriceUsdPerMillionTokens(), plan.currency()) + " in, "
                + Numbers.price(s.outputPriceUsdPerMillionTokens(), plan.currency()) + " out /Mtok −"
                + Numbers.percent(decline) + "/yr" + (s.peakToAverage() > 1.0
                ? " · peak " + Numbers.fixed(s.peakToAverage(), 1) + "× average" : "");
        String outcome = serviceResult(result, s.id()).map(r -> Numbers.percent(
                r.tokensDemanded().total() > 0 ? r.tokensServed().total() / r.tokensDemanded().total() : Double.NaN)
                + " served · " + Numbers.price(r.usdPerMillionTokens(), plan.currency()) + "/Mtok").orElse("");
        return new WorkloadRow(s.id(), ElementKind.SERVICE, s.name(), demand, price, "priority " + s.priority(),
                String.join(", ", s.requiredCertifications()), outcome, problems(result, s.id()), worst(result, s.id()));
    }

    public static WorkloadRow of(Plan plan, TrainingRun t, SimulationResult result) {
        String outcome = trainingResult(result, t.id()).map(r -> r.completedIn() == null
                ? "unfinished (" + Numbers.percent(r.fractionDone()) + " done)"
                : "done " + r.completedIn() + (r.monthsLate() > 0 ? ", " + r.monthsLate() + " months late" : ", on time"))
                .orElse("");
        return new WorkloadRow(t.id(), ElementKind.TRAINING, t.name(),
                String.format(java.util.Locale.US, "%.1e FLOP on ≥ %s GPUs", t.computeFlops(),
                        Numbers.whole(t.minGpusInOneSite())),
                Numbers.price(t.valueUsdPerGpuHour(), plan.currency()) + "/GPU-h",
                t.earliestStart() + " → " + t.deadline(), String.join(", ", t.requiredCertifications()), outcome,
                problems(result, t.id()), worst(result, t.id()));
    }

    private static Optional<ServiceResult> serviceResult(SimulationResult r, String id) {
        return r == null ? Optional.empty() : r.services().stream().filter(s -> s.serviceId().equals(id)).findFirst();
    }

    private static Optional<TrainingResult> trainingResult(SimulationResult r, String id) {
        return r == null ? Optional.empty() : r.training().stream().filter(t -> t.runId().equals(id)).findFirst();
    }
}
