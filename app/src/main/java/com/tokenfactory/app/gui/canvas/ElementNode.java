package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.common.Icons;
import com.tokenfactory.core.plan.Box;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.ValidationIssue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One element on the canvas: a card with its figures, a problem marker when the plan has problems with it, and a
 * resize handle while selected. Subclasses fill the card; this class does selection, presence and problems.
 */
public abstract class ElementNode extends StackPane {
    private final String elementId;
    private final ElementKind kind;
    private final Region resizeHandle = new Region();
    private final Label problemMarker = new Label();
    protected final VBox card = new VBox(2);

    protected ElementNode(String elementId, ElementKind kind, String styleClass) {
        this.elementId = elementId;
        this.kind = kind;
        getStyleClass().addAll("element", styleClass);
        setUserData(elementId);
        card.getStyleClass().add("card");
        card.setMinSize(0, 0);
        resizeHandle.getStyleClass().add("resize-handle");
        resizeHandle.setUserData(new ResizeHandle(elementId));
        resizeHandle.setVisible(false);
        resizeHandle.setMaxSize(10, 10);
        problemMarker.getStyleClass().add("problem-marker");
        problemMarker.setVisible(false);
        problemMarker.setMouseTransparent(false);
        StackPane.setAlignment(resizeHandle, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(problemMarker, Pos.TOP_RIGHT);
        StackPane.setAlignment(card, Pos.TOP_LEFT);
        getChildren().addAll(card, problemMarker, resizeHandle);
        setManaged(false);
        setMinSize(0, 0);
    }

    /** What the user data of a resize handle says: the element it resizes. */
    public record ResizeHandle(String elementId) {
    }

    public String elementId() {
        return elementId;
    }

    public ElementKind kind() {
        return kind;
    }

    public void place(Box b) {
        relocate(b.x(), b.y());
        resize(b.width(), b.height());
        setPrefSize(b.width(), b.height());
    }

    public void setSelected(boolean selected) {
        pseudoToggle("selected", selected);
        resizeHandle.setVisible(selected);
    }

    public void setPresence(BuildOutAtMonth.Status status) {
        for (Presence p : Presence.values()) {
            getStyleClass().remove(p.styleClass());
        }
        getStyleClass().add(status.presence().styleClass());
    }

    /** Marks the element with its plan problems: red for errors, amber for warnings; the tooltip lists them. */
    public void setIssues(List<ValidationIssue> issues) {
        getStyleClass().removeAll("has-error", "has-warning");
        boolean error = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        boolean warning = issues.stream().anyMatch(i -> i.severity() == Severity.WARNING);
        if (!error && !warning) {
            problemMarker.setVisible(false);
            problemMarker.setTooltip(null);
            return;
        }
        getStyleClass().add(error ? "has-error" : "has-warning");
        problemMarker.setGraphic(Icons.of(error ? Material2AL.ERROR : Material2MZ.WARNING, 16));
        problemMarker.getStyleClass().removeAll("error", "warning");
        problemMarker.getStyleClass().add(error ? "error" : "warning");
        problemMarker.setVisible(true);
        Tooltip tip = new Tooltip(issues.stream().filter(i -> i.severity() != Severity.INFO)
                .map(ValidationIssue::message).collect(Collectors.joining("\n")));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        problemMarker.setTooltip(tip);
    }

    public boolean markedAsError() {
        return getStyleClass().contains("has-error");
    }

    private void pseudoToggle(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        } else if (!on) {
            getStyleClass().remove(styleClass);
        }
    }

    // ---- helpers for subclasses ----

    protected static Label title(Ikon ikon, String text) {
        Label l = line(text, "element-title");
        FontIcon icon = Icons.of(ikon, 15);
        icon.getStyleClass().add("element-icon");
        l.setGraphic(icon);
        return l;
    }

    protected static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    protected static FlowPane badges(Collection<String> labels) {
        FlowPane row = new FlowPane(4, 3);
        row.getStyleClass().add("badges");
        for (String c : labels) {
            Label b = new Label(c);
            b.getStyleClass().add("badge");
            row.getChildren().add(b);
        }
        return row;
    }

    protected static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Label) {
                HBox.setHgrow(n, Priority.SOMETIMES);
            }
        }
        return row;
    }
}
