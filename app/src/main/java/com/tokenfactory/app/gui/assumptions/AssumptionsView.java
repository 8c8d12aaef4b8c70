package com.tokenfactory.app.gui.assumptions;

import com.tokenfactory.app.gui.properties.EditedField;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plan's settings and its assumptions, each next to its default and where that default comes from; rough
 * figures (analyst summaries, street prices) are marked.
 */
public final class AssumptionsView extends VBox {
    private final AssumptionsViewModel vm;
    private final List<Runnable> refreshers = new ArrayList<>();

    public AssumptionsView(AssumptionsViewModel vm) {
        super(14);
        this.vm = vm;
        getStyleClass().add("assumptions");
        setPadding(new Insets(16));
        getChildren().add(planSettings());
        Map<String, List<AssumptionField>> groups = new LinkedHashMap<>();
        AssumptionField.ALL.forEach(f -> groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
        groups.forEach((group, fields) -> getChildren().add(section(group, fields)));
        getChildren().add(calibrationNote());
        vm.document().planProperty().addListener(o -> refreshers.forEach(Runnable::run));
        refreshers.forEach(Runnable::run);
    }

    private VBox planSettings() {
        Label heading = heading("Plan");
        GridPane grid = grid();
        grid.getColumnConstraints().set(1, new ColumnConstraints(110, 420, 640));
        TextField name = new TextField();
        name.setId("plan-name");
        TextField description = new TextField();
        TextField start = new TextField();
        start.setPromptText("YYYY-MM");
        TextField horizon = new TextField();
        Label currency = new Label();
        Label error = EditedField.refusalLine();
        EditedField.commitOnEnterOrLeave(name, error, vm::setName);
        EditedField.commitOnEnterOrLeave(description, error, vm::setDescription);
        Function<String, Optional<String>> timeline = ignored -> vm.setTimeline(start.getText(), horizon.getText());
        EditedField.commitOnEnterOrLeave(start, error, timeline);
        EditedField.commitOnEnterOrLeave(horizon, error, timeline);
        grid.addRow(0, label("Name"), name, unit(""));
        grid.addRow(1, label("Description"), description, unit(""));
        grid.addRow(2, label("Start"), start, unit("month"));
        grid.addRow(3, label("Horizon"), horizon, unit("months"));
        grid.addRow(4, label("Currency"), currency, unit("all money"));
        grid.add(error, 1, 5, 2, 1);
        refreshers.add(() -> {
            Plan p = vm.document().getPlan();
            EditedField.showIfIdle(name, p.name());
            EditedField.showIfIdle(description, p.description() == null ? "" : p.description());
            EditedField.showIfIdle(start, p.start().toString());
            EditedField.showIfIdle(horizon, Integer.toString(p.horizonMonths()));
            currency.setText(p.currency());
        });
        return new VBox(6, heading, grid);
    }

    /** Whether the roofline figures above are in use, or the plan's calibration replaces them. */
    private Label calibrationNote() {
        Label note = new Label();
        note.setId("calibration-note");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        refreshers.add(() -> {
            var c = vm.document().getPlan().calibration();
            note.setText(c == null
                    ? "No calibration: the roofline uses the three figures above. Plan → Calibrate with a Benchmark… "
                    + "measures them on a real device."
                    : "This plan carries a calibration (" + c.device() + ", " + c.provider() + ", " + c.measuredOn()
                    + "): the engine uses its efficiencies and step overhead instead of the three figures above.");
        });
        return note;
    }

    private VBox section(String group, List<AssumptionField> fields) {
        GridPane grid = grid();
        int row = 0;
        for (AssumptionField f : fields) {
            TextField value = new TextField();
            value.setId("assumption-" + f.name());
            Label error = EditedField.refusalLine();
            Sourced source = vm.source(f);
            Label sourceText = new Label("Default " + vm.defaultText(f) + ": " + source.source());
            sourceText.getStyleClass().add("source");
            sourceText.setWrapText(true);
            Label rough = new Label("rough");
            rough.getStyleClass().addAll("badge", "badge-warning");
            rough.setVisible(source.lowConfidence());
            rough.setManaged(source.lowConfidence());
            rough.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Hyperlink reset = new Hyperlink("reset to default");
            reset.setOnAction(e -> vm.resetToDefault(f));
            reset.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            EditedField.commitOnEnterOrLeave(value, error, text -> vm.commit(f, text));
            HBox about = new HBox(6, rough, sourceText, reset);
            about.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(sourceText, Priority.ALWAYS);
            grid.add(label(f.label()), 0, row);
            grid.add(value, 1, row);
            grid.add(unit(f.unit()), 2, row);
            grid.add(about, 3, row);
            grid.add(error, 1, row + 1, 3, 1);
            row += 2;
            refreshers.add(() -> {
                EditedField.showIfIdle(value, vm.text(f));
                reset.setVisible(!vm.isDefault(f));
                reset.setManaged(!vm.isDefault(f));
                value.getStyleClass().remove("changed");
                if (!vm.isDefault(f)) {
                    value.getStyleClass().add("changed");
                }
            });
        }
        return new VBox(6, heading(group), grid);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints(200);
        ColumnConstraints value = new ColumnConstraints(120, 120, 120);
        // wide enough for the longest unit ("% of dense speed") in the headless test font too
        ColumnConstraints unit = new ColumnConstraints(150);
        ColumnConstraints source = new ColumnConstraints();
        source.setHgrow(Priority.ALWAYS);
        source.setMinWidth(200);
        grid.getColumnConstraints().addAll(label, value, unit, source);
        return grid;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label unit(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("unit");
        return l;
    }

}
