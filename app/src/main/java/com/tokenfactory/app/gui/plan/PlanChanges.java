package com.tokenfactory.app.gui.plan;

import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Pure changes of a plan: each returns a new plan and leaves the given one as it was. The app turns them into named,
 * undoable edits; tests call them directly.
 */
public final class PlanChanges {
    private PlanChanges() {
    }

    // ---- replace one element ----

    public static Plan updateSite(Plan plan, String id, UnaryOperator<Site> change) {
        return plan.withSites(replace(plan.sites(), Site::id, id, change));
    }

    public static Plan updateHall(Plan plan, String id, UnaryOperator<Hall> change) {
        Site site = PlanElements.hall(plan, id).orElseThrow(() -> missing(id)).site();
        return updateSite(plan, site.id(), s -> RecordCopy.with(s, "halls", replace(s.halls(), Hall::id, id, change)));
    }

    public static Plan updatePod(Plan plan, String id, UnaryOperator<GpuPod> change) {
        Hall hall = PlanElements.pod(plan, id).orElseThrow(() -> missing(id)).hall();
        return updateHall(plan, hall.id(),
                p -> RecordCopy.with(p, "gpuPods", replace(p.gpuPods(), GpuPod::id, id, change)));
    }

    public static Plan updatePartner(Plan plan, String id, UnaryOperator<PartnerCloud> change) {
        return plan.withPartners(replace(plan.partners(), PartnerCloud::id, id, change));
    }

    public static Plan updateService(Plan plan, String id, UnaryOperator<InferenceService> change) {
        return plan.withServices(replace(plan.services(), InferenceService::id, id, change));
    }

    public static Plan updateTraining(Plan plan, String id, UnaryOperator<TrainingRun> change) {
        return plan.withTrainingRuns(replace(plan.trainingRuns(), TrainingRun::id, id, change));
    }

    public static Plan updateScenario(Plan plan, String id, UnaryOperator<Scenario> change) {
        return plan.withScenarios(replace(plan.scenarios(), Scenario::id, id, change));
    }

    /** Replaces the record of any canvas or workload element with a changed copy of itself. */
    @SuppressWarnings("unchecked")
    public static Plan updateElement(Plan plan, String id, UnaryOperator<Record> change) {
        ElementKind kind = PlanElements.kind(plan, id).orElseThrow(() -> missing(id));
        return switch (kind) {
            case SITE -> updateSite(plan, id, s -> (Site) change.apply(s));
            case HALL -> updateHall(plan, id, p -> (Hall) change.apply(p));
            case POD -> updatePod(plan, id, d -> (GpuPod) change.apply(d));
            case PARTNER -> updatePartner(plan, id, c -> (PartnerCloud) change.apply(c));
            case SERVICE -> updateService(plan, id, s -> (InferenceService) change.apply(s));
            case TRAINING -> updateTraining(plan, id, t -> (TrainingRun) change.apply(t));
        };
    }

    /** The record of an element, whatever its kind. */
    public static Record element(Plan plan, String id) {
        ElementKind kind = PlanElements.kind(plan, id).orElseThrow(() -> missing(id));
        return switch (kind) {
            case SITE -> PlanElements.site(plan, id).orElseThrow();
            case HALL -> PlanElements.hall(plan, id).orElseThrow().hall();
            case POD -> PlanElements.pod(plan, id).orElseThrow().pod();
            case PARTNER -> PlanElements.partner(plan, id).orElseThrow();
            case SERVICE -> PlanElements.service(plan, id).orElseThrow();
            case TRAINING -> PlanElements.training(plan, id).orElseThrow();
        };
    }

    // ---- add ----

    public static Plan addSite(Plan plan, Site site, Box box) {
        return withBox(plan.withSites(append(plan.sites(), site)), site.id(), box);
    }

    public static Plan addHall(Plan plan, String siteId, Hall hall, Box box) {
        Plan changed = updateSite(plan, siteId, s -> RecordCopy.with(s, "halls", append(s.halls(), hall)));
        return withBox(changed, hall.id(), box);
    }

    public static Plan addPod(Plan plan, String hallId, GpuPod pod, Box box) {
        Plan changed = updateHall(plan, hallId, p -> RecordCopy.with(p, "gpuPods", append(p.gpuPods(), pod)));
        return withBox(changed, pod.id(), box);
    }

    public static Plan addPartner(Plan plan, PartnerCloud partner, Box box) {
        return withBox(plan.withPartners(append(plan.partners(), partner)), partner.id(), box);
    }

    public static Plan addService(Plan plan, InferenceService service) {
        return plan.withServices(append(plan.services(), service));
    }

    public static Plan addTraining(Plan plan, TrainingRun run) {
        return plan.withTrainingRuns(append(plan.trainingRuns(), run));
    }

    public static Plan addScenario(Plan plan, Scenario scenario) {
        return plan.withScenarios(append(plan.scenarios(), scenario));
    }

    public static Plan removeScenario(Plan plan, String id) {
        return plan.withScenarios(plan.scenarios().stream().filter(s -> !s.id().equals(id)).toList());
    }

    // ---- remove and move ----

    /** Removes the elements (with what they contain) and their canvas positions. */
    public static Plan remove(Plan plan, Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        List<Site> sites = new ArrayList<>();
        for (Site s : plan.sites()) {
            if (gone.contains(s.id())) {
                continue;
            }
            List<Hall> halls = new ArrayList<>();
            for (Hall p : s.halls()) {
                if (gone.contains(p.id())) {
                    continue;
                }
                List<GpuPod> pods = p.gpuPods().stream().filter(d -> !gone.contains(d.id())).toList();
                halls.add(pods.size() == p.gpuPods().size() ? p : RecordCopy.with(p, "gpuPods", pods));
            }
            sites.add(halls.equals(s.halls()) ? s : RecordCopy.with(s, "halls", halls));
        }
        return plan.withSites(sites)
                .withPartners(plan.partners().stream().filter(c -> !gone.contains(c.id())).toList())
                .withServices(plan.services().stream().filter(s -> !gone.contains(s.id())).toList())
                .withTrainingRuns(plan.trainingRuns().stream().filter(t -> !gone.contains(t.id())).toList());
    }

    /** Moves a pod into another hall (its GPUs are then installed there). */
    public static Plan movePod(Plan plan, String podId, String targetHallId) {
        GpuPod pod = PlanElements.pod(plan, podId).orElseThrow(() -> missing(podId)).pod();
        Map<String, Box> layout = plan.layout();
        Plan removed = remove(plan, List.of(podId));
        Plan moved = updateHall(removed, targetHallId,
                p -> RecordCopy.with(p, "gpuPods", append(p.gpuPods(), pod)));
        return moved.withLayout(keepExisting(moved, layout));
    }

    /** Moves a hall (with its pods) into another site. */
    public static Plan moveHall(Plan plan, String hallId, String targetSiteId) {
        Hall hall = PlanElements.hall(plan, hallId).orElseThrow(() -> missing(hallId)).hall();
        Map<String, Box> layout = plan.layout();
        Plan removed = remove(plan, List.of(hallId));
        Plan moved = updateSite(removed, targetSiteId, s -> RecordCopy.with(s, "halls", append(s.halls(), hall)));
        return moved.withLayout(keepExisting(moved, layout));
    }

    // ---- layout ----

    public static Plan withBox(Plan plan, String id, Box box) {
        if (box == null) {
            return plan;
        }
        Map<String, Box> layout = new TreeMap<>(plan.layout());
        layout.put(id, box);
        return plan.withLayout(layout);
    }

    /** The plan with these positions added to (or replacing) its stored ones. */
    public static Plan withBoxes(Plan plan, Map<String, Box> boxes) {
        Map<String, Box> layout = new TreeMap<>(plan.layout());
        layout.putAll(boxes);
        return plan.withLayout(keepExisting(plan, layout));
    }

    private static Map<String, Box> keepExisting(Plan plan, Map<String, Box> layout) {
        Set<String> ids = PlanElements.kinds(plan).keySet();
        Map<String, Box> kept = new TreeMap<>(layout);
        kept.keySet().retainAll(ids);
        return kept;
    }

    // ---- helpers ----

    private static <T> List<T> replace(List<T> items, Function<T, String> idOf, String id, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>(items.size());
        boolean found = false;
        for (T item : items) {
            if (idOf.apply(item).equals(id)) {
                out.add(change.apply(item));
                found = true;
            } else {
                out.add(item);
            }
        }
        if (!found) {
            throw missing(id);
        }
        return out;
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> out = new ArrayList<>(items);
        out.add(item);
        return out;
    }

    private static IllegalArgumentException missing(String id) {
        return new IllegalArgumentException("the plan has no element '" + id + "'");
    }
}
