package com.tokenfactory.app.gui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** File and save state, the last recompute (how long it took), the scenario shown, and the plan's problems. */
public final class StatusBar extends HBox {
    public StatusBar(MainViewModel vm, Runnable showProblems) {
        super(16);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            var path = vm.document().getFile();
            String where = path == null ? "Not saved yet" : path.toString();
            return vm.document().isDirty() ? where + " — unsaved changes" : where;
        }, vm.document().fileProperty(), vm.document().dirtyProperty()));
        Label recompute = new Label();
        recompute.setId("status-recompute");
        recompute.textProperty().bind(vm.recomputeStatusProperty());
        Label scenario = new Label();
        scenario.setId("status-scenario");
        scenario.textProperty().bind(Bindings.createStringBinding(vm::scenarioLabel, vm.scenarioIdProperty(),
                vm.document().planProperty()));
        Hyperlink problems = new Hyperlink();
        problems.setId("status-problems");
        problems.textProperty().bind(vm.problemsStatusProperty());
        problems.setOnAction(e -> showProblems.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        file.setMinWidth(0);
        HBox.setHgrow(file, Priority.SOMETIMES);
        getChildren().addAll(file, spacer, scenario, recompute, problems);
    }
}
