package com.tokenfactory.app.gui.plan;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds plan elements by id, with their containers. */
public final class PlanElements {
    private PlanElements() {
    }

    /** A hall with the site it belongs to. */
    public record PlacedHall(Site site, Hall hall) {
    }

    /** A pod with the hall and site it belongs to. */
    public record PlacedPod(Site site, Hall hall, GpuPod pod) {
    }

    public static Optional<Site> site(Plan plan, String id) {
        return plan.site(id);
    }

    public static Optional<PlacedHall> hall(Plan plan, String id) {
        for (Site s : plan.sites()) {
            for (Hall p : s.halls()) {
                if (p.id().equals(id)) {
                    return Optional.of(new PlacedHall(s, p));
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<PlacedPod> pod(Plan plan, String id) {
        for (Site s : plan.sites()) {
            for (Hall p : s.halls()) {
                for (GpuPod d : p.gpuPods()) {
                    if (d.id().equals(id)) {
                        return Optional.of(new PlacedPod(s, p, d));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<PartnerCloud> partner(Plan plan, String id) {
        return plan.partners().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Optional<InferenceService> service(Plan plan, String id) {
        return plan.services().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public static Optional<TrainingRun> training(Plan plan, String id) {
        return plan.trainingRuns().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every element id and its kind, in plan order. */
    public static Map<String, ElementKind> kinds(Plan plan) {
        Map<String, ElementKind> kinds = new LinkedHashMap<>();
        for (Site s : plan.sites()) {
            kinds.put(s.id(), ElementKind.SITE);
            for (Hall p : s.halls()) {
                kinds.put(p.id(), ElementKind.HALL);
                p.gpuPods().forEach(d -> kinds.put(d.id(), ElementKind.POD));
            }
        }
        plan.partners().forEach(c -> kinds.put(c.id(), ElementKind.PARTNER));
        plan.services().forEach(s -> kinds.put(s.id(), ElementKind.SERVICE));
        plan.trainingRuns().forEach(t -> kinds.put(t.id(), ElementKind.TRAINING));
        return kinds;
    }

    public static Optional<ElementKind> kind(Plan plan, String id) {
        return Optional.ofNullable(kinds(plan).get(id));
    }

    /** The container of a hall (its site) or a pod (its hall); empty for top-level elements. */
    public static Optional<String> parentId(Plan plan, String id) {
        Optional<PlacedHall> hall = hall(plan, id);
        if (hall.isPresent()) {
            return Optional.of(hall.get().site().id());
        }
        return pod(plan, id).map(p -> p.hall().id());
    }

    /** The halls of a site or the pods of a hall; empty for other elements. */
    public static List<String> childIds(Plan plan, String id) {
        List<String> out = new ArrayList<>();
        site(plan, id).ifPresent(s -> s.halls().forEach(p -> out.add(p.id())));
        hall(plan, id).ifPresent(p -> p.hall().gpuPods().forEach(d -> out.add(d.id())));
        return out;
    }

    /** The element and everything inside it. */
    public static List<String> subtree(Plan plan, String id) {
        List<String> out = new ArrayList<>();
        out.add(id);
        for (String child : childIds(plan, id)) {
            out.addAll(subtree(plan, child));
        }
        return out;
    }

    /** The display name of any element; pods are named by their id. */
    public static String name(Plan plan, String id) {
        return site(plan, id).map(Site::name)
                .or(() -> hall(plan, id).map(p -> p.hall().name()))
                .or(() -> pod(plan, id).map(p -> Numbers.whole(p.pod().gpus()) + " × "
                        + plan.requireSku(p.pod().skuId()).name()))
                .or(() -> partner(plan, id).map(PartnerCloud::name))
                .or(() -> service(plan, id).map(InferenceService::name))
                .or(() -> training(plan, id).map(TrainingRun::name))
                .orElse(id);
    }
}
