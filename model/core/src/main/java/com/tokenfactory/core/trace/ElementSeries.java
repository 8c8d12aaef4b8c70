package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.ContractResult;
import com.tokenfactory.core.result.SiteResult;
import com.tokenfactory.core.result.SkuResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.result.TrainingResult;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static com.tokenfactory.core.trace.Leaves.percent;

/**
 * The chart series that are not plan-wide money: per site (facility energy, electricity), per SKU (IT capex), per
 * partner cloud (fees), per training run (revenue), the GPU counts of the capacity chart and the running totals of the
 * capex and cash charts. A series that is zero says why where the plan shows a reason (no pod installs, the contract
 * has not started, no GPUs in service).
 */
final class ElementSeries {
    private final Leaves l;
    private final MonthlyTrees monthly;
    private final CellTrees cells;
    private final Totals t;

    ElementSeries(Leaves leaves, MonthlyTrees monthly, CellTrees cells) {
        this.l = leaves;
        this.monthly = monthly;
        this.cells = cells;
        this.t = leaves.t;
    }

    // ---------------------------------------------------------------------------------------------- sites

    Explanation siteEnergy(int si, Span s) {
        SiteResult sr = l.result.sites().get(si);
        return l.sum("Facility energy at " + sr.name() + ", " + s.label(), "E", sr.facilityMwh().sum(s.from(), s.to()),
                "MWh", s, m -> whySiteIdle(monthly.siteEnergy(sr, m), si, m));
    }

    Explanation siteElectricity(int si, Span s) {
        SiteResult sr = l.result.sites().get(si);
        return l.sum("Electricity at " + sr.name() + ", " + s.label(), "Elec",
                sr.electricityCost().sum(s.from(), s.to()), l.currency, s,
                m -> whySiteIdle(monthly.siteElectricity(sr, m), si, m));
    }

    private Explanation whySiteIdle(Explanation e, int si, int m) {
        if (e.value() != 0) {
            return e;
        }
        Site site = l.plan.sites().get(si);
        if (l.result.sites().get(si).gpusOnline().get(m) > 0) {
            return e.withWhy("the GPUs at " + site.id() + " drew no power in " + l.result.month(m));
        }
        List<String> halls = new ArrayList<>();
        for (Hall p : site.halls()) {
            halls.add(p.id() + " energizes " + p.energizationMonth()
                    + (p.gpuPods().isEmpty() ? " with no pods" : ", first pod installs "
                    + p.gpuPods().stream().map(GpuPod::install).min(Comparable::compareTo).orElseThrow()));
        }
        return e.withWhy("no GPUs are in service at " + site.id() + " in " + l.result.month(m) + " ("
                + (halls.isEmpty() ? "the site has no halls" : String.join("; ", halls)) + "; grid from "
                + site.gridAvailable() + ")");
    }

    // ---------------------------------------------------------------------------------------------- SKUs

    /** IT capex of one SKU: every pod of it installed in the month, GPUs × catalog price × (1 + extras). */
    Explanation skuCapexIt(String skuId, Span s) {
        SkuResult sku = l.result.skus().stream().filter(r -> r.skuId().equals(skuId)).findFirst().orElseThrow();
        return l.sum("IT capex for " + sku.name() + ", " + s.label(), "Cⁱ", sku.capexIt().sum(s.from(), s.to()),
                l.currency, s, m -> skuCapexIt(sku, m));
    }

    private Explanation skuCapexIt(SkuResult sku, int m) {
        int k = l.skuIndex(sku.skuId());
        HardwareSku hw = l.plan.catalog().get(k);
        Sourced price = hw.priceUsdPerGpu();
        Explanation priceLeaf = Explanation.leaf("Catalog price of a " + hw.name(), "P", price.value(),
                l.currency + "/GPU", new Origin(price.source().equals(Sourced.USER_ENTERED)
                        ? Provenance.PLANNERS_ASSUMPTION : Provenance.SOURCED_DEFAULT,
                        "catalog[" + k + "].priceUsdPerGpu", price.source()
                        + (price.lowConfidence() ? " (low confidence)" : "")));
        Explanation extra = l.assumption("Networking, storage and spares", "x", "itCapexExtraShare",
                l.plan.assumptions().itCapexExtraShare(), "of the GPU price");
        Explanation allIn = Explanation.node("Installed price of a " + hw.name(), "P′",
                price.value() * (1.0 + extra.value()), l.currency + "/GPU", Operation.GROWTH, 1, "P × (1 + x)",
                List.of(priceLeaf, extra));
        List<Explanation> pods = new ArrayList<>();
        List<String> installs = new ArrayList<>();
        for (int si = 0; si < l.plan.sites().size(); si++) {
            Site site = l.plan.sites().get(si);
            for (int j = 0; j < site.halls().size(); j++) {
                Hall hall = site.halls().get(j);
                for (int d = 0; d < hall.gpuPods().size(); d++) {
                    GpuPod pod = hall.gpuPods().get(d);
                    if (!pod.skuId().equals(sku.skuId())) {
                        continue;
                    }
                    installs.add(pod.install() + " (" + site.id() + "/" + hall.id() + "/" + pod.id() + ")");
                    if (l.result.start().until(pod.install(), ChronoUnit.MONTHS) != m) {
                        continue;
                    }
                    String path = "sites[" + si + "].phases[" + j + "].deployments[" + d + "]";
                    Explanation gpus = Explanation.leaf("GPUs in pod " + pod.id() + " at " + site.id() + "/" + hall.id(),
                            "n", pod.gpus(), "GPUs", new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".gpus",
                                    l.siteSource(si)));
                    pods.add(Explanation.node("Pod " + pod.id() + " at " + site.id() + "/" + hall.id() + l.at(m), "C",
                            gpus.value() * allIn.value(), l.currency, Operation.PRODUCT, 1, "n × P′",
                            List.of(gpus, allIn)));
                }
            }
        }
        Explanation e = Explanation.node("IT capex for " + sku.name() + l.at(m), "Cⁱ", sku.capexIt().get(m),
                l.currency, Operation.SUM, 0, "Σ pods of " + sku.skuId() + " installed in " + l.result.month(m)
                        + " (capex falls at install)", pods);
        if (pods.isEmpty()) {
            e = e.withWhy(installs.isEmpty() ? "no pod in the plan uses " + sku.skuId()
                    : "no pod of " + sku.skuId() + " installs in " + l.result.month(m) + "; its pods install in "
                    + String.join(", ", installs.subList(0, Math.min(5, installs.size())))
                    + (installs.size() > 5 ? ", …" : ""));
        }
        return e;
    }

    // ---------------------------------------------------------------------------------------------- partners

    Explanation contractFees(String id, Span s) {
        ContractResult c = l.result.contracts().stream().filter(r -> r.contractId().equals(id)).findFirst()
                .orElseThrow();
        return l.sum("Fees to " + c.name() + ", " + s.label(), "R", c.fees().sum(s.from(), s.to()), l.currency, s,
                m -> contractFees(c, m));
    }

    private Explanation contractFees(ContractResult c, int m) {
        int i = l.partnerIndex(c.contractId());
        PartnerCloud p = l.plan.partners().get(i);
        String path = "partners[" + i + "]";
        Explanation price = Explanation.leaf("Price per GPU-hour", "p", p.usdPerGpuHour(), l.currency + "/GPU-hour",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".usdPerGpuHour", l.partnerSource(i)));
        Explanation e;
        if (c.kind() == ContractKind.COMMITTED) {
            Explanation gpus = Explanation.leaf("GPUs contracted" + l.at(m), "n", c.gpus().get(m), "GPUs",
                    new Origin(Provenance.DERIVED, "result.contracts[" + c.contractId() + "].gpus",
                            path + ".gpus = " + p.gpus() + " while the contract runs, " + p.start() + " to "
                                    + p.end().minusMonths(1) + " (" + path + ".start, termMonths)"));
            e = Explanation.node("Fees to " + c.name() + l.at(m), "R", c.fees().get(m), l.currency, Operation.PRODUCT,
                    1, "take-or-pay: n × hours × p", List.of(gpus, hours(m), price));
        } else {
            e = Explanation.leaf("Fees to " + c.name() + l.at(m), "R", c.fees().get(m), l.currency,
                    new Origin(Provenance.DERIVED, "result.contracts[" + c.contractId() + "].fees",
                            "GPU-hours the monthly allocator rented on demand × " + path + ".usdPerGpuHour ("
                                    + p.usdPerGpuHour() + ")"));
        }
        if (e.value() == 0) {
            e = e.withWhy(!p.activeIn(l.result.month(m)) ? c.contractId() + " runs " + p.start() + " to "
                    + p.end().minusMonths(1) + ", not in " + l.result.month(m)
                    : "nothing was rented from " + c.contractId() + " on demand in " + l.result.month(m));
        }
        return e;
    }

    private Explanation hours(int m) {
        return Explanation.leaf("Hours in " + l.result.month(m), "h", l.result.hours(m), "hours",
                new Origin(Provenance.DERIVED, "calendar[" + l.result.month(m) + "]", "days in the month × 24"));
    }

    // ---------------------------------------------------------------------------------------------- training

    Explanation runRevenue(String id, Span s) {
        TrainingResult r = l.result.training().stream().filter(x -> x.runId().equals(id)).findFirst().orElseThrow();
        return l.sum("Revenue of " + r.name() + ", " + s.label(), "Revᵗ", r.value().sum(s.from(), s.to()), l.currency,
                s, m -> runRevenue(r, m));
    }

    private Explanation runRevenue(TrainingResult r, int m) {
        int i = l.runIndex(r.runId());
        TrainingRun run = l.plan.trainingRuns().get(i);
        String path = "trainingRuns[" + i + "]";
        Explanation flops = Explanation.leaf("FLOPs delivered to " + r.name() + l.at(m), "F", r.flops().get(m), "FLOP",
                new Origin(Provenance.DERIVED, "result.training[" + r.runId() + "].flops",
                        "GPU-hours the monthly allocator gave the run × each SKU's dense BF16 peak × assumptions"
                                + ".trainingMfu (" + percent(l.plan.assumptions().trainingMfu()) + ")"));
        Explanation value = Explanation.leaf("Value per reference GPU-hour", "v", run.valueUsdPerGpuHour(),
                l.currency + "/GPU-hour", new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".valueUsdPerGpuHour",
                        l.runSource(i)));
        Explanation e = Explanation.node("Revenue of " + r.name() + l.at(m), "Revᵗ", r.value().get(m), l.currency,
                Operation.PRODUCT, 1 / TrainingRun.REFERENCE_FLOP_PER_GPU_HOUR,
                "F ÷ 1.424×10¹⁸ FLOP (an H100 at 40% MFU for an hour) × v", List.of(flops, value));
        if (e.value() == 0) {
            var month = l.result.month(m);
            e = e.withWhy(month.isBefore(run.earliestStart()) ? r.runId() + " starts no earlier than "
                    + run.earliestStart() + " (" + path + ".earliestStart)"
                    : r.completedIn() != null && month.isAfter(r.completedIn()) ? r.runId() + " finished in "
                    + r.completedIn()
                    : "no capacity" + (run.requiredCertifications().isEmpty() ? "" : " certified "
                    + String.join(", ", run.requiredCertifications())) + " with " + run.minGpusInOneSite()
                    + " GPUs in one site had room for " + r.runId() + " in " + month);
        }
        return e;
    }

    // ---------------------------------------------------------------------------------------------- GPUs

    /** A GPU count over a span: the month's, or the mean of the span's months (as the charts roll GPUs up). */
    private Explanation mean(String label, String symbol, Span s, IntFunction<Explanation> month) {
        if (s.month()) {
            return month.apply(s.from());
        }
        List<Explanation> months = new ArrayList<>();
        double total = 0;
        for (int m = s.from(); m < s.to(); m++) {
            months.add(month.apply(m));
            total += months.get(months.size() - 1).value();
        }
        Explanation sum = Explanation.node(label + ", Σ over " + s.label(), symbol, total, "GPU-months",
                Operation.SUM, 0, "Σ over " + s.months() + " months", months);
        return Explanation.node(label + ", " + s.label() + " (mean)", symbol, total / s.months(), "GPUs",
                Operation.PRODUCT, 1.0 / s.months(), "Σ ÷ " + s.months() + " months", List.of(sum));
    }

    Explanation gpusOwned(Span s) {
        return mean("Owned GPUs online", "Nₒ", s, this::gpusOwned);
    }

    private Explanation gpusOwned(int m) {
        List<Explanation> sites = new ArrayList<>();
        for (int si = 0; si < l.result.sites().size(); si++) {
            SiteResult sr = l.result.sites().get(si);
            sites.add(Explanation.leaf("GPUs in service at " + sr.name() + l.at(m), "Nₒ", sr.gpusOnline().get(m),
                    "GPUs", new Origin(Provenance.DERIVED, "result.sites[" + sr.siteId() + "].gpusOnline",
                            "pods of sites[" + si + "] from max(install, hall energized) until their economic life"
                                    + " ends (assumptions.gpuEconomicLifeYears); " + l.siteSource(si))));
        }
        Explanation e = Explanation.node("Owned GPUs online" + l.at(m), "Nₒ", t.gpusOwned().get(m), "GPUs",
                Operation.SUM, 0, "Σ sites' GPUs in service", sites);
        return e.value() == 0 ? e.withWhy("no pod is in service in " + l.result.month(m)
                + " (none installed yet in a powered hall, or all retired)") : e;
    }

    Explanation gpusRented(Span s) {
        return mean("Rented GPUs (contracted)", "Nᵣ", s, this::gpusRented);
    }

    private Explanation gpusRented(int m) {
        List<Explanation> contracts = new ArrayList<>();
        for (ContractResult c : l.result.contracts()) {
            int i = l.partnerIndex(c.contractId());
            PartnerCloud p = l.plan.partners().get(i);
            contracts.add(Explanation.leaf("GPUs from " + c.name() + l.at(m), "Nᵣ", c.gpus().get(m), "GPUs",
                    new Origin(Provenance.DERIVED, "result.contracts[" + c.contractId() + "].gpus",
                            "partners[" + i + "].gpus = " + p.gpus() + " while the contract runs, " + p.start()
                                    + " to " + p.end().minusMonths(1) + "; " + l.partnerSource(i))));
        }
        Explanation e = Explanation.node("Rented GPUs" + l.at(m), "Nᵣ", t.gpusRented().get(m), "GPUs", Operation.SUM,
                0, "Σ partner clouds' GPUs", contracts);
        return e.value() == 0 ? e.withWhy(contracts.isEmpty() ? "the plan has no partner clouds"
                : "no partner contract runs in " + l.result.month(m)) : e;
    }

    Explanation gpusNeeded(Span s) {
        return mean("GPUs needed", "Nₙ", s, this::gpusNeeded);
    }

    private Explanation gpusNeeded(int m) {
        return l.series("GPUs needed", "Nₙ", t.gpusNeeded().get(m), m, "gpusNeeded",
                "(busy GPU-hours + GPU-hours held for the services' daily peaks + GPU-hours unserved demand would need)"
                        + " ÷ hours in the month; throughput by the serving model with " + Explainer.EFFICIENCIES_FROM
                        + l.result.efficiencySource());
    }

    Explanation gpusBusy(Span s) {
        return mean("GPUs busy", "Nᵦ", s, this::gpusBusy);
    }

    private Explanation gpusBusy(int m) {
        Explanation busy = cells.busyHours(l.monthSpan(m));
        return Leaves.ratio("GPUs busy" + l.at(m), "Nᵦ", busy.value() / l.result.hours(m), "GPUs", 1,
                "(Hᵇ + Hᵇᵣ) ÷ hours in the month", busy, hours(m));
    }

    /** The capacity chart's band: GPUs needed less GPUs busy, of the month or of the span's means. */
    Explanation gpusUnserved(Span s) {
        Explanation needed = gpusNeeded(s);
        Explanation busy = gpusBusy(s);
        Explanation e = Explanation.node("Unserved demand in GPUs, " + s.label(), "Nᵤ",
                Math.max(0.0, needed.value() - busy.value()), "GPUs", Operation.SHORTFALL, 0, "max(0, Nₙ − Nᵦ)",
                List.of(needed, busy));
        return e.value() == 0 ? e.withWhy("the GPUs busy cover the GPUs needed in " + s.label()
                + ": all demand was served") : e;
    }

    // ---------------------------------------------------------------------------------------------- running totals

    /** CapEx plus committed partner fees from the plan's start to the end of the span. */
    Explanation cumulativeSpend(Span s) {
        int last = s.to() - 1;
        List<Explanation> months = new ArrayList<>();
        double total = 0;
        for (int m = 0; m <= last; m++) {
            Explanation spend = Explanation.node("CapEx and commitments" + l.at(m), "S",
                    t.capex(m) + t.rentalCommitted().get(m), l.currency, Operation.SUM, 0, "Cᶠ + Cⁱ + Rᶜ",
                    List.of(l.series("Facility capex", "Cᶠ", t.capexFacility().get(m), m, "capexFacility",
                                    "halls' build cost spread over construction (sites[].phases[])"),
                            l.series("IT capex", "Cⁱ", t.capexIt().get(m), m, "capexIt",
                                    "pods installed × catalog price × (1 + assumptions.itCapexExtraShare)"),
                            monthly.rentalCommitted(m)));
            total += spend.value();
            months.add(spend);
        }
        return Explanation.node("Cumulative CapEx and commitments to " + l.result.month(last), "ΣS", total,
                l.currency, Operation.SUM, 0, "Σ from " + l.result.start() + " to " + l.result.month(last), months);
    }

    /** Free cash flow from the plan's start to the end of the span. */
    Explanation cumulativeFreeCashFlow(Span s) {
        int last = s.to() - 1;
        List<Explanation> months = new ArrayList<>();
        double total = 0;
        for (int m = 0; m <= last; m++) {
            Explanation fcf = l.series("Free cash flow after tax", "FCF", t.freeCashFlow().get(m), m, "freeCashFlow",
                    "CF − income tax, explained month by month as 'free cash flow " + l.result.month(m) + "'");
            total += fcf.value();
            months.add(fcf);
        }
        return Explanation.node("Cumulative free cash flow to " + l.result.month(last), "ΣFCF", total, l.currency,
                Operation.SUM, 0, "Σ from " + l.result.start() + " to " + l.result.month(last), months);
    }
}
