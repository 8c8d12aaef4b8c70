package com.tokenfactory.app.gui.properties;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

import java.util.Optional;
import java.util.function.Function;

/**
 * How every form of the app takes a typed value (property editor, assumptions, scenarios): the value is committed on
 * Enter and when the field is left; a value the model refuses stays in the field, marked red, with the reason on a line
 * under it; and the plan's value is shown again only where the user is not typing and nothing refused is shown.
 */
public final class EditedField {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    /** Key in a field's properties of the text it held when it last showed or committed the plan's value. */
    private static final String PLAN_TEXT = "tokenfactory.plan-text";

    private EditedField() {
    }

    /** The line under a field for the reason its value was refused; hidden until there is one. */
    public static Label refusalLine() {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    /** Commits the field's text on Enter and when the field loses the focus, and shows what {@code commit} refuses. */
    public static void commitOnEnterOrLeave(TextField field, Label refusal, Function<String, Optional<String>> commit) {
        Runnable run = () -> {
            String reason = commit.apply(field.getText()).orElse(null);
            showRefusal(field, refusal, reason);
            if (reason == null) {
                markCommitted(field);
            }
        };
        field.setOnAction(e -> run.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                run.run();
            }
        });
    }

    /** Shows why the field's value was refused, marking the field red; null clears both. */
    public static void showRefusal(Node field, Label line, String reason) {
        boolean refused = reason != null;
        line.setText(refused ? reason : "");
        line.setVisible(refused);
        line.setManaged(refused);
        field.pseudoClassStateChanged(DANGER, refused);
    }

    /**
     * Shows the plan's value, unless the user is typing in the field or it holds a refused value. A focused field
     * whose text is still the plan's value (nothing typed since it was shown or committed) follows the plan too, so
     * an undo or redo while it has the focus does not leave it showing a value the plan no longer has.
     */
    public static void showIfIdle(TextInputControl field, String text) {
        if ((!field.isFocused() || holdsPlanValue(field)) && !field.getPseudoClassStates().contains(DANGER)) {
            field.setText(text);
            markCommitted(field);
        }
    }

    /** Records that the field's text is now the plan's value (call when a commit of it was taken). */
    public static void markCommitted(TextInputControl field) {
        field.getProperties().put(PLAN_TEXT, field.getText());
    }

    /**
     * Whether the field is a plan field showing the plan's value, nothing typed since: then Undo and Redo mean the
     * plan's, not the field's own text history.
     */
    public static boolean holdsPlanValue(TextInputControl field) {
        Object shown = field.getProperties().get(PLAN_TEXT);
        return shown != null && shown.equals(field.getText());
    }
}
