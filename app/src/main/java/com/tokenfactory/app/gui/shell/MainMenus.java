package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.app.gui.canvas.BuildOutCanvas;
import com.tokenfactory.app.gui.canvas.CanvasViewModel;
import com.tokenfactory.app.gui.files.RecentFiles;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.workloads.WorkloadsViewModel;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.samples.Samples;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.function.IntConsumer;

/** The menu bar, with the keyboard shortcuts of every action. */
final class MainMenus {
    private MainMenus() {
    }

    record Parts(MainViewModel vm, FileActions files, ExportActions exports, EditActions edit, CanvasViewModel canvasVm, BuildOutCanvas canvas,
                 WorkloadsViewModel workloads, RecentFiles recent, BooleanProperty dark, IntConsumer showTab,
                 Runnable quit, Runnable about, Runnable calibrate, Runnable present) {
    }

    static MenuBar create(Parts p) {
        MenuBar bar = new MenuBar(file(p), edit(p), view(p), plan(p), help(p));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(Parts p) {
        Menu samples = new Menu("Open Sample");
        samples.setId("menu-open-sample");
        for (Samples.Sample s : Samples.all()) {
            MenuItem item = new MenuItem(s.title());
            item.setId("sample-" + s.fileName().replace(".tokenplan", ""));
            item.setOnAction(e -> p.files().openSample(s));
            samples.getItems().add(item);
        }
        Menu recent = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path f : p.recent().files()) {
                MenuItem item = new MenuItem(f.getFileName() + "  —  " + (f.getParent() == null ? "" : f.getParent()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> p.files().open(f).thenAccept(opened -> {
                    if (!opened && !java.nio.file.Files.exists(f)) {
                        p.recent().remove(f);
                    }
                }));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        fillRecent.run();
        p.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        return new Menu("File", null,
                item("New", "Shortcut+N", Material2MZ.NOTE_ADD, p.files()::newPlan),
                item("Open…", "Shortcut+O", Material2AL.FOLDER_OPEN, p.files()::open),
                samples, recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", Material2MZ.SAVE, () -> p.files().save()),
                item("Save As…", "Shortcut+Shift+S", Material2MZ.SAVE_ALT, () -> p.files().saveAs()),
                new SeparatorMenuItem(),
                item("Export Results to Excel…", null, Material2MZ.TABLE_CHART, () -> p.exports().exportWorkbook()),
                item("Export PDF Report…", null, Material2AL.INSERT_DRIVE_FILE,
                        () -> p.exports().exportReport(p.dark().get())),
                item("Export Presentation…", null, Material2MZ.SLIDESHOW, () -> p.exports().exportPresentation()),
                item("Export Template…", null, Material2MZ.TABLE_VIEW, () -> p.exports().exportTemplate()),
                item("Import from Spreadsheet…", null, Material2AL.INPUT, () -> p.exports().importFromSpreadsheet()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", null, p.quit()));
    }

    private static Menu edit(Parts p) {
        MenuItem undo = item("Undo", "Shortcut+Z", Material2MZ.UNDO, p.edit()::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = p.vm().document().undoNameProperty().get();
            return name == null ? "Undo" : "Undo " + name;
        }, p.vm().document().undoNameProperty()));
        undo.disableProperty().bind(p.vm().document().undoNameProperty().isNull());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", Material2MZ.REDO, p.edit()::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = p.vm().document().redoNameProperty().get();
            return name == null ? "Redo" : "Redo " + name;
        }, p.vm().document().redoNameProperty()));
        redo.disableProperty().bind(p.vm().document().redoNameProperty().isNull());
        MenuItem redoY = item("Redo (alternative)", "Shortcut+Y", null, p.edit()::redo);
        redoY.setVisible(false);
        return new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", Material2AL.CONTENT_CUT, p.edit()::cut),
                item("Copy", "Shortcut+C", Material2AL.CONTENT_COPY, p.edit()::copy),
                item("Paste", "Shortcut+V", Material2AL.CONTENT_PASTE, p.edit()::paste),
                item("Delete", "Delete", Material2AL.DELETE, p.edit()::delete),
                new SeparatorMenuItem(),
                item("Select All", "Shortcut+A", Material2MZ.SELECT_ALL, p.edit()::selectAll));
    }

    private static Menu view(Parts p) {
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(p.canvasVm().snappingProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(p.dark());
        Menu view = new Menu("View", null,
                item("Zoom In", "Shortcut+Equals", Material2MZ.ZOOM_IN, () -> p.canvas().zoomBy(1.25)),
                item("Zoom Out", "Shortcut+Minus", Material2MZ.ZOOM_OUT, () -> p.canvas().zoomBy(0.8)),
                item("Fit Build-out", "Shortcut+0", Material2MZ.ZOOM_OUT_MAP, p.canvas()::fit),
                snap, new SeparatorMenuItem(), dark, new SeparatorMenuItem(),
                presentItem(p), new SeparatorMenuItem());
        String[] tabs = {"Build-out", "Workloads", "Results", "Scenarios", "Assumptions & Catalog", "Uncertainty"};
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            view.getItems().add(item(tabs[i], "Shortcut+" + (i + 1), null, () -> p.showTab().accept(index)));
        }
        return view;
    }

    private static MenuItem presentItem(Parts p) {
        MenuItem present = item("Present", "F5", Material2MZ.SLIDESHOW, p.present());
        present.setId("menu-present");
        return present;
    }

    private static Menu plan(Parts p) {
        Menu scenario = new Menu("Show Results Under");
        scenario.setId("menu-scenario");
        Runnable fill = () -> {
            ToggleGroup group = new ToggleGroup();
            scenario.getItems().clear();
            RadioMenuItem base = new RadioMenuItem("Base plan");
            base.setToggleGroup(group);
            base.setSelected(p.vm().scenarioIdProperty().get() == null);
            base.setOnAction(e -> p.vm().scenarioIdProperty().set(null));
            scenario.getItems().add(base);
            for (Scenario s : p.vm().document().getPlan().scenarios()) {
                RadioMenuItem item = new RadioMenuItem(s.name());
                item.setToggleGroup(group);
                item.setSelected(s.id().equals(p.vm().scenarioIdProperty().get()));
                item.setOnAction(e -> p.vm().scenarioIdProperty().set(s.id()));
                scenario.getItems().add(item);
            }
        };
        fill.run();
        p.vm().document().planProperty().addListener(o -> fill.run());
        p.vm().scenarioIdProperty().addListener(o -> fill.run());
        return new Menu("Plan", null,
                item("Add Site", null, Material2AL.DOMAIN, () -> addOnCanvas(p, ElementKind.SITE)),
                item("Add Hall to Selected Site", null, Material2AL.APARTMENT, () -> addOnCanvas(p, ElementKind.HALL)),
                item("Add GPU Pod to Selected Hall", null, Material2AL.DEVELOPER_BOARD, () -> addOnCanvas(p, ElementKind.POD)),
                item("Add Partner Cloud", null, Material2AL.CLOUD, () -> addOnCanvas(p, ElementKind.PARTNER)),
                new SeparatorMenuItem(),
                item("Add Inference Service", null, Material2AL.ADD, () -> {
                    p.showTab().accept(1);
                    p.workloads().addService();
                }),
                item("Add Training Run", null, Material2MZ.SCIENCE, () -> {
                    p.showTab().accept(1);
                    p.workloads().addTraining();
                }),
                new SeparatorMenuItem(), scenario,
                new SeparatorMenuItem(),
                item("Calibrate with a Benchmark…", null, Material2MZ.SPEED, p.calibrate()));
    }

    private static void addOnCanvas(Parts p, ElementKind kind) {
        p.showTab().accept(0);
        p.canvasVm().add(kind);
    }

    private static Menu help(Parts p) {
        return new Menu("Help", null, item("About Token Factory Planner", null, Material2AL.INFO, p.about()));
    }

    static MenuItem item(String text, String accelerator, org.kordamp.ikonli.Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
