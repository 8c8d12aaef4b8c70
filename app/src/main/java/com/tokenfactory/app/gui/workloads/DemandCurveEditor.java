package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.DemandUnit;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demand of one inference service: either start, level and yearly growth, or monthly points (linear in
 * between). Levels are tokens per day, requests per day or requests per month, as the user chooses (switching
 * converts them), and accept "20T", "1.5B" or "2e13".
 */
public final class DemandCurveEditor extends VBox {
    private final DemandCurveModel model;
    private final Label error = new Label();
    private final VBox body = new VBox(6);
    private final Button switchKind = new Button();
    private final ComboBox<DemandUnit> unit = new ComboBox<>();
    private boolean showing;
    private String serviceId;

    public DemandCurveEditor(DemandCurveModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("demand-editor");
        Label heading = new Label("Demand");
        heading.getStyleClass().add("section-title");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        switchKind.getStyleClass().add("small");
        switchKind.setId("demand-switch");
        switchKind.setOnAction(e -> show(model.switchKind(serviceId)));
        unit.setId("demand-unit");
        unit.getItems().setAll(DemandUnit.values());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(DemandUnit u) {
                return u == null ? "" : u.label();
            }

            @Override
            public DemandUnit fromString(String text) {
                return null;
            }
        });
        unit.setTooltip(new Tooltip("What the levels count. A request is the service's input + output tokens; "
                + "switching converts the levels (a month is 30.44 days on average), so the demand stays the same."));
        unit.valueProperty().addListener((o, was, now) -> {
            if (!showing && serviceId != null && now != null) {
                show(model.setUnit(serviceId, now));
            }
        });
        Label countedIn = new Label("Counted in");
        HBox unitRow = new HBox(8, countedIn, unit);
        unitRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(new HBox(8, heading, switchKind), unitRow, body, error);
        setPadding(new Insets(0, 0, 4, 0));
    }

    /** Shows the service's curve; null hides the editor. */
    public void edit(String id) {
        serviceId = id;
        setVisible(id != null);
        setManaged(id != null);
        error.setText("");
        if (id != null) {
            render();
        }
    }

    private void show(Optional<String> refusal) {
        error.setText(refusal.orElse(""));
        if (refusal.isEmpty()) {
            render();
        }
    }

    private void render() {
        body.getChildren().clear();
        DemandCurve curve = model.curve(serviceId);
        DemandUnit u = model.unit(serviceId);
        showing = true;
        unit.setValue(u);
        showing = false;
        if (curve instanceof DemandCurve.Growth g) {
            switchKind.setText("Use monthly points");
            TextField start = field("demand-start", g.start().toString());
            TextField level = field("demand-level", Numbers.editable(g.tokensPerDay()));
            TextField growth = field("demand-growth", Numbers.editable(Math.round(g.growthPerYear() * 1e8) / 1e6));
            Runnable commit = () -> show(model.setGrowth(serviceId, start.getText(), level.getText(), growth.getText()));
            for (TextField f : List.of(start, level, growth)) {
                f.setOnAction(e -> commit.run());
                f.focusedProperty().addListener((o, was, now) -> {
                    if (!now && serviceId != null) {
                        commit.run();
                    }
                });
            }
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            grid.addRow(0, new Label("From"), start, unit("month"));
            grid.addRow(1, new Label("Level"), level, unit(u.label()));
            grid.addRow(2, new Label("Growth"), growth, unit("%/yr"));
            body.getChildren().add(grid);
        } else {
            switchKind.setText("Use growth rate");
            List<DemandPoint> points = ((DemandCurve.Points) curve).points();
            List<TextField[]> rows = new ArrayList<>();
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            grid.addRow(0, unit("Month"), unit(Character.toUpperCase(u.label().charAt(0)) + u.label().substring(1)));
            Runnable commit = () -> {
                List<String[]> pairs = new ArrayList<>();
                for (TextField[] r : rows) {
                    if (!r[0].getText().isBlank() || !r[1].getText().isBlank()) {
                        pairs.add(new String[]{r[0].getText(), r[1].getText()});
                    }
                }
                show(model.setPoints(serviceId, pairs));
            };
            for (int i = 0; i < points.size() + 1; i++) {
                boolean blank = i == points.size();
                TextField month = field("demand-point-month-" + i, blank ? "" : points.get(i).month().toString());
                TextField level = field("demand-point-level-" + i, blank ? "" : Numbers.editable(points.get(i).tokensPerDay()));
                if (blank) {
                    month.setPromptText("add YYYY-MM");
                    level.setPromptText(u.label());
                }
                rows.add(new TextField[]{month, level});
                Button remove = new Button("×");
                remove.getStyleClass().add("flat");
                remove.setDisable(blank || points.size() == 1);
                int index = i;
                remove.setOnAction(e -> {
                    rows.remove(index);
                    commit.run();
                });
                for (TextField f : List.of(month, level)) {
                    f.setOnAction(e -> commit.run());
                }
                grid.addRow(i + 1, month, level, remove);
            }
            body.getChildren().add(grid);
        }
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(9);
        return f;
    }

    private static Label unit(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("unit");
        return l;
    }
}
