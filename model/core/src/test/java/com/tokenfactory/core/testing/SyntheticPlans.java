package com.tokenfactory.core.testing;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.LatencyClass;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Random but plausible plans for property tests and benchmarks, drawn from a seeded generator so every plan can be
 * rebuilt from its seed. Includes edge cases on purpose: certifications nobody holds, halls powered in the last
 * month, pods installed before power, zero demand.
 */
public final class SyntheticPlans {
    public static final YearMonth START = YearMonth.of(2026, 1);
    private static final String[] CERTS = {"FedRAMP High", "EU Data Boundary", "HIPAA"};
    private static final ModelShape[] MODELS = {
            new ModelShape("Dense 8B (BF16)", 8, 8, 32, 4096, 32, 8, 131_072, 2, 2),
            new ModelShape("Dense 70B (FP8)", 70, 70, 80, 8192, 64, 8, 131_072, 1, 1),
            new ModelShape("Dense 405B (FP8)", 405, 405, 126, 16_384, 128, 8, 131_072, 1, 1),
            new ModelShape("MoE 400B / 17B active (FP8)", 400, 17, 48, 5120, 40, 8, 1_000_000, 1, 1),
    };

    private SyntheticPlans() {
    }

    public static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** A small plan: 1–4 sites, 0–2 partner contracts, 1–5 services, 0–2 training runs, 12–60 months. */
    public static Plan small(long seed) {
        UniformRandomProvider r = rng(seed);
        return generate(r, "Random plan " + seed, 1 + r.nextInt(4), 1 + r.nextInt(5), r.nextInt(3), r.nextInt(3),
                12 + r.nextInt(49));
    }

    /** The benchmark plan: 100 sites of two halls, 40 services, 10 training runs, 5 partner contracts, 60 months. */
    public static Plan large(long seed) {
        return generate(rng(seed), "Synthetic 100-site plan", 100, 40, 10, 5, 60);
    }

    private static Plan generate(UniformRandomProvider r, String name, int nSites, int nServices, int nRuns,
                                 int nPartners, int horizon) {
        List<HardwareSku> catalog = BuiltInCatalog.skus();
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < nSites; i++) {
            sites.add(site(r, i, catalog, horizon));
        }
        List<PartnerCloud> partners = new ArrayList<>();
        for (int i = 0; i < nPartners; i++) {
            HardwareSku sku = catalog.get(r.nextInt(3));
            partners.add(new PartnerCloud("partner-" + i, "Partner " + i, "Cloud " + i, sku.id(),
                    100 + r.nextInt(5000), 1.5 + 2.5 * r.nextDouble(), START.plusMonths(r.nextInt(12)),
                    12 + r.nextInt(37), r.nextBoolean() ? ContractKind.COMMITTED : ContractKind.ON_DEMAND,
                    certs(r), r.nextInt(7), null, null));
        }
        List<InferenceService> services = new ArrayList<>();
        for (int i = 0; i < nServices; i++) {
            double perDay = r.nextInt(10) == 0 ? 0.0 : Math.pow(10, 9 + 3 * r.nextDouble());
            services.add(new InferenceService("svc-" + i, "Service " + i,
                    new DemandCurve.Growth(START.plusMonths(r.nextInt(12)), perDay, 2.0 * r.nextDouble()),
                    200 + r.nextInt(3800), 100 + r.nextInt(900), MODELS[r.nextInt(MODELS.length)],
                    LatencyClass.values()[r.nextInt(3)], 0.1 + 10 * r.nextDouble(), 0.5 * r.nextDouble(),
                    r.nextInt(4) == 0 ? certs(r) : new TreeSet<>(), 1 + r.nextInt(5), null));
        }
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < nRuns; i++) {
            YearMonth start = START.plusMonths(r.nextInt(12));
            runs.add(new TrainingRun("run-" + i, "Run " + i, Math.pow(10, 23 + 2 * r.nextDouble()), start,
                    start.plusMonths(6 + r.nextInt(25)), 256 + r.nextInt(8000),
                    r.nextInt(4) == 0 ? certs(r) : new TreeSet<>(), 1 + 2 * r.nextDouble(), null));
        }
        return new Plan(name, null, START, horizon, "USD", Assumptions.defaults(), catalog, sites, partners, services,
                runs, List.of(), null, Map.of());
    }

    private static Site site(UniformRandomProvider r, int i, List<HardwareSku> catalog, int horizon) {
        List<Hall> halls = new ArrayList<>();
        int nHalls = 1 + r.nextInt(3);
        for (int j = 0; j < nHalls; j++) {
            YearMonth buildStart = START.plusMonths(r.nextInt(37) - 12);
            int build = 6 + r.nextInt(13);
            double mw = 5 + r.nextInt(96);
            List<GpuPod> pods = new ArrayList<>();
            int nPods = r.nextInt(4);
            for (int k = 0; k < nPods; k++) {
                HardwareSku sku = catalog.get(r.nextInt(catalog.size()));
                int gpus = 100 + r.nextInt((int) Math.max(1, mw * 1e6 / sku.allInWattsPerGpu().value() / nPods));
                YearMonth install = buildStart.plusMonths(build + r.nextInt(25) - 3);
                pods.add(new GpuPod("pod-" + i + "-" + j + "-" + k, sku.id(), gpus, install));
            }
            YearMonth energization = r.nextInt(10) == 0 ? START.plusMonths(horizon - 1) : null;
            if (energization != null && energization.isBefore(buildStart)) {
                energization = null;
            }
            halls.add(new Hall("hall-" + i + "-" + j, "Hall " + (j + 1), mw, buildStart, build, energization, null,
                    pods));
        }
        return new Site("site-" + i, "Site " + i, "Region " + (i % 7), -60 + 120 * r.nextDouble(),
                -170 + 340 * r.nextDouble(), certs(r), 50 + r.nextInt(451), START.plusMonths(r.nextInt(25) - 12),
                1.1 + 0.5 * r.nextDouble(), 40 + 80 * r.nextDouble(), 0.04 * r.nextDouble(),
                9e6 + 6e6 * r.nextDouble(), halls, null);
    }

    private static SortedSet<String> certs(UniformRandomProvider r) {
        SortedSet<String> out = new TreeSet<>();
        for (String c : CERTS) {
            if (r.nextInt(3) == 0) {
                out.add(c);
            }
        }
        return out;
    }
}
