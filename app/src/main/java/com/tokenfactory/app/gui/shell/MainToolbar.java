package com.tokenfactory.app.gui.shell;

import atlantafx.base.controls.ToggleSwitch;
import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.app.gui.canvas.BuildOutCanvas;
import com.tokenfactory.app.gui.canvas.CanvasViewModel;
import com.tokenfactory.app.gui.document.PlanDocument;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's toolbar: files, undo and redo, zoom and snapping, the scenario picker and the theme toggle. */
final class MainToolbar {
    private MainToolbar() {
    }

    static ToolBar create(PlanDocument document, FileActions files, EditActions edit, CanvasViewModel canvasVm,
                          BuildOutCanvas canvas, ScenarioChoices scenarios, BooleanProperty dark) {
        Button undo = iconButton(Material2MZ.UNDO, "Undo", edit::undo);
        undo.disableProperty().bind(document.undoNameProperty().isNull());
        Button redo = iconButton(Material2MZ.REDO, "Redo", edit::redo);
        redo.disableProperty().bind(document.redoNameProperty().isNull());
        ToggleButton snap = new ToggleButton(null, Icons.of(Material2AL.GRID_ON));
        snap.setTooltip(new Tooltip("Snap to grid"));
        snap.selectedProperty().bindBidirectional(canvasVm.snappingProperty());
        // AtlantaFX's switch says what it does ("Dark", on or off), where an icon toggle left the user to guess
        ToggleSwitch theme = new ToggleSwitch("Dark");
        theme.setId("toggle-theme");
        theme.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+D)"));
        // With AtlantaFX 2.0.1's own mouse handling (one on the knob, one on the track) a click on the knob left the
        // switch as it was in the real window under X11 (seen in the screenshots; not under Monocle): one release
        // anywhere on the switch toggles it once
        theme.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                theme.setSelected(!theme.isSelected());
            }
            e.consume();
        });
        theme.selectedProperty().bindBidirectional(dark);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label scenarioLabel = new Label("Results under");
        scenarioLabel.getStyleClass().add("muted");
        ToolBar bar = new ToolBar(
                iconButton(Material2MZ.NOTE_ADD, "New plan", files::newPlan),
                iconButton(Material2AL.FOLDER_OPEN, "Open…", files::open),
                iconButton(Material2MZ.SAVE, "Save", files::save),
                vertical(), undo, redo, vertical(),
                iconButton(Material2MZ.ZOOM_OUT, "Zoom out", () -> canvas.zoomBy(0.8)),
                iconButton(Material2MZ.ZOOM_IN, "Zoom in", () -> canvas.zoomBy(1.25)),
                iconButton(Material2MZ.ZOOM_OUT_MAP, "Fit the build-out in view", canvas::fit), snap,
                vertical(), scenarioLabel, new ScenarioPicker(scenarios), spacer, theme);
        bar.setId("main-toolbar");
        return bar;
    }

    private static Separator vertical() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button iconButton(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
