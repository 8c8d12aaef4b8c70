package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.NewIds;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copied plan elements, with what they contain and where they were drawn. Pasting gives every element a fresh id;
 * a pasted hall or pod goes into the selected site or hall, else back into the one it was copied from.
 */
public final class PlanClipboard {
    /** Pasted copies sit this far below and right of their originals. */
    public static final double OFFSET = 24;

    private record Copied(ElementKind kind, Record element, String parentId, Map<String, Box> boxes) {
    }

    /** The plan after a paste, the ids of the pasted elements, and what could not be pasted. */
    public record Pasted(Plan plan, List<String> ids, String refusal) {
    }

    private final List<Copied> items = new ArrayList<>();

    public void copy(Plan plan, List<String> ids) {
        items.clear();
        Plan drawn = CanvasEdits.settle(plan);
        for (String id : CanvasEdits.topmost(plan, ids)) {
            ElementKind kind = PlanElements.kind(plan, id).orElseThrow();
            Map<String, Box> boxes = new HashMap<>();
            for (String member : PlanElements.subtree(drawn, id)) {
                Box b = drawn.layout().get(member);
                if (b != null) {
                    boxes.put(member, b);
                }
            }
            items.add(new Copied(kind, PlanChanges.element(plan, id), PlanElements.parentId(plan, id).orElse(null),
                    boxes));
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Pastes the copied elements; {@code target} is the selected element (may be null). */
    public Pasted paste(Plan plan, String target) {
        Plan out = CanvasEdits.settle(plan);
        List<String> pasted = new ArrayList<>();
        String refusal = null;
        for (Copied c : items) {
            NewIds ids = NewIds.of(out);
            Map<String, String> renamed = new HashMap<>();
            switch (c.kind()) {
                case SITE -> {
                    Site site = copySite((Site) c.element(), ids, renamed);
                    out = PlanChanges.addSite(out, site, null);
                    out = placeShifted(out, c, renamed);
                }
                case HALL -> {
                    Optional<String> site = container(out, target, ElementKind.SITE, c.parentId());
                    if (site.isEmpty()) {
                        refusal = "Select a site to paste a hall into.";
                        continue;
                    }
                    Hall hall = copyHall((Hall) c.element(), ids, renamed);
                    out = PlanChanges.addHall(out, site.get(), hall, null);
                    out = site.get().equals(c.parentId()) ? placeShifted(out, c, renamed) : placeBelow(out, c, renamed, site.get());
                }
                case POD -> {
                    Optional<String> hall = container(out, target, ElementKind.HALL, c.parentId());
                    if (hall.isEmpty()) {
                        refusal = "Select a hall to paste a GPU pod into.";
                        continue;
                    }
                    GpuPod pod = copyPod((GpuPod) c.element(), ids, renamed);
                    out = PlanChanges.addPod(out, hall.get(), pod, null);
                    out = hall.get().equals(c.parentId()) ? placeShifted(out, c, renamed) : placeBelow(out, c, renamed, hall.get());
                }
                case PARTNER -> {
                    PartnerCloud p = (PartnerCloud) c.element();
                    String id = fresh(ids, p.id(), renamed);
                    out = PlanChanges.addPartner(out, RecordCopy.duplicate(p, id), null);
                    out = placeShifted(out, c, renamed);
                }
                case SERVICE -> {
                    InferenceService s = (InferenceService) c.element();
                    String id = fresh(ids, s.id(), renamed);
                    out = PlanChanges.addService(out, RecordCopy.duplicate(s, id));
                }
                case TRAINING -> {
                    TrainingRun t = (TrainingRun) c.element();
                    String id = fresh(ids, t.id(), renamed);
                    out = PlanChanges.addTraining(out, RecordCopy.duplicate(t, id));
                }
                default -> throw new IllegalStateException(c.kind().toString());
            }
            pasted.add(renamed.get(rootId(c)));
        }
        return new Pasted(CanvasEdits.settle(out), pasted, refusal);
    }

    private static String rootId(Copied c) {
        return (String) RecordCopy.get(c.element(), "id");
    }

    private static Optional<String> container(Plan plan, String target, ElementKind kind, String original) {
        if (target != null && PlanElements.kind(plan, target).orElse(null) == kind) {
            return Optional.of(target);
        }
        if (target != null && kind == ElementKind.HALL) {
            Optional<String> parent = PlanElements.parentId(plan, target);
            if (parent.isPresent() && PlanElements.kind(plan, parent.get()).orElse(null) == ElementKind.HALL) {
                return parent;
            }
        }
        return original != null && PlanElements.kind(plan, original).isPresent() ? Optional.of(original)
                : Optional.empty();
    }

    private static Site copySite(Site site, NewIds ids, Map<String, String> renamed) {
        List<Hall> halls = site.halls().stream().map(h -> copyHall(h, ids, renamed)).toList();
        return RecordCopy.with(RecordCopy.duplicate(site, fresh(ids, site.id(), renamed)), "halls", halls);
    }

    private static Hall copyHall(Hall hall, NewIds ids, Map<String, String> renamed) {
        List<GpuPod> pods = hall.gpuPods().stream().map(d -> copyPod(d, ids, renamed)).toList();
        return RecordCopy.with(RecordCopy.with(hall, "id", fresh(ids, hall.id(), renamed)), "gpuPods", pods);
    }

    private static GpuPod copyPod(GpuPod pod, NewIds ids, Map<String, String> renamed) {
        return RecordCopy.with(pod, "id", fresh(ids, pod.id(), renamed));
    }

    private static String fresh(NewIds ids, String old, Map<String, String> renamed) {
        String id = ids.near(old);
        renamed.put(old, id);
        return id;
    }

    /** Boxes of the copies: the originals' boxes moved by {@link #OFFSET}. */
    private static Plan placeShifted(Plan plan, Copied c, Map<String, String> renamed) {
        Map<String, Box> boxes = new HashMap<>();
        c.boxes().forEach((oldId, b) -> boxes.put(renamed.get(oldId),
                new Box(b.x() + OFFSET, b.y() + OFFSET, b.width(), b.height())));
        return PlanChanges.withBoxes(plan, boxes);
    }

    /** Boxes of copies pasted into another container: below what that container holds. */
    private static Plan placeBelow(Plan plan, Copied c, Map<String, String> renamed, String containerId) {
        Box container = plan.layout().get(containerId);
        double header = c.kind() == ElementKind.POD ? CanvasLayout.HALL_HEADER : CanvasLayout.SITE_HEADER;
        double bottom = container.y() + header - CanvasLayout.GAP;
        for (String child : PlanElements.childIds(plan, containerId)) {
            Box b = plan.layout().get(child);
            if (b != null) {
                bottom = Math.max(bottom, b.y() + b.height());
            }
        }
        Box root = c.boxes().get(rootId(c));
        double dx = container.x() + CanvasLayout.PAD - root.x();
        double dy = bottom + CanvasLayout.GAP - root.y();
        Map<String, Box> boxes = new HashMap<>();
        c.boxes().forEach((oldId, b) -> boxes.put(renamed.get(oldId),
                new Box(b.x() + dx, b.y() + dy, b.width(), b.height())));
        return PlanChanges.withBoxes(plan, boxes);
    }
}
