package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.plan.Hall;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2MZ;

/** A hall: name, state at the timeline month, and a bar of IT power used against what the hall delivers. */
public final class HallNode extends ElementNode {
    private final boolean over;

    public HallNode(Hall hall, BuildOutAtMonth.Status status, double loadMw) {
        super(hall.id(), ElementKind.HALL, "hall");
        over = loadMw > hall.criticalItMw() * (1 + 1e-9);
        Label name = title(Material2MZ.VIEW_MODULE, hall.name());
        Label note = line(status.note(), "element-note");
        card.getChildren().addAll(row(name), powerBar(loadMw, hall.criticalItMw()), note);
        setPresence(status);
    }

    private HBox powerBar(double loadMw, double capacityMw) {
        Region fill = new Region();
        fill.getStyleClass().add("fill");
        Region track = new Region();
        track.getStyleClass().add("track");
        StackPane bar = new StackPane(track, fill);
        bar.getStyleClass().add("power-bar");
        if (over) {
            bar.getStyleClass().add("over");
        }
        double share = capacityMw > 0 ? Math.min(1.0, loadMw / capacityMw) : 0;
        bar.setPrefWidth(110);
        bar.setMinWidth(60);
        fill.maxWidthProperty().bind(bar.widthProperty().multiply(share));
        StackPane.setAlignment(fill, javafx.geometry.Pos.CENTER_LEFT);
        Label figures = line(Numbers.plain(loadMw, 1) + " / " + Numbers.plain(capacityMw, 1) + " MW IT",
                over ? "element-figures-over" : "element-figures");
        figures.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, bar, figures);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        return row;
    }

    /** True when the pods installed at the timeline month draw more than the hall delivers. */
    public boolean overPower() {
        return over;
    }
}
