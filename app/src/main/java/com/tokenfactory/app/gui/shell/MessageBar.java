package com.tokenfactory.app.gui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.tokenfactory.app.gui.common.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A message across the top of the window: errors (a file that did not open) stay until dismissed; notices (why a drop
 * was refused) fade after a few seconds. Never a modal dialog for something the user cannot act on. Drawn by
 * AtlantaFX's {@code Message}, so its colours and close button are the theme's own (decision 0018).
 */
public final class MessageBar extends StackPane {
    private final Message message = new Message();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    public MessageBar() {
        setId("message-bar");
        getStyleClass().add("message-bar");
        setPadding(new Insets(6, 10, 6, 10));
        message.setId("message-text");
        message.setOnClose(e -> hide());
        getChildren().add(message);
        fade.setOnFinished(e -> hide());
        hide();
    }

    public void error(String text) {
        show(text, Styles.DANGER, Icons.of(Material2AL.ERROR));
        fade.stop();
    }

    public void notice(String text) {
        show(text, Styles.WARNING, Icons.of(Material2MZ.WARNING));
        fade.playFromStart();
    }

    private void show(String text, String kind, Node icon) {
        message.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        message.getStyleClass().add(kind);
        message.setDescription(text);
        message.setGraphic(icon);
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    /** The message shown, or null when none is. */
    public String message() {
        return isVisible() ? message.getDescription() : null;
    }

    /** Whether the message is an error (stays) rather than a notice (fades). */
    boolean isError() {
        return message.getStyleClass().contains(Styles.DANGER);
    }
}
