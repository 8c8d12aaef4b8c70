package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.trace.Explanation;
import com.tokenfactory.core.trace.ExplanationText;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a figure was made (issue 13): the explanation as an expandable tree — each node its figure and formula, each
 * leaf where it comes from — and, for the node selected, its formula, source or why it is blank; a leaf that is a
 * field of a plan element can select that element ("Select in plan").
 */
public final class TracePanel extends VBox {
    private final TreeView<Explanation> tree = new TreeView<>();
    private final Label title = new Label();
    private final Label details = new Label();
    private final Button select = new Button("Select in plan");
    private final Function<String, Optional<String>> elementOf;
    private final Consumer<String> selectElement;

    /**
     * @param elementOf     the element id a leaf's place names ("sites[0].electricityUsdPerMwh" → the site's id)
     * @param selectElement selects an element on the canvas and in the property editor
     */
    public TracePanel(Function<String, Optional<String>> elementOf, Consumer<String> selectElement) {
        super(8);
        this.elementOf = elementOf;
        this.selectElement = selectElement;
        setId("trace-panel");
        setPadding(new Insets(10));
        title.getStyleClass().add("kpi-value");
        title.setWrapText(true);
        tree.setId("trace-tree");
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Explanation e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : line(e));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> describe(now));
        VBox.setVgrow(tree, Priority.ALWAYS);
        details.setId("trace-details");
        details.setWrapText(true);
        details.setMinHeight(80);
        select.setId("trace-select");
        select.setDisable(true);
        select.setOnAction(e -> {
            TreeItem<Explanation> item = tree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue().isLeaf()) {
                elementOf.apply(item.getValue().origin().where()).ifPresent(selectElement);
            }
        });
        getChildren().addAll(title, tree, details, new HBox(8, select));
    }

    public void show(Explanation e) {
        title.setText(e.label() + " = " + ExplanationText.value(e.value()) + " " + e.unit());
        TreeItem<Explanation> root = item(e);
        root.setExpanded(true);
        tree.setRoot(root);
        tree.getSelectionModel().select(root);
        tree.requestFocus();
    }

    public TreeView<Explanation> tree() {
        return tree;
    }

    private static TreeItem<Explanation> item(Explanation e) {
        TreeItem<Explanation> item = new TreeItem<>(e);
        for (Explanation c : e.children()) {
            item.getChildren().add(item(c));
        }
        return item;
    }

    static String line(Explanation e) {
        String figure = e.label() + " = " + ExplanationText.value(e.value()) + (e.unit().isEmpty() ? "" : " " + e.unit());
        return e.isLeaf() ? figure + "  ← " + e.origin().provenance().words() : figure + "   [" + e.formula() + "]";
    }

    private void describe(TreeItem<Explanation> item) {
        if (item == null) {
            details.setText("");
            select.setDisable(true);
            return;
        }
        Explanation e = item.getValue();
        StringBuilder text = new StringBuilder();
        if (e.why() != null) {
            text.append("Why: ").append(e.why()).append('\n');
        }
        if (e.isLeaf()) {
            text.append(e.origin().provenance().words()).append(" — ").append(e.origin().where()).append('\n')
                    .append("Source: ").append(e.origin().source());
        } else {
            text.append(e.formula());
        }
        details.setText(text.toString());
        select.setDisable(!e.isLeaf() || elementOf.apply(e.origin().where()).isEmpty());
    }
}
