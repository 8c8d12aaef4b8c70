package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.core.plan.HardwareSku;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What can be put on the canvas: drag an item onto it (a hall onto a site, a pod onto a hall), or click it to add
 * one next to the selection. The drag is a plain press–drag–release inside the window (a ghost follows the pointer
 * on {@code overlay}), not a platform drag-and-drop, so it behaves the same on every desktop and in headless tests.
 */
public final class Palette extends VBox {
    private final CanvasViewModel vm;
    private final BuildOutCanvas canvas;
    private final Pane overlay;

    public Palette(CanvasViewModel vm, BuildOutCanvas canvas, Pane overlay) {
        super(6);
        this.vm = vm;
        this.canvas = canvas;
        this.overlay = overlay;
        getStyleClass().add("palette");
        Label heading = new Label("Palette");
        heading.getStyleClass().add("section-title");
        Label help = new Label("Drag onto the canvas, or click to add next to the selection.");
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("muted");

        ComboBox<String> sku = new ComboBox<>();
        sku.setId("palette-sku");
        sku.setMaxWidth(Double.MAX_VALUE);
        sku.setTooltip(new Tooltip("The GPU type of new pods and partner clouds"));
        Runnable fill = () -> {
            sku.getItems().setAll(vm.plan().catalog().stream().map(HardwareSku::id).toList());
            sku.setValue(vm.podSkuProperty().get());
        };
        fill.run();
        vm.document().planProperty().addListener(o -> fill.run());
        sku.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.podSkuProperty().set(now);
            }
        });
        vm.podSkuProperty().addListener((o, was, now) -> sku.setValue(now));
        sku.setCellFactory(list -> skuCell());
        sku.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty ? null : id);
            }
        });
        Label skuLabel = new Label("GPU type for pods and partner clouds");
        skuLabel.getStyleClass().add("muted");
        skuLabel.setWrapText(true);
        skuLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        getChildren().addAll(heading, help,
                item(ElementKind.SITE, Material2AL.DOMAIN, "Site", "A campus with a grid connection"),
                item(ElementKind.HALL, Material2AL.APARTMENT, "Hall", "A build phase inside a site"),
                item(ElementKind.POD, Material2AL.DEVELOPER_BOARD, "GPU pod", "GPUs of one type in a hall"),
                skuLabel, sku,
                item(ElementKind.PARTNER, Material2AL.CLOUD, "Partner cloud", "Capacity rented from another cloud"));
    }

    private ListCell<String> skuCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null
                        : vm.plan().sku(id).map(s -> s.id() + " — " + s.name()).orElse(id));
            }
        };
    }

    private Label item(ElementKind kind, Ikon ikon, String text, String tip) {
        Label item = new Label(text, Icons.of(ikon, 18));
        item.setId("palette-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        item.getStyleClass().add("palette-item");
        item.setMaxWidth(Double.MAX_VALUE);
        item.setTooltip(new Tooltip(tip));
        new DragFromPalette(kind, item);
        return item;
    }

    /** One press–drag–release from a palette item. */
    private final class DragFromPalette {
        private final ElementKind kind;
        private Label ghost;
        private Point2D pressed;

        DragFromPalette(ElementKind kind, Label item) {
            this.kind = kind;
            item.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    pressed = new Point2D(e.getSceneX(), e.getSceneY());
                }
            });
            item.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (pressed == null) {
                    return;
                }
                if (ghost == null) {
                    ghost = new Label(item.getText(), Icons.of(((org.kordamp.ikonli.javafx.FontIcon) item.getGraphic())
                            .getIconCode(), 18));
                    ghost.getStyleClass().addAll("palette-item", "palette-ghost");
                    ghost.setMouseTransparent(true);
                    ghost.setManaged(false);
                    overlay.getChildren().add(ghost);
                    ghost.autosize();
                }
                Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
                ghost.relocate(p.getX() + 8, p.getY() + 8);
                ghost.getStyleClass().remove("refused");
                if (!canvas.showsScenePoint(e.getSceneX(), e.getSceneY())) {
                    ghost.getStyleClass().add("refused");
                }
                e.consume();
            });
            item.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                boolean dragged = ghost != null;
                if (ghost != null) {
                    overlay.getChildren().remove(ghost);
                    ghost = null;
                }
                if (pressed == null) {
                    return;
                }
                pressed = null;
                if (!dragged) {
                    vm.add(kind);
                } else if (canvas.showsScenePoint(e.getSceneX(), e.getSceneY())) {
                    Point2D at = canvas.toWorld(e.getSceneX(), e.getSceneY());
                    vm.drop(kind, at.getX(), at.getY());
                    canvas.requestFocus();
                }
                e.consume();
            });
        }
    }
}
