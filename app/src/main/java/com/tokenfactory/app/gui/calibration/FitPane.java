package com.tokenfactory.app.gui.calibration;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fit in words: a headline, its figures one per row, and the notes of the run and of the fit. */
final class FitPane extends VBox {
    private final Label headline = new Label();
    private final GridPane facts = new GridPane();
    private final VBox notes = new VBox(4);

    FitPane() {
        super(6);
        setId("fit");
        headline.setWrapText(true);
        headline.setStyle("-fx-font-weight: bold;");
        facts.setHgap(12);
        facts.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        getChildren().addAll(headline, facts, notes);
        show(null);
    }

    void show(FitSummary summary) {
        facts.getChildren().clear();
        notes.getChildren().clear();
        if (summary == null) {
            headline.setText("The fit appears here once there is a measurement.");
            return;
        }
        headline.setText(summary.headline());
        int row = 0;
        for (FitSummary.Fact f : summary.facts()) {
            Label label = new Label(f.label());
            label.setStyle(CalibrationView.MUTED);
            Label value = new Label(f.value());
            value.setWrapText(true);
            facts.addRow(row++, label, value);
        }
        for (String n : summary.notes()) {
            Label note = new Label("• " + n);
            note.setWrapText(true);
            note.setStyle(CalibrationView.MUTED);
            notes.getChildren().add(note);
        }
    }
}
