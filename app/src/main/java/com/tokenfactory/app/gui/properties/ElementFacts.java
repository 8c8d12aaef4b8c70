package com.tokenfactory.app.gui.properties;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.canvas.BuildOutAtMonth;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.TrainingResult;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** What follows from an element's figures, shown under its form so the user need not work it out. */
public final class ElementFacts {
    private ElementFacts() {
    }

    /** Lines such as "Peak IT load 44.6 MW of 50 MW"; {@code result} may be null (not computed yet). */
    public static List<String> of(Plan plan, String id, ElementKind kind, SimulationResult result) {
        String c = plan.currency();
        List<String> out = new ArrayList<>();
        switch (kind) {
            case SITE -> site(plan, PlanElements.site(plan, id).orElseThrow(), out);
            case HALL -> {
                PlanElements.PlacedHall p = PlanElements.hall(plan, id).orElseThrow();
                Hall hall = p.hall();
                out.add("Powers on " + p.site().powerOn(hall) + (p.site().powerOn(hall).equals(hall.energizationMonth())
                        ? "" : " (waits for the grid; built " + hall.energizationMonth() + ")"));
                double peak = BuildOutAtMonth.hallPeakItLoadMw(plan, p.site(), hall);
                out.add("Peak IT load " + Numbers.plain(peak, 1) + " MW of " + Numbers.plain(hall.criticalItMw(), 1)
                        + " MW" + (peak > hall.criticalItMw() ? " — over the hall's power" : ""));
                out.add("Facility capex " + Numbers.money(hall.facilityCapex(p.site()), c));
            }
            case POD -> {
                PlanElements.PlacedPod p = PlanElements.pod(plan, id).orElseThrow();
                GpuPod d = p.pod();
                HardwareSku sku = plan.requireSku(d.skuId());
                out.add(sku.name());
                out.add("IT power at full load " + Numbers.plain(d.gpus() * sku.allInWattsPerGpu().value() / 1e6, 1)
                        + " MW (" + Numbers.whole(sku.allInWattsPerGpu().value()) + " W per GPU)");
                out.add("GPU capex " + Numbers.money(d.gpus() * sku.priceUsdPerGpu().value(), c) + " in " + d.install());
                YearMonth start = Months.max(d.install(), p.site().powerOn(p.hall()));
                int life = plan.assumptions().economicLifeMonths();
                out.add("In service " + start + " – " + start.plusMonths(life).minusMonths(1));
            }
            case PARTNER -> {
                PartnerCloud k = PlanElements.partner(plan, id).orElseThrow();
                out.add("Full use costs " + Numbers.money(k.gpus() * k.usdPerGpuHour() * 730, c) + " a month");
                out.add("Term " + k.start() + " – " + k.end().minusMonths(1) + "; sign by " + k.signBy());
                if (result != null) {
                    result.contracts().stream().filter(r -> r.contractId().equals(id)).findFirst().ifPresent(r ->
                            out.add("Fees over the plan " + Numbers.money(r.fees().total(), c) + ", used "
                                    + Numbers.percent(ratio(r.busyGpuHours().total(), r.availableGpuHours().total()))));
                }
            }
            case SERVICE -> service(plan, PlanElements.service(plan, id).orElseThrow(), result, out);
            case TRAINING -> training(plan, PlanElements.training(plan, id).orElseThrow(), result, out);
        }
        return out;
    }

    private static void site(Plan plan, Site site, List<String> out) {
        double it = site.halls().stream().mapToDouble(Hall::criticalItMw).sum();
        out.add(site.halls().size() + (site.halls().size() == 1 ? " hall, " : " halls, ") + Numbers.plain(it, 1)
                + " MW critical IT");
        out.add("At full load " + Numbers.plain(it * site.pue(), 1) + " MW at the meter of "
                + Numbers.plain(site.gridMw(), 1) + " MW grid" + (it * site.pue() > site.gridMw() ? " — over the grid" : ""));
        long gpus = site.halls().stream().flatMap(p -> p.gpuPods().stream()).mapToLong(GpuPod::gpus).sum();
        out.add(Numbers.whole(gpus) + " GPUs installed over the plan");
    }

    private static void service(Plan plan, InferenceService s, SimulationResult result, List<String> out) {
        YearMonth last = plan.end().minusMonths(1);
        YearMonth first = plan.start();
        if (s.demand() instanceof DemandCurve.Growth g && g.start().isAfter(first)) {
            first = g.start();
        } else if (s.demand() instanceof DemandCurve.Points p && p.points().get(0).month().isAfter(first)) {
            first = p.points().get(0).month();
        }
        out.add("Demand " + Numbers.tokens(s.tokensPerDay(first)) + " → "
                + Numbers.tokens(s.tokensPerDay(last)) + " tokens/day (" + first + " → " + last + ")");
        if (s.demandUnit().requests()) {
            out.add("= " + Numbers.count(s.demand().tokensPerDay(first)) + " → "
                    + Numbers.count(s.demand().tokensPerDay(last)) + " " + s.demandUnit().label() + " at "
                    + Numbers.count(s.tokensPerRequest()) + " tokens a request");
        }
        if (s.demand() instanceof DemandCurve.Points points) {
            out.add(points.points().size() + " demand points");
        }
        if (result != null) {
            result.services().stream().filter(r -> r.serviceId().equals(s.id())).findFirst().ifPresent(r -> {
                out.add("Served " + Numbers.percent(ratio(r.tokensServed().total(), r.tokensDemanded().total()))
                        + " of demand, " + Numbers.percent(ratio(r.tokensServedRented().total(), r.tokensServed().total()))
                        + " of it on partner clouds");
                out.add("Revenue " + Numbers.money(r.revenue().total(), plan.currency()) + ", cost "
                        + Numbers.price(r.usdPerMillionTokens(), plan.currency()) + " per Mtok");
            });
        }
    }

    private static void training(Plan plan, TrainingRun t, SimulationResult result, List<String> out) {
        out.add("Window " + t.earliestStart() + " – " + t.deadline() + " ("
                + (Months.between(t.earliestStart(), t.deadline()) + 1) + " months)");
        if (result != null) {
            result.training().stream().filter(r -> r.runId().equals(t.id())).findFirst().ifPresent(r ->
                    out.add(completion(r)));
        }
    }

    private static String completion(TrainingResult r) {
        if (r.completedIn() == null) {
            return "Not finished by the horizon's end (" + Numbers.percent(r.fractionDone()) + " done)";
        }
        return "Finishes " + r.completedIn() + (r.monthsLate() > 0 ? ", " + r.monthsLate() + " months late" : ", on time");
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }
}
