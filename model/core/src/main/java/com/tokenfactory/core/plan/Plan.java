package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A capacity plan: where GPUs are built and rented, what runs on them, and the assumptions that price it all.
 * Immutable; the {@code with…} methods return changed copies. The constructor refuses structural mistakes (duplicate
 * ids, references to unknown SKUs); planning problems (a hall drawing too much power, a workload nobody may run) are
 * not refused but reported by {@code PlanValidator} and the engine.
 *
 * @param start          first month of the plan
 * @param horizonMonths  months simulated (60 = five years)
 * @param currency       ISO 4217 code of every money figure in the plan
 * @param catalog        the SKUs this plan can install or rent
 * @param layout         canvas position of elements by id (sites, halls, pods, partner contracts)
 * @param uncertainty    what the plan does not know: distributions, correlations, demand regimes (Monte Carlo)
 */
public record Plan(
        String name,
        String description,
        YearMonth start,
        int horizonMonths,
        String currency,
        Assumptions assumptions,
        List<HardwareSku> catalog,
        List<Site> sites,
        List<PartnerCloud> partners,
        List<InferenceService> services,
        List<TrainingRun> trainingRuns,
        List<Scenario> scenarios,
        Calibration calibration,
        Map<String, Box> layout,
        Uncertainty uncertainty) {

    public static final int DEFAULT_HORIZON_MONTHS = 60;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Plan {
        name = Check.text(name, "name");
        description = Check.boundedText(description, "description");
        Check.month(start, "start");
        Check.between(horizonMonths, 1, 240, "horizonMonths");
        currency = Check.text(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvalidPlanException("currency", "must be a three-letter ISO 4217 code such as USD (was '" + Check.shown(currency) + "')");
        }
        Check.present(assumptions, "assumptions");
        catalog = Check.list(catalog, "catalog");
        sites = Check.list(sites, "sites");
        partners = Check.list(partners, "partners");
        services = Check.list(services, "services");
        trainingRuns = Check.list(trainingRuns, "trainingRuns");
        scenarios = Check.list(scenarios, "scenarios");
        Check.uniqueIds(catalog, HardwareSku::id, "catalog");
        Check.uniqueIds(scenarios, Scenario::id, "scenarios");
        checkScenarioWindow(scenarios, sites);
        Set<String> elementIds = elementIds(sites, partners, services, trainingRuns);
        checkSkuReferences(catalog, sites, partners);
        layout = layout == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(layout));
        for (Map.Entry<String, Box> e : layout.entrySet()) {
            if (!elementIds.contains(e.getKey())) {
                throw new InvalidPlanException("layout." + e.getKey(), "no element has the id '" + e.getKey() + "'");
            }
            Check.present(e.getValue(), "layout." + e.getKey());
        }
        uncertainty = uncertainty == null ? Uncertainty.NONE : uncertainty;
        try {
            if (uncertainty.targetsElements()) {
                uncertainty.checkTargets(ids(services), ids(sites), ids(catalog));
            }
        } catch (InvalidPlanException e) {
            throw e.prefixed("uncertainty");
        }
    }

    /** A plan without uncertain inputs. */
    public Plan(String name, String description, YearMonth start, int horizonMonths, String currency,
                Assumptions assumptions, List<HardwareSku> catalog, List<Site> sites, List<PartnerCloud> partners,
                List<InferenceService> services, List<TrainingRun> trainingRuns, List<Scenario> scenarios,
                Calibration calibration, Map<String, Box> layout) {
        this(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners, services,
                trainingRuns, scenarios, calibration, layout, Uncertainty.NONE);
    }

    /** A new plan with the built-in assumptions and nothing in it but the given catalog. */
    public static Plan empty(String name, YearMonth start, List<HardwareSku> catalog) {
        return new Plan(name, null, start, DEFAULT_HORIZON_MONTHS, "USD", Assumptions.defaults(), catalog,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of());
    }

    /**
     * Every id of the sites, halls, pods, contracts and workloads. An id used twice is refused by
     * {@link #refuseDuplicateIds}, which names both places; the paths are written only then, as a plan is copied for
     * every Monte Carlo trial and every edit.
     */
    private static Set<String> elementIds(List<Site> sites, List<PartnerCloud> partners,
                                          List<InferenceService> services, List<TrainingRun> runs) {
        Set<String> ids = new HashSet<>();
        boolean unique = true;
        for (Site s : sites) {
            unique &= ids.add(s.id());
            for (Hall p : s.halls()) {
                unique &= ids.add(p.id());
                for (GpuPod d : p.gpuPods()) {
                    unique &= ids.add(d.id());
                }
            }
        }
        for (PartnerCloud c : partners) {
            unique &= ids.add(c.id());
        }
        for (InferenceService v : services) {
            unique &= ids.add(v.id());
        }
        for (TrainingRun t : runs) {
            unique &= ids.add(t.id());
        }
        if (!unique) {
            refuseDuplicateIds(sites, partners, services, runs);
        }
        return ids;
    }

    /** Refuses an id used twice anywhere among sites, halls, pods, contracts and workloads, naming both places. */
    private static void refuseDuplicateIds(List<Site> sites, List<PartnerCloud> partners,
                                           List<InferenceService> services, List<TrainingRun> runs) {
        Map<String, String> paths = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            Check.claim(paths, s.id(), "sites[" + i + "]");
            for (int j = 0; j < s.halls().size(); j++) {
                Hall p = s.halls().get(j);
                Check.claim(paths, p.id(), "sites[" + i + "].phases[" + j + "]");
                for (int k = 0; k < p.gpuPods().size(); k++) {
                    Check.claim(paths, p.gpuPods().get(k).id(), "sites[" + i + "].phases[" + j + "].deployments[" + k + "]");
                }
            }
        }
        for (int i = 0; i < partners.size(); i++) {
            Check.claim(paths, partners.get(i).id(), "partners[" + i + "]");
        }
        for (int i = 0; i < services.size(); i++) {
            Check.claim(paths, services.get(i).id(), "services[" + i + "]");
        }
        for (int i = 0; i < runs.size(); i++) {
            Check.claim(paths, runs.get(i).id(), "trainingRuns[" + i + "]");
        }
    }

    /** A scenario's grid delay must keep every site's grid connection inside the plan window. */
    private static void checkScenarioWindow(List<Scenario> scenarios, List<Site> sites) {
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario sc = scenarios.get(i);
            for (Site site : sites) {
                YearMonth delayed = site.gridAvailable().plusMonths(sc.gridDelayMonths());
                if (delayed.isAfter(Months.LAST)) {
                    throw new InvalidPlanException("scenarios[" + i + "].gridDelayMonths", "scenario '"
                            + Check.shown(sc.name()) + "' moves the grid connection of site '" + Check.shown(site.name())
                            + "' to " + delayed + ", after " + Months.LAST + ", the last month a plan may use");
                }
            }
        }
    }

    private static void checkSkuReferences(List<HardwareSku> catalog, List<Site> sites, List<PartnerCloud> partners) {
        List<String> known = catalog.stream().map(HardwareSku::id).toList();
        for (int i = 0; i < sites.size(); i++) {
            List<Hall> halls = sites.get(i).halls();
            for (int j = 0; j < halls.size(); j++) {
                List<GpuPod> ds = halls.get(j).gpuPods();
                for (int k = 0; k < ds.size(); k++) {
                    if (!known.contains(ds.get(k).skuId())) {
                        throw new InvalidPlanException("sites[" + i + "].phases[" + j + "].deployments[" + k + "].skuId",
                                "unknown SKU '" + ds.get(k).skuId() + "' (the catalog has " + known + ")");
                    }
                }
            }
        }
        for (int i = 0; i < partners.size(); i++) {
            if (!known.contains(partners.get(i).skuId())) {
                throw new InvalidPlanException("partners[" + i + "].skuId",
                        "unknown SKU '" + partners.get(i).skuId() + "' (the catalog has " + known + ")");
            }
        }
    }

    // ---- lookups ----

    /** Ids of the SKUs the plan installs (in its halls' GPU pods) or rents (from partner clouds), in plan order. */
    public Set<String> skuIdsInUse() {
        Set<String> used = new LinkedHashSet<>();
        for (Site s : sites) {
            for (Hall h : s.halls()) {
                h.gpuPods().forEach(d -> used.add(d.skuId()));
            }
        }
        partners.forEach(c -> used.add(c.skuId()));
        return used;
    }

    public Optional<HardwareSku> sku(String id) {
        for (HardwareSku s : catalog) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public HardwareSku requireSku(String id) {
        return sku(id).orElseThrow(() -> new IllegalArgumentException("unknown SKU " + id));
    }

    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** All workloads, inference services first. */
    public List<Workload> workloads() {
        List<Workload> all = new ArrayList<>(services);
        all.addAll(trainingRuns);
        return all;
    }

    /** Every element id with a short label of what it is, in plan order. */
    public Map<String, String> elementKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Site s : sites) {
            kinds.put(s.id(), "site");
            for (Hall p : s.halls()) {
                kinds.put(p.id(), "hall");
                p.gpuPods().forEach(d -> kinds.put(d.id(), "pod"));
            }
        }
        partners.forEach(p -> kinds.put(p.id(), "partner contract"));
        services.forEach(s -> kinds.put(s.id(), "inference service"));
        trainingRuns.forEach(t -> kinds.put(t.id(), "training run"));
        return kinds;
    }

    public YearMonth end() {
        return start.plusMonths(horizonMonths);
    }

    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    // ---- changed copies ----

    public Plan withName(String newName) {
        return new Plan(newName, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, calibration, layout, uncertainty);
    }

    public Plan withDescription(String newDescription) {
        return new Plan(name, newDescription, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, calibration, layout, uncertainty);
    }

    public Plan withTimeline(YearMonth newStart, int newHorizonMonths) {
        return new Plan(name, description, newStart, newHorizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, calibration, layout, uncertainty);
    }

    public Plan withAssumptions(Assumptions newAssumptions) {
        return new Plan(name, description, start, horizonMonths, currency, newAssumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, calibration, layout, uncertainty);
    }

    public Plan withCatalog(List<HardwareSku> newCatalog) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, newCatalog, sites, partners,
                services, trainingRuns, scenarios, calibration, layout,
                keptTargets(services, sites, newCatalog));
    }

    public Plan withSites(List<Site> newSites) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, newSites, partners,
                services, trainingRuns, scenarios, calibration, layoutFor(newSites, partners, services, trainingRuns),
                keptTargets(services, newSites, catalog));
    }

    public Plan withPartners(List<PartnerCloud> newPartners) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, newPartners,
                services, trainingRuns, scenarios, calibration, layoutFor(sites, newPartners, services, trainingRuns), uncertainty);
    }

    public Plan withServices(List<InferenceService> newServices) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                newServices, trainingRuns, scenarios, calibration, layoutFor(sites, partners, newServices, trainingRuns),
                keptTargets(newServices, sites, catalog));
    }

    public Plan withTrainingRuns(List<TrainingRun> newRuns) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, newRuns, scenarios, calibration, layoutFor(sites, partners, services, newRuns), uncertainty);
    }

    public Plan withScenarios(List<Scenario> newScenarios) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, newScenarios, calibration, layout, uncertainty);
    }

    public Plan withCalibration(Calibration newCalibration) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, newCalibration, layout, uncertainty);
    }

    public Plan withLayout(Map<String, Box> newLayout) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, calibration, newLayout, uncertainty);
    }

    public Plan withUncertainty(Uncertainty newUncertainty) {
        return new Plan(name, description, start, horizonMonths, currency, assumptions, catalog, sites, partners,
                services, trainingRuns, scenarios, calibration, layout, newUncertainty);
    }

    /** The uncertainty without inputs whose target the changed plan no longer has. */
    private Uncertainty keptTargets(List<InferenceService> sv, List<Site> st, List<HardwareSku> skus) {
        return uncertainty.targetsElements() ? uncertainty.keepingTargets(ids(sv), ids(st), ids(skus)) : uncertainty;
    }

    private static List<String> ids(List<? extends Object> elements) {
        return elements.stream().map(e -> e instanceof Site s ? s.id() : e instanceof InferenceService v ? v.id()
                : ((HardwareSku) e).id()).toList();
    }

    /** Keeps the layout of elements that still exist, so removing an element never leaves a dangling position. */
    private Map<String, Box> layoutFor(List<Site> s, List<PartnerCloud> p, List<InferenceService> sv,
                                       List<TrainingRun> t) {
        if (layout.isEmpty()) {
            return layout;
        }
        Map<String, Box> kept = new TreeMap<>(layout);
        kept.keySet().retainAll(elementIds(s, p, sv, t));
        return kept;
    }
}
