package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.common.WhenShown;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.ValidationIssue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build-out canvas: sites, halls, pods and partner clouds as cards at their layout positions. Left-drag moves
 * the selection (or resizes with the handle, or draws a selection band on the background); right- or middle-drag and
 * scrolling pan; Ctrl+scroll zooms around the pointer. Keys: arrows nudge the selection (Shift: further), Tab and
 * Shift+Tab select the next and previous element (as in diagram editors), Escape clears the selection. Nothing changes the plan until the gesture ends, and then
 * through one named edit of the {@link CanvasViewModel}.
 */
public final class BuildOutCanvas extends Region {
    public static final double MIN_ZOOM = Viewport.MIN_ZOOM;
    public static final double MAX_ZOOM = Viewport.MAX_ZOOM;
    private static final double CLICK_SLOP = 3;
    /** How far from a selected element's bottom-right corner (screen pixels) a press grabs its resize handle. */
    private static final double HANDLE_REACH = 9;

    private enum Gesture { NONE, MOVE, RESIZE, BAND, PAN }

    private final CanvasViewModel vm;
    private final Pane world = new Pane();
    private final Rectangle band = new Rectangle();
    private final Label hint = new Label("Drag a site from the palette onto the canvas to start the build-out.");
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Viewport view = new Viewport();
    private final Map<String, ElementNode> nodes = new HashMap<>();

    private Gesture gesture = Gesture.NONE;
    private Point2D pressWorld;
    private Point2D pressLocal;
    private List<String> moving = List.of();
    private String resizing;
    private Box resizeStart;
    private double moveDx;
    private double moveDy;
    /** Out of sight (another tab), the cards are made again only when the canvas shows. */
    private final WhenShown rebuilds = new WhenShown(this::rebuild);

    public BuildOutCanvas(CanvasViewModel vm) {
        this.vm = vm;
        getStyleClass().add("build-out-canvas");
        setFocusTraversable(true);
        world.setManaged(false);
        world.getTransforms().addAll(pan, scale);
        world.getStyleClass().add("world");
        band.getStyleClass().add("selection-band");
        band.setVisible(false);
        band.setManaged(false);
        hint.getStyleClass().add("canvas-hint");
        hint.setManaged(false);
        hint.setMouseTransparent(true);
        getChildren().addAll(world, band, hint);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        scale.xProperty().bind(view.zoomProperty());
        scale.yProperty().bind(view.zoomProperty());
        pan.xProperty().bind(view.panXProperty());
        pan.yProperty().bind(view.panYProperty());

        vm.document().planProperty().addListener(o -> rebuilds.request());
        vm.monthIndexProperty().addListener(o -> rebuilds.request());
        vm.resultProperty().addListener(o -> rebuilds.request(this::showIssues));
        vm.selection().ids().addListener((SetChangeListener<String>) c -> refreshSelection());
        vm.document().openingsProperty().addListener(o -> {
            view.restartAutoFit();
            requestLayout();
        });

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        rebuild();
    }

    /** Whether the canvas is on screen; bound by the window to its tab being selected. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return rebuilds.shownProperty();
    }

    // ---- drawing ----

    private void rebuild() {
        Plan plan = vm.plan();
        Map<String, Box> boxes = vm.boxes();
        BuildOutAtMonth at = vm.atMonth();
        // once per rebuild, not per card: PlanElements.kind walks the whole plan (this runs at every month step)
        Map<String, ElementKind> kinds = PlanElements.kinds(plan);
        world.getChildren().clear();
        nodes.clear();
        for (Map.Entry<String, Box> e : boxes.entrySet()) {
            ElementNode node = create(plan, at, kinds.get(e.getKey()), e.getKey());
            node.place(e.getValue());
            nodes.put(e.getKey(), node);
            world.getChildren().add(node);
        }
        showIssues();
        hint.setVisible(boxes.isEmpty());
        refreshSelection();
    }

    /** Marks the cards with the latest result's problems: all a new result changes on the canvas. */
    private void showIssues() {
        Map<String, List<ValidationIssue>> issues = vm.issuesByElement();
        nodes.forEach((id, node) -> node.setIssues(issues.getOrDefault(id, List.of())));
    }

    private ElementNode create(Plan plan, BuildOutAtMonth at, ElementKind kind, String id) {
        switch (kind) {
            case SITE -> {
                Site s = plan.site(id).orElseThrow();
                return new SiteNode(s, at.site(s));
            }
            case HALL -> {
                PlanElements.PlacedHall p = PlanElements.hall(plan, id).orElseThrow();
                return new HallNode(p.hall(), at.hall(p.site(), p.hall()), at.hallItLoadMw(p.site(), p.hall()));
            }
            case POD -> {
                PlanElements.PlacedPod p = PlanElements.pod(plan, id).orElseThrow();
                GpuPod d = p.pod();
                return new PodNode(d, plan.requireSku(d.skuId()), at.pod(p.site(), p.hall(), d));
            }
            case PARTNER -> {
                PartnerCloud c = PlanElements.partner(plan, id).orElseThrow();
                return new PartnerNode(c, plan.currency(), at.partner(c));
            }
            default -> throw new IllegalStateException(kind + " is not drawn");
        }
    }

    private void refreshSelection() {
        nodes.forEach((id, node) -> node.setSelected(vm.selection().contains(id)));
    }

    @Override
    protected void layoutChildren() {
        hint.autosize();
        hint.relocate(Math.max(8, (getWidth() - hint.getWidth()) / 2), Math.max(8, (getHeight() - hint.getHeight()) / 2));
        view.refit(vm.boxes().values(), getWidth(), getHeight());
    }

    // ---- zoom and pan ----

    /** Zooms and pans so that the whole build-out is in view (never above 100%). */
    public void fit() {
        view.fit(vm.boxes().values(), getWidth(), getHeight());
    }

    public void zoomBy(double factor) {
        view.stopAutoFit();
        view.zoomAround(getWidth() / 2, getHeight() / 2, factor);
    }

    /** The canvas point under a scene point. */
    public Point2D toWorld(double sceneX, double sceneY) {
        return world.sceneToLocal(sceneX, sceneY);
    }

    /** True when the scene point lies on the visible canvas. */
    public boolean showsScenePoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local != null && local.getX() >= 0 && local.getY() >= 0 && local.getX() <= getWidth()
                && local.getY() <= getHeight();
    }

    /** Brings the element into view (used when a problem is clicked). */
    public void reveal(String id) {
        Box b = vm.boxes().get(id);
        if (b != null && getWidth() > 0) {
            view.reveal(b, getWidth(), getHeight());
        }
    }

    public Optional<ElementNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    // ---- gestures ----

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressLocal = new Point2D(e.getX(), e.getY());
        pressWorld = toWorld(e.getSceneX(), e.getSceneY());
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
            gesture = Gesture.PAN;
            view.stopAutoFit();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node hit = e.getPickResult().getIntersectedNode();
        Optional<String> handle = find(hit, ElementNode.ResizeHandle.class).map(ElementNode.ResizeHandle::elementId)
                .or(() -> handleNear(e.getX(), e.getY()));
        if (handle.isPresent()) {
            gesture = Gesture.RESIZE;
            resizing = handle.get();
            resizeStart = vm.boxes().get(resizing);
            return;
        }
        Optional<String> element = find(hit, String.class);
        if (element.isPresent()) {
            String id = element.get();
            if (e.isShortcutDown() || e.isShiftDown()) {
                vm.selection().toggle(id);
            } else if (!vm.selection().contains(id)) {
                vm.selection().select(id);
            }
            gesture = vm.selection().contains(id) ? Gesture.MOVE : Gesture.NONE;
            moving = CanvasEdits.topmost(vm.plan(), vm.selection().list());
            moveDx = 0;
            moveDy = 0;
            return;
        }
        if (!e.isShortcutDown() && !e.isShiftDown()) {
            vm.selection().clear();
        }
        gesture = Gesture.BAND;
    }

    /** A selected element whose bottom-right corner is within a few pixels of the point: its handle is grabbed. */
    private Optional<String> handleNear(double x, double y) {
        String found = null;
        for (String id : vm.selection().list()) {
            Box b = vm.boxes().get(id);
            if (b == null) {
                continue;
            }
            double cx = view.screenX(b.x() + b.width());
            double cy = view.screenY(b.y() + b.height());
            if (Math.abs(cx - x) <= HANDLE_REACH && Math.abs(cy - y) <= HANDLE_REACH) {
                found = id;
            }
        }
        return Optional.ofNullable(found);
    }

    private void onDragged(MouseEvent e) {
        Point2D now = toWorld(e.getSceneX(), e.getSceneY());
        switch (gesture) {
            case MOVE -> dragMove(now);
            case RESIZE -> {
                double w = Math.max(40, vm.snap(resizeStart.width() + now.getX() - pressWorld.getX()));
                double h = Math.max(30, vm.snap(resizeStart.height() + now.getY() - pressWorld.getY()));
                ElementNode node = nodes.get(resizing);
                node.resize(w, h);
            }
            case BAND -> {
                double x = Math.min(pressLocal.getX(), e.getX());
                double y = Math.min(pressLocal.getY(), e.getY());
                band.setX(x);
                band.setY(y);
                band.setWidth(Math.abs(e.getX() - pressLocal.getX()));
                band.setHeight(Math.abs(e.getY() - pressLocal.getY()));
                band.setVisible(true);
            }
            case PAN -> {
                view.panBy(e.getX() - pressLocal.getX(), e.getY() - pressLocal.getY());
                pressLocal = new Point2D(e.getX(), e.getY());
            }
            default -> {
            }
        }
        e.consume();
    }

    private void dragMove(Point2D now) {
        if (moving.isEmpty()) {
            return;
        }
        Box anchor = vm.boxes().get(moving.get(0));
        moveDx = vm.snap(anchor.x() + now.getX() - pressWorld.getX()) - anchor.x();
        moveDy = vm.snap(anchor.y() + now.getY() - pressWorld.getY()) - anchor.y();
        for (String root : moving) {
            for (String id : PlanElements.subtree(vm.plan(), root)) {
                ElementNode node = nodes.get(id);
                if (node != null) {
                    node.setTranslateX(moveDx);
                    node.setTranslateY(moveDy);
                    node.toFront();
                }
            }
        }
    }

    private void onReleased(MouseEvent e) {
        Gesture done = gesture;
        gesture = Gesture.NONE;
        boolean dragged = pressLocal != null && pressLocal.distance(e.getX(), e.getY()) > CLICK_SLOP;
        Plan before = vm.plan();
        switch (done) {
            case MOVE -> {
                if (dragged && (moveDx != 0 || moveDy != 0)) {
                    vm.move(moving, moveDx, moveDy);
                }
                redrawIfUnchanged(before);
            }
            case RESIZE -> {
                if (dragged) {
                    ElementNode node = nodes.get(resizing);
                    vm.resize(resizing, new Box(resizeStart.x(), resizeStart.y(), node.getWidth(), node.getHeight()));
                }
                redrawIfUnchanged(before);
            }
            case BAND -> {
                band.setVisible(false);
                if (dragged) {
                    Point2D a = toWorld(localToScene(band.getX(), band.getY()).getX(),
                            localToScene(band.getX(), band.getY()).getY());
                    double z = view.zoom();
                    vm.selectInside(new Box(a.getX(), a.getY(), Math.max(1, band.getWidth() / z),
                            Math.max(1, band.getHeight() / z)), e.isShortcutDown() || e.isShiftDown());
                }
            }
            default -> {
            }
        }
    }

    /**
     * Puts the cards a gesture shifted or resized back where the plan has them. An edit redraws the canvas itself (the
     * plan changed); a gesture that changed nothing has to.
     */
    private void redrawIfUnchanged(Plan before) {
        if (vm.plan() == before) {
            rebuild();
        }
    }

    private void onScroll(ScrollEvent e) {
        view.stopAutoFit();
        if (e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                view.zoomAround(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
            }
        } else {
            view.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        double step = e.isShiftDown() ? CanvasViewModel.GRID * 4 : CanvasViewModel.GRID;
        List<String> selected = new ArrayList<>(vm.selection().list());
        switch (e.getCode()) {
            case LEFT -> vm.move(selected, -step, 0);
            case RIGHT -> vm.move(selected, step, 0);
            case UP -> vm.move(selected, 0, -step);
            case DOWN -> vm.move(selected, 0, step);
            case ESCAPE -> vm.selection().clear();
            case TAB -> {
                if (e.isControlDown()) {
                    return;
                }
                vm.selectNext(e.isShiftDown() ? -1 : 1).ifPresent(this::reveal);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Walks up from the picked node to the first node whose user data is of {@code type}. */
    private <T> Optional<T> find(Node hit, Class<T> type) {
        for (Node n = hit; n != null && n != this; n = n.getParent()) {
            if (type.isInstance(n.getUserData())) {
                return Optional.of(type.cast(n.getUserData()));
            }
        }
        return Optional.empty();
    }

}
