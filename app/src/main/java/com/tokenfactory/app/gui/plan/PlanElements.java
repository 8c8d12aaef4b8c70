package com.tokenfactory.app.gui.plan;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Deployment;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.PartnerContract;
import com.tokenfactory.core.plan.Phase;
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
    public record PlacedPhase(Site site, Phase phase) {
    }

    /** A pod with the hall and site it belongs to. */
    public record PlacedPod(Site site, Phase phase, Deployment pod) {
    }

    public static Optional<Site> site(Plan plan, String id) {
        return plan.site(id);
    }

    public static Optional<PlacedPhase> phase(Plan plan, String id) {
        for (Site s : plan.sites()) {
            for (Phase p : s.phases()) {
                if (p.id().equals(id)) {
                    return Optional.of(new PlacedPhase(s, p));
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<PlacedPod> pod(Plan plan, String id) {
        for (Site s : plan.sites()) {
            for (Phase p : s.phases()) {
                for (Deployment d : p.deployments()) {
                    if (d.id().equals(id)) {
                        return Optional.of(new PlacedPod(s, p, d));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<PartnerContract> partner(Plan plan, String id) {
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
            for (Phase p : s.phases()) {
                kinds.put(p.id(), ElementKind.HALL);
                p.deployments().forEach(d -> kinds.put(d.id(), ElementKind.POD));
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
        Optional<PlacedPhase> phase = phase(plan, id);
        if (phase.isPresent()) {
            return Optional.of(phase.get().site().id());
        }
        return pod(plan, id).map(p -> p.phase().id());
    }

    /** The halls of a site or the pods of a hall; empty for other elements. */
    public static List<String> childIds(Plan plan, String id) {
        List<String> out = new ArrayList<>();
        site(plan, id).ifPresent(s -> s.phases().forEach(p -> out.add(p.id())));
        phase(plan, id).ifPresent(p -> p.phase().deployments().forEach(d -> out.add(d.id())));
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
                .or(() -> phase(plan, id).map(p -> p.phase().name()))
                .or(() -> pod(plan, id).map(p -> Numbers.whole(p.pod().gpus()) + " × "
                        + plan.requireSku(p.pod().skuId()).name()))
                .or(() -> partner(plan, id).map(PartnerContract::name))
                .or(() -> service(plan, id).map(InferenceService::name))
                .or(() -> training(plan, id).map(TrainingRun::name))
                .orElse(id);
    }
}
