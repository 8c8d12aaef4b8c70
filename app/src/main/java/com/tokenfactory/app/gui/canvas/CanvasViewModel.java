package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The build-out canvas's model: the drawn layout, the timeline month, snapping, the SKU for new pods, and the
 * canvas's edits (drop, move, resize, delete, copy, paste) as named undoable edits on the document. A refused
 * gesture (a hall dropped outside any site) changes nothing and tells the user why through {@code notice}.
 */
public final class CanvasViewModel {
    /** Snapping rounds positions and sizes to this grid, in canvas units. */
    public static final double GRID = 8;

    private final PlanDocument document;
    private final Selection selection;
    private final Consumer<String> notice;
    private final PlanClipboard clipboard = new PlanClipboard();
    private final IntegerProperty monthIndex = new SimpleIntegerProperty(this, "monthIndex");
    private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping", true);
    private final ObjectProperty<String> podSku = new SimpleObjectProperty<>(this, "podSku");
    private final ObjectProperty<SimulationResult> result = new SimpleObjectProperty<>(this, "result");

    private Plan laidOutPlan;
    private Map<String, Box> laidOut;

    public CanvasViewModel(PlanDocument document, Selection selection, Consumer<String> notice) {
        this.document = document;
        this.selection = selection;
        this.notice = notice;
        document.planProperty().addListener((o, was, now) -> onPlanChanged(now));
        document.openingsProperty().addListener(o -> monthIndex.set(BuildOutAtMonth.busiestMonth(plan())));
        monthIndex.set(BuildOutAtMonth.busiestMonth(document.getPlan()));
        onPlanChanged(document.getPlan());
    }

    private void onPlanChanged(Plan now) {
        if (monthIndex.get() >= now.horizonMonths()) {
            monthIndex.set(now.horizonMonths() - 1);
        }
        if (podSku.get() == null || now.sku(podSku.get()).isEmpty()) {
            podSku.set(defaultSku(now));
        }
        selection.retain(PlanElements.kinds(now).keySet());
    }

    /** The newest SKU of the catalog: what a planner most likely installs next. */
    private static String defaultSku(Plan plan) {
        return plan.catalog().stream().max(java.util.Comparator.comparing(HardwareSku::firstAvailable))
                .map(HardwareSku::id).orElse(null);
    }

    /** Every element's box, computed once per plan. */
    public Map<String, Box> boxes() {
        Plan plan = document.getPlan();
        if (plan != laidOutPlan) {
            laidOut = CanvasLayout.of(plan);
            laidOutPlan = plan;
        }
        return laidOut;
    }

    public Plan plan() {
        return document.getPlan();
    }

    public YearMonth month() {
        return plan().month(monthIndex.get());
    }

    public BuildOutAtMonth atMonth() {
        return new BuildOutAtMonth(plan(), month());
    }

    /** The plan problems of the latest result, by the element they concern. */
    public Map<String, List<ValidationIssue>> issuesByElement() {
        Map<String, List<ValidationIssue>> by = new LinkedHashMap<>();
        SimulationResult r = result.get();
        if (r != null) {
            for (ValidationIssue i : r.issues()) {
                by.computeIfAbsent(i.elementId(), k -> new ArrayList<>()).add(i);
            }
        }
        return by;
    }

    public double snap(double v) {
        return snapping.get() ? Math.round(v / GRID) * GRID : v;
    }

    // ---- edits ----

    /** Drops a new element of {@code kind} at canvas point (x, y); returns its id, or empty when refused. */
    public Optional<String> drop(ElementKind kind, double x, double y) {
        Plan plan = plan();
        double sx = snap(x);
        double sy = snap(y);
        CanvasEdits.Outcome out = switch (kind) {
            case SITE -> CanvasEdits.dropSite(plan, sx, sy);
            case HALL -> CanvasEdits.dropHall(plan, sx, sy);
            case POD -> CanvasEdits.dropPod(plan, sx, sy, podSku.get());
            case PARTNER -> CanvasEdits.dropPartner(plan, sx, sy, podSku.get());
            default -> throw new IllegalArgumentException(kind + " is not drawn on the canvas");
        };
        if (out.refused()) {
            notice.accept(out.refusal());
            return Optional.empty();
        }
        return accept(kind, out);
    }

    /**
     * Adds an element without a drop point (a click on the palette): a site after the others, a hall into the
     * selected site, a pod into the selected hall, a partner cloud beside the sites.
     */
    public Optional<String> add(ElementKind kind) {
        Plan plan = plan();
        CanvasEdits.Outcome out;
        switch (kind) {
            case SITE -> out = CanvasEdits.addSite(plan);
            case PARTNER -> out = CanvasEdits.addPartner(plan, podSku.get());
            case HALL -> out = selectedOrAncestor(ElementKind.SITE)
                    .map(site -> CanvasEdits.addHall(plan, site))
                    .orElse(CanvasEdits.Outcome.refused(plan, "Select a site first, or drag the hall onto a site."));
            case POD -> out = selectedOrAncestor(ElementKind.HALL)
                    .map(hall -> CanvasEdits.addPod(plan, hall, podSku.get()))
                    .orElse(CanvasEdits.Outcome.refused(plan, "Select a hall first, or drag the pod onto a hall."));
            default -> throw new IllegalArgumentException(kind + " is not drawn on the canvas");
        }
        if (out.refused()) {
            notice.accept(out.refusal());
            return Optional.empty();
        }
        return accept(kind, out);
    }

    private Optional<String> accept(ElementKind kind, CanvasEdits.Outcome out) {
        Plan after = out.plan();
        String name = PlanElements.name(after, out.elementId());
        document.apply(PlanEdit.of("Add " + kind.label() + " " + name, p -> after));
        selection.select(out.elementId());
        return Optional.of(out.elementId());
    }

    /** The selected element of {@code kind}, or the one of that kind containing the selected element. */
    private Optional<String> selectedOrAncestor(ElementKind kind) {
        Plan plan = plan();
        for (String id = selection.getPrimary(); id != null; id = PlanElements.parentId(plan, id).orElse(null)) {
            if (PlanElements.kind(plan, id).orElse(null) == kind) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Moves the elements by (dx, dy) canvas units; pods and halls may change container (see CanvasEdits.move). */
    public void move(Collection<String> ids, double dx, double dy) {
        if (ids.isEmpty() || (dx == 0 && dy == 0)) {
            return;
        }
        Plan plan = plan();
        List<String> moved = new ArrayList<>(ids);
        Plan after = CanvasEdits.move(plan, moved, dx, dy);
        String name = moved.size() == 1 ? "Move " + PlanElements.name(plan, moved.get(0))
                : "Move " + moved.size() + " elements";
        if (moved.size() == 1) {
            String before = PlanElements.parentId(plan, moved.get(0)).orElse(null);
            String now = PlanElements.parentId(after, moved.get(0)).orElse(null);
            if (before != null && !before.equals(now)) {
                name += " to " + PlanElements.name(after, now);
            }
        }
        document.apply(PlanEdit.of(name, p -> p == plan ? after : CanvasEdits.move(p, moved, dx, dy)));
    }

    public void resize(String id, Box box) {
        Plan plan = plan();
        Box snapped = new Box(box.x(), box.y(), Math.max(GRID, snap(box.width())), Math.max(GRID, snap(box.height())));
        document.apply(PlanEdit.of("Resize " + PlanElements.name(plan, id), p -> CanvasEdits.resize(p, id, snapped)));
    }

    public void deleteSelection() {
        List<String> ids = selection.list();
        if (ids.isEmpty()) {
            return;
        }
        Plan plan = plan();
        String name = ids.size() == 1 ? "Delete " + PlanElements.name(plan, ids.get(0))
                : "Delete " + ids.size() + " elements";
        document.apply(PlanEdit.of(name, p -> PlanChanges.remove(p, ids)));
        selection.clear();
    }

    public void copySelection() {
        if (!selection.isEmpty()) {
            clipboard.copy(plan(), selection.list());
        }
    }

    public void cutSelection() {
        copySelection();
        deleteSelection();
    }

    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        PlanClipboard.Pasted pasted = clipboard.paste(plan(), selection.getPrimary());
        if (pasted.refusal() != null) {
            notice.accept(pasted.refusal());
        }
        if (pasted.ids().isEmpty()) {
            return;
        }
        Plan after = pasted.plan();
        document.apply(PlanEdit.of(pasted.ids().size() == 1 ? "Paste " + PlanElements.name(after, pasted.ids().get(0))
                : "Paste " + pasted.ids().size() + " elements", p -> after));
        selection.selectAll(pasted.ids());
    }

    /** Selects the canvas elements lying wholly inside the rectangle. */
    public void selectInside(Box band, boolean add) {
        List<String> inside = new ArrayList<>(add ? selection.list() : List.of());
        boxes().forEach((id, b) -> {
            if (b.x() >= band.x() && b.y() >= band.y() && b.x() + b.width() <= band.x() + band.width()
                    && b.y() + b.height() <= band.y() + band.height() && !inside.contains(id)) {
                inside.add(id);
            }
        });
        selection.selectAll(inside);
    }

    /** Selects the element after (step 1) or before (step −1) the primary one, in drawing order; wraps around. */
    public Optional<String> selectNext(int step) {
        List<String> order = new ArrayList<>(boxes().keySet());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        int at = order.indexOf(selection.getPrimary());
        int next = at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size());
        selection.select(order.get(next));
        return Optional.of(order.get(next));
    }

    public void selectAll() {
        selection.selectAll(new ArrayList<>(boxes().keySet()));
    }

    // ---- properties ----

    public IntegerProperty monthIndexProperty() {
        return monthIndex;
    }

    public BooleanProperty snappingProperty() {
        return snapping;
    }

    public ObjectProperty<String> podSkuProperty() {
        return podSku;
    }

    public ObjectProperty<SimulationResult> resultProperty() {
        return result;
    }

    public Selection selection() {
        return selection;
    }

    public PlanDocument document() {
        return document;
    }
}
