package com.tokenfactory.app.gui.plan;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.Months;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * What a new element starts with when the user drops it on the canvas or adds it to a table. The figures that are
 * published facts carry their source in the element's {@code source}; the ones that are only a starting point say so,
 * so nobody mistakes them for a finding.
 */
public final class NewElements {
    static final String SITE_SOURCE = "New-site defaults, to be replaced with this site's figures: electricity "
            + "US industrial average 8.06¢/kWh (EIA 2023), escalation 1.6% a year (EIA Electric Power Annual, "
            + "Table 2.4, US industrial 2013–2023); PUE 1.3 (Uptime Institute: new builds 1.3 or better); build cost "
            + "$11.7M per MW (Cushman & Wakefield, Data Center Development Cost Guide 2025, US average); grid 100 MW "
            + "and its date are placeholders for the interconnect agreement";
    static final String PARTNER_SOURCE = "New-contract default, to be replaced with the partner's quote: H100 SXM "
            + "rents for $2.99 (Lambda) to $3.49 (RunPod) per GPU-hour (cliffcenter.com research note, May 2026); "
            + "the upper end taken";
    static final String SERVICE_SOURCE = "New-service defaults: model shape Llama 3.1 70B config.json served in FP8; "
            + "price Together AI list price for Llama 3.1 70B Instruct Turbo, $0.88 per million tokens (2024); demand "
            + "is a placeholder to be replaced with the service's forecast";
    static final String TRAINING_SOURCE = "New-run defaults: compute ~GPT-4's estimated 2e25 FLOP (Epoch AI); value "
            + "per GPU-hour at H100 rental prices ($2.99–3.49, cliffcenter.com May 2026); window and cluster size are "
            + "placeholders";

    /** Built to the SKU's scale-up domain: a pod is whole servers or racks. */
    private static final int MIN_DOMAINS = 1;

    private NewElements() {
    }

    public static Site site(String id, String name, YearMonth start) {
        return new Site(id, name, "Region not set", 0, 0, Collections.emptySortedSet(), 100, start, 1.3, 80.6, 0.016,
                11_700_000, List.of(), SITE_SOURCE);
    }

    /** A 20 MW hall whose construction starts at the plan start and takes 18 months. */
    public static Hall hall(String id, String name, YearMonth start) {
        return new Hall(id, name, 20, start, 18, null, null, List.of());
    }

    /**
     * A pod of {@code sku} that fills what the hall has left of its power (in whole scale-up domains, at least one),
     * installed when the hall powers on and the SKU exists.
     */
    public static GpuPod pod(String id, Plan plan, Site site, Hall hall, HardwareSku sku) {
        double usedW = hall.gpuPods().stream()
                .mapToDouble(d -> d.gpus() * plan.requireSku(d.skuId()).allInWattsPerGpu().value()).sum();
        double freeW = Math.max(0, hall.criticalItMw() * 1e6 - usedW);
        int domain = sku.scaleUpGpus();
        int domains = Math.max(MIN_DOMAINS, (int) Math.floor(freeW / (domain * sku.allInWattsPerGpu().value())));
        YearMonth install = Months.max(Months.max(site.powerOn(hall), sku.firstAvailable()), plan.start());
        return new GpuPod(id, sku.id(), domains * domain, install);
    }

    public static PartnerCloud partner(String id, String name, YearMonth start, HardwareSku sku) {
        return new PartnerCloud(id, name, "Partner cloud", sku.id(), 1024, 3.49,
                Months.max(start, sku.firstAvailable()), 36, ContractKind.ON_DEMAND, Collections.emptySortedSet(), 0,
                null, PARTNER_SOURCE);
    }

    public static InferenceService service(String id, String name, YearMonth start) {
        ModelShape llama70b = new ModelShape("Llama 3.1 70B (FP8)", 70.6, 70.6, 80, 8192, 64, 8, 131_072, 1.0, 1.0);
        return new InferenceService(id, name, new DemandCurve.Growth(start, 1e11, 0.5), 1500, 500, llama70b,
                LatencyClass.STANDARD, 0.88, null, new TreeSet<>(), 5, SERVICE_SOURCE);
    }

    public static TrainingRun training(String id, String name, YearMonth start) {
        return new TrainingRun(id, name, 2e25, start, start.plusMonths(12), 8192, new TreeSet<>(), 3.0,
                TRAINING_SOURCE);
    }

    /** A scenario that changes nothing until the user sets its levers. */
    public static Scenario scenario(String id, String name) {
        return new Scenario(id, name, null, 1.0, 0.0, null, null, 1.0, 0);
    }
}
