package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.NewElements;
import com.tokenfactory.app.gui.plan.NewIds;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canvas's changes to a plan, as pure functions. Every change that touches positions first stores the whole
 * drawn layout (so automatically placed elements stay where the user saw them) and ends with containers grown to hold
 * their contents.
 */
public final class CanvasEdits {
    private CanvasEdits() {
    }

    /** A change and what it produced: the new element's id, or why nothing happened. */
    public record Outcome(Plan plan, String elementId, String refusal) {
        static Outcome refused(Plan unchanged, String why) {
            return new Outcome(unchanged, null, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The plan with every element's drawn position stored and containers grown around their contents. */
    public static Plan settle(Plan plan) {
        return PlanChanges.withBoxes(plan, CanvasLayout.of(plan));
    }

    /** The innermost element of {@code kind} whose drawn box holds the point. */
    public static Optional<String> elementAt(Plan plan, ElementKind kind, double x, double y, Set<String> excluded) {
        Map<String, Box> boxes = CanvasLayout.of(plan);
        Map<String, ElementKind> kinds = PlanElements.kinds(plan);
        String found = null;
        for (Map.Entry<String, Box> e : boxes.entrySet()) {
            if (kinds.get(e.getKey()) == kind && !excluded.contains(e.getKey()) && contains(e.getValue(), x, y)) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Adds a site to the right of everything drawn. */
    public static Outcome addSite(Plan plan) {
        double right = CanvasLayout.MARGIN - CanvasLayout.SITE_GAP;
        for (Box b : CanvasLayout.of(plan).values()) {
            right = Math.max(right, b.x() + b.width());
        }
        return dropSite(plan, right + CanvasLayout.SITE_GAP, CanvasLayout.MARGIN);
    }

    /** Adds a hall below the halls of the site. */
    public static Outcome addHall(Plan plan, String siteId) {
        Plan base = settle(plan);
        String id = NewIds.of(base).next("hall");
        Hall hall = NewElements.hall(id, hallName(base, siteId), base.start());
        return new Outcome(settle(PlanChanges.addHall(base, siteId, hall, null)), id, null);
    }

    /** Adds a pod of the SKU after the pods of the hall. */
    public static Outcome addPod(Plan plan, String hallId, String skuId) {
        Plan base = settle(plan);
        PlanElements.PlacedHall placed = PlanElements.hall(base, hallId).orElseThrow();
        String id = NewIds.of(base).next("pod");
        GpuPod pod = NewElements.pod(id, base, placed.site(), placed.hall(), base.requireSku(skuId));
        return new Outcome(settle(PlanChanges.addPod(base, hallId, pod, null)), id, null);
    }

    /** Adds a partner cloud below the others, beside the sites. */
    public static Outcome addPartner(Plan plan, String skuId) {
        Plan base = settle(plan);
        String id = NewIds.of(base).next("partner");
        PartnerCloud c = NewElements.partner(id, NewIds.freshName("Partner cloud",
                base.partners().stream().map(PartnerCloud::name).toList()), base.start(), base.requireSku(skuId));
        return new Outcome(settle(PlanChanges.addPartner(base, c, null)), id, null);
    }

    public static Outcome dropSite(Plan plan, double x, double y) {
        Plan base = settle(plan);
        String id = NewIds.of(base).next("site");
        Site site = NewElements.site(id, NewIds.freshName("Site", base.sites().stream().map(Site::name).toList()),
                base.start());
        return new Outcome(settle(PlanChanges.addSite(base, site, CanvasLayout.emptySite(x, y))), id, null);
    }

    public static Outcome dropHall(Plan plan, double x, double y) {
        Optional<String> siteId = elementAt(plan, ElementKind.SITE, x, y, Set.of());
        if (siteId.isEmpty()) {
            return Outcome.refused(plan, "Drop a hall inside a site.");
        }
        Plan base = settle(plan);
        Box siteBox = base.layout().get(siteId.get());
        String id = NewIds.of(base).next("hall");
        Hall hall = NewElements.hall(id, hallName(base, siteId.get()), base.start());
        Box box = freeSpot(clampInto(CanvasLayout.emptyHall(x, y), siteBox, CanvasLayout.SITE_HEADER),
                boxesOf(base, PlanElements.childIds(base, siteId.get())), siteBox, CanvasLayout.SITE_HEADER);
        return new Outcome(settle(PlanChanges.addHall(base, siteId.get(), hall, box)), id, null);
    }

    public static Outcome dropPod(Plan plan, double x, double y, String skuId) {
        Optional<String> hallId = elementAt(plan, ElementKind.HALL, x, y, Set.of());
        if (hallId.isEmpty()) {
            return Outcome.refused(plan, "Drop a GPU pod inside a hall.");
        }
        Plan base = settle(plan);
        PlanElements.PlacedHall placed = PlanElements.hall(base, hallId.get()).orElseThrow();
        HardwareSku sku = base.requireSku(skuId);
        String id = NewIds.of(base).next("pod");
        GpuPod pod = NewElements.pod(id, base, placed.site(), placed.hall(), sku);
        Box hallBox = base.layout().get(hallId.get());
        Box box = freeSpot(clampInto(CanvasLayout.pod(x, y), hallBox, CanvasLayout.HALL_HEADER),
                boxesOf(base, PlanElements.childIds(base, hallId.get())), hallBox, CanvasLayout.HALL_HEADER);
        return new Outcome(settle(PlanChanges.addPod(base, hallId.get(), pod, box)), id, null);
    }

    public static Outcome dropPartner(Plan plan, double x, double y, String skuId) {
        Plan base = settle(plan);
        String id = NewIds.of(base).next("partner");
        PartnerCloud c = NewElements.partner(id, NewIds.freshName("Partner cloud",
                base.partners().stream().map(PartnerCloud::name).toList()), base.start(), base.requireSku(skuId));
        return new Outcome(settle(PlanChanges.addPartner(base, c, CanvasLayout.partner(x, y))), id, null);
    }

    /**
     * Moves the elements by (dx, dy) with everything inside them. A pod dropped over another hall moves into that
     * hall, a hall over another site into that site; otherwise halls and pods stay inside their container.
     */
    public static Plan move(Plan plan, Collection<String> ids, double dx, double dy) {
        Plan base = settle(plan);
        List<String> roots = topmost(base, ids);
        Map<String, Box> boxes = new HashMap<>(base.layout());
        for (String root : roots) {
            for (String id : PlanElements.subtree(base, root)) {
                Box b = boxes.get(id);
                boxes.put(id, new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
            }
        }
        Plan moved = PlanChanges.withBoxes(base, boxes);
        for (String root : roots) {
            moved = reparentOrClamp(moved, root);
        }
        return settle(moved);
    }

    private static Plan reparentOrClamp(Plan plan, String id) {
        ElementKind kind = PlanElements.kind(plan, id).orElseThrow();
        if (kind != ElementKind.POD && kind != ElementKind.HALL) {
            return plan;
        }
        ElementKind containerKind = kind == ElementKind.POD ? ElementKind.HALL : ElementKind.SITE;
        Box box = plan.layout().get(id);
        String parent = PlanElements.parentId(plan, id).orElseThrow();
        Set<String> excluded = new LinkedHashSet<>(PlanElements.subtree(plan, id));
        Optional<String> target = elementAt(plan, containerKind, box.x() + box.width() / 2, box.y() + box.height() / 2,
                excluded);
        double header = kind == ElementKind.POD ? CanvasLayout.HALL_HEADER : CanvasLayout.SITE_HEADER;
        if (target.isPresent() && !target.get().equals(parent)) {
            List<Box> siblings = boxesOf(plan, PlanElements.childIds(plan, target.get()));
            Box container = plan.layout().get(target.get());
            Plan moved = kind == ElementKind.POD ? PlanChanges.movePod(plan, id, target.get())
                    : PlanChanges.moveHall(plan, id, target.get());
            Box placed = freeSpot(clampInto(box, container, header), siblings, container, header);
            return shiftSubtree(moved, id, placed.x() - box.x(), placed.y() - box.y());
        }
        Box clamped = clampInto(box, plan.layout().get(parent), header);
        return shiftSubtree(plan, id, clamped.x() - box.x(), clamped.y() - box.y());
    }

    /** Gives the element a new box; a container never becomes smaller than what it holds. */
    public static Plan resize(Plan plan, String id, Box wanted) {
        Plan base = settle(plan);
        Box content = null;
        for (String child : PlanElements.childIds(base, id)) {
            content = CanvasLayout.union(content, base.layout().get(child));
        }
        Box min = minimumSize(PlanElements.kind(base, id).orElseThrow());
        Box sized = new Box(wanted.x(), wanted.y(), Math.max(min.width(), wanted.width()),
                Math.max(min.height(), wanted.height()));
        return settle(PlanChanges.withBox(base, id, CanvasLayout.grow(sized, content)));
    }

    private static Box minimumSize(ElementKind kind) {
        return switch (kind) {
            case SITE -> new Box(0, 0, 200, CanvasLayout.SITE_HEADER + CanvasLayout.PAD);
            case HALL -> new Box(0, 0, 200, CanvasLayout.HALL_HEADER + 8);
            case POD -> new Box(0, 0, 140, 64);
            default -> new Box(0, 0, 180, 100);
        };
    }

    /** The elements of {@code ids} that no other element of {@code ids} contains. */
    static List<String> topmost(Plan plan, Collection<String> ids) {
        Set<String> chosen = new LinkedHashSet<>(ids);
        List<String> roots = new ArrayList<>();
        for (String id : chosen) {
            boolean inside = false;
            Optional<String> parent = PlanElements.parentId(plan, id);
            while (parent.isPresent() && !inside) {
                inside = chosen.contains(parent.get());
                parent = PlanElements.parentId(plan, parent.get());
            }
            if (!inside) {
                roots.add(id);
            }
        }
        return roots;
    }

    private static Plan shiftSubtree(Plan plan, String id, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return plan;
        }
        Map<String, Box> boxes = new HashMap<>();
        for (String member : PlanElements.subtree(plan, id)) {
            Box b = plan.layout().get(member);
            boxes.put(member, new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
        }
        return PlanChanges.withBoxes(plan, boxes);
    }

    private static String hallName(Plan plan, String siteId) {
        return NewIds.freshName("Hall", plan.site(siteId).orElseThrow().halls().stream().map(Hall::name).toList());
    }

    private static List<Box> boxesOf(Plan plan, List<String> ids) {
        List<Box> out = new ArrayList<>();
        ids.forEach(id -> {
            Box b = plan.layout().get(id);
            if (b != null) {
                out.add(b);
            }
        });
        return out;
    }

    /**
     * {@code wanted} if it overlaps none of the siblings, else the first free place in rows below the container's
     * header (as many columns as fit), so a drop never lands a new element on top of another.
     */
    static Box freeSpot(Box wanted, List<Box> siblings, Box container, double header) {
        if (siblings.stream().noneMatch(b -> overlaps(b, wanted))) {
            return wanted;
        }
        double stepX = wanted.width() + CanvasLayout.PAD;
        double stepY = wanted.height() + CanvasLayout.PAD;
        int columns = Math.max(1, (int) ((container.width() - CanvasLayout.PAD) / stepX));
        for (int row = 0; ; row++) {
            for (int col = 0; col < columns; col++) {
                Box candidate = new Box(container.x() + CanvasLayout.PAD + col * stepX,
                        container.y() + header + row * stepY, wanted.width(), wanted.height());
                if (siblings.stream().noneMatch(b -> overlaps(b, candidate))) {
                    return candidate;
                }
            }
        }
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    /** The box moved (not resized) so that it lies inside {@code container}, below its header. */
    static Box clampInto(Box box, Box container, double header) {
        double minX = container.x() + CanvasLayout.PAD;
        double minY = container.y() + header;
        double maxX = Math.max(minX, container.x() + container.width() - CanvasLayout.PAD - box.width());
        double maxY = Math.max(minY, container.y() + container.height() - CanvasLayout.PAD - box.height());
        return new Box(Math.min(Math.max(box.x(), minX), maxX), Math.min(Math.max(box.y(), minY), maxY),
                box.width(), box.height());
    }

    private static boolean contains(Box b, double x, double y) {
        return x >= b.x() && x <= b.x() + b.width() && y >= b.y() && y <= b.y() + b.height();
    }
}
