package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * What the build-out looks like in one month: which halls are energized, which pods installed and in service, which
 * contracts running. Uses the engine's rules (docs/engine.md step 1): a hall powers on at the later of its
 * energization and its site's grid date; a pod serves from the later of its install and its hall's power-on for the
 * plan's economic life; a contract during its term.
 */
public final class BuildOutAtMonth {
    /** An element's state at the month, with a short note such as "powered since 2027-06". */
    public record Status(Presence presence, String note) {
    }

    private final Plan plan;
    private final YearMonth month;
    private final int lifeMonths;

    public BuildOutAtMonth(Plan plan, YearMonth month) {
        this.plan = plan;
        this.month = month;
        this.lifeMonths = plan.assumptions().economicLifeMonths();
    }

    public YearMonth month() {
        return month;
    }

    /** Status of every site, hall, pod and partner contract. */
    public Map<String, Status> statuses() {
        Map<String, Status> out = new HashMap<>();
        for (Site site : plan.sites()) {
            out.put(site.id(), site(site));
            for (Hall hall : site.halls()) {
                out.put(hall.id(), hall(site, hall));
                for (GpuPod pod : hall.gpuPods()) {
                    out.put(pod.id(), pod(site, hall, pod));
                }
            }
        }
        for (PartnerCloud c : plan.partners()) {
            out.put(c.id(), partner(c));
        }
        return out;
    }

    public Status site(Site site) {
        boolean anyPowered = false;
        boolean anyBuilding = false;
        for (Hall hall : site.halls()) {
            Presence p = hall(site, hall).presence();
            anyPowered |= p == Presence.ACTIVE;
            anyBuilding |= p == Presence.BUILDING || p == Presence.WAITING_FOR_POWER;
        }
        String grid = month.isBefore(site.gridAvailable()) ? "grid from " + site.gridAvailable()
                : "grid live since " + site.gridAvailable();
        if (anyPowered) {
            return new Status(Presence.ACTIVE, grid);
        }
        if (anyBuilding) {
            return new Status(month.isBefore(site.gridAvailable()) ? Presence.WAITING_FOR_POWER : Presence.BUILDING, grid);
        }
        return new Status(Presence.PLANNED, grid);
    }

    public Status hall(Site site, Hall hall) {
        YearMonth powerOn = site.powerOn(hall);
        if (month.isBefore(hall.constructionStart())) {
            return new Status(Presence.PLANNED, "construction from " + hall.constructionStart());
        }
        if (month.isBefore(hall.energizationMonth())) {
            return new Status(Presence.BUILDING, "energized " + hall.energizationMonth());
        }
        if (month.isBefore(powerOn)) {
            return new Status(Presence.WAITING_FOR_POWER, "built, waits for the grid until " + powerOn);
        }
        return new Status(Presence.ACTIVE, "powered since " + powerOn);
    }

    public Status pod(Site site, Hall hall, GpuPod pod) {
        YearMonth powerOn = site.powerOn(hall);
        YearMonth serviceStart = Months.max(pod.install(), powerOn);
        YearMonth retire = serviceStart.plusMonths(lifeMonths);
        if (month.isBefore(pod.install())) {
            return new Status(Presence.PLANNED, "installs " + pod.install());
        }
        if (!month.isBefore(retire)) {
            return new Status(Presence.RETIRED, "retired " + retire);
        }
        if (month.isBefore(powerOn)) {
            return new Status(Presence.WAITING_FOR_POWER, "installed " + pod.install() + ", dark until " + powerOn);
        }
        return new Status(Presence.ACTIVE, "in service " + serviceStart + " – " + retire.minusMonths(1));
    }

    public Status partner(PartnerCloud c) {
        if (month.isBefore(c.start())) {
            return new Status(Presence.PLANNED, "starts " + c.start());
        }
        if (!month.isBefore(c.end())) {
            return new Status(Presence.ENDED, "ended " + c.end().minusMonths(1));
        }
        return new Status(Presence.ACTIVE, "until " + c.end().minusMonths(1));
    }

    /**
     * IT power the hall's installed pods draw at full load in this month, MW: pods installed and not yet retired
     * (dark pods count; the hall must be able to power them), as the plan's power check counts them.
     */
    public double hallItLoadMw(Site site, Hall hall) {
        YearMonth powerOn = site.powerOn(hall);
        double watts = 0;
        for (GpuPod pod : hall.gpuPods()) {
            YearMonth retire = Months.max(pod.install(), powerOn).plusMonths(lifeMonths);
            if (!month.isBefore(pod.install()) && month.isBefore(retire)) {
                watts += pod.gpus() * plan.requireSku(pod.skuId()).allInWattsPerGpu().value();
            }
        }
        return watts / 1e6;
    }

    /** GPUs serving in this month: pods in service and partner GPUs under an active contract. */
    public long gpusInService() {
        long gpus = 0;
        for (Site site : plan.sites()) {
            for (Hall hall : site.halls()) {
                for (GpuPod pod : hall.gpuPods()) {
                    if (pod(site, hall, pod).presence() == Presence.ACTIVE) {
                        gpus += pod.gpus();
                    }
                }
            }
        }
        for (PartnerCloud c : plan.partners()) {
            if (c.activeIn(month)) {
                gpus += c.gpus();
            }
        }
        return gpus;
    }

    /** The first month with the most GPUs in service: where the timeline opens, the build-out at its fullest. */
    public static int busiestMonth(Plan plan) {
        int best = 0;
        long most = -1;
        for (int m = 0; m < plan.horizonMonths(); m++) {
            long gpus = new BuildOutAtMonth(plan, plan.month(m)).gpusInService();
            if (gpus > most) {
                most = gpus;
                best = m;
            }
        }
        return best;
    }

    /** The most IT power the hall's pods draw in any month of the plan, MW. */
    public static double hallPeakItLoadMw(Plan plan, Site site, Hall hall) {
        double peak = 0;
        for (GpuPod pod : hall.gpuPods()) {
            peak = Math.max(peak, new BuildOutAtMonth(plan, pod.install()).hallItLoadMw(site, hall));
        }
        return peak;
    }
}
