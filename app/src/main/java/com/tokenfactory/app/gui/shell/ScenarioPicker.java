package com.tokenfactory.app.gui.shell;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** The toolbar's "Results under" list: shows {@link ScenarioChoices}, and a pick there is the window's scenario. */
final class ScenarioPicker extends ComboBox<String> {
    ScenarioPicker(ScenarioChoices choices) {
        super(choices.ids());
        setId("scenario-picker");
        setPrefWidth(220);
        setButtonCell(new Cell(choices));
        setCellFactory(l -> new Cell(choices));
        setValue(choices.chosen());
        choices.onChange(() -> setValue(choices.chosen()));
        valueProperty().addListener((o, was, now) -> choices.choose(now));
    }

    private static final class Cell extends ListCell<String> {
        private final ScenarioChoices choices;

        Cell(ScenarioChoices choices) {
            this.choices = choices;
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : choices.label(id));
        }
    }
}
