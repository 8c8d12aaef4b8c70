package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The plan's problems, errors first. Clicking one selects (and shows) the element it concerns.
 */
public final class ProblemsView extends BorderPane {
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ListView<ValidationIssue> list = new ListView<>(issues);
    private final Label summary = new Label();

    public ProblemsView(ObservableValue<SimulationResult> result, Function<String, String> elementName,
                        Consumer<String> reveal) {
        getStyleClass().add("problems");
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems: every pod fits its hall, every workload has capacity it may use."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ValidationIssue issue, boolean empty) {
                super.updateItem(issue, empty);
                if (empty || issue == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String name = elementName.apply(issue.elementId());
                boolean named = issue.message().contains(name) || issue.message().contains(issue.elementId());
                setText(named ? issue.message() : name + " — " + issue.message());
                setGraphic(icon(issue.severity()));
                getStyleClass().removeAll("error", "warning", "info");
                getStyleClass().add(issue.severity().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                reveal.accept(now.elementId());
            }
        });
        Label title = new Label("Problems");
        title.getStyleClass().add("section-title");
        summary.setId("problems-summary");
        summary.getStyleClass().add("muted");
        HBox header = new HBox(10, title, summary);
        header.setPadding(new Insets(4, 8, 4, 8));
        setTop(header);
        setCenter(list);
        result.addListener((o, was, now) -> show(now));
        show(result.getValue());
    }

    private void show(SimulationResult r) {
        if (r == null) {
            return;
        }
        issues.setAll(r.issues().stream().sorted(Comparator.comparing(ValidationIssue::severity)).toList());
        summary.setText(Numbers.plural(r.count(Severity.ERROR), "error") + ", "
                + Numbers.plural(r.count(Severity.WARNING), "warning") + ", "
                + Numbers.plural(r.count(Severity.INFO), "note"));
    }

    private static javafx.scene.Node icon(Severity s) {
        return switch (s) {
            case ERROR -> withClass(Icons.of(Material2AL.ERROR), "error");
            case WARNING -> withClass(Icons.of(Material2MZ.WARNING), "warning");
            case INFO -> withClass(Icons.of(Material2AL.INFO), "info");
        };
    }

    private static javafx.scene.Node withClass(javafx.scene.Node n, String c) {
        n.getStyleClass().add("severity-" + c);
        return n;
    }

    public ListView<ValidationIssue> list() {
        return list;
    }
}
