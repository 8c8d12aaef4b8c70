package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.common.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A one-line message across the top of the window: errors (a file that did not open) stay until dismissed; notices
 * (why a drop was refused) fade after a few seconds. Never a modal dialog for something the user cannot act on.
 */
public final class MessageBar extends HBox {
    private final Label text = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    public MessageBar() {
        super(8);
        setId("message-bar");
        getStyleClass().add("message-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        text.setId("message-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Material2AL.CLOSE));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        fade.setOnFinished(e -> hide());
        hide();
    }

    public void error(String message) {
        show(message, "error", Icons.of(Material2AL.ERROR));
        fade.stop();
    }

    public void notice(String message) {
        show(message, "notice", Icons.of(Material2MZ.WARNING));
        fade.playFromStart();
    }

    private void show(String message, String kind, javafx.scene.Node icon) {
        getStyleClass().removeAll("error", "notice");
        getStyleClass().add(kind);
        text.setText(message);
        text.setGraphic(icon);
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    public String message() {
        return isVisible() ? text.getText() : null;
    }
}
