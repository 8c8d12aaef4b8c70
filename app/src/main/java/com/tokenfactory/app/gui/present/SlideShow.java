package com.tokenfactory.app.gui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The presentation's scene: one slide at a time above a footer with the plan, the keys and a slide counter. Moves on
 * → ↓ Space PageDown Enter and a (left) click; back on ← ↑ PageUp Backspace and a right click; Home and End jump to
 * the first and last slide; Esc leaves. Type scales with the window: the root font size is a fiftieth of its height
 * (an eightieth of its width on narrow screens), and every size in the stylesheet is in em of it. Use on the FX thread.
 */
final class SlideShow {
    static final String HINT = "→ next   ← back   Esc to leave";
    /** The font size charts are designed at on the dashboard, against which a slide's charts are magnified. */
    static final double DASHBOARD_FONT_PX = 12.0;

    private final BorderPane root = new BorderPane();
    private final StackPane slideArea = new StackPane();
    private final Label caption;
    private final Label counter = new Label();
    private int index = -1;
    private final Runnable leave;
    private DoubleBinding fontSize;
    private SlideContext context;
    private List<Node> views = List.of();

    SlideShow(String planName, Runnable leave) {
        this.leave = leave;
        caption = SlideViews.label(planName);
        caption.setId("slide-caption");
        counter.setId("slide-counter");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(caption, spacer, SlideViews.label(HINT), counter);
        footer.getStyleClass().add("footer");
        root.setCenter(slideArea);
        root.setBottom(footer);
        root.getStyleClass().add("presentation");
        root.setId("presentation");
    }

    /** The scene, sized and styled for the theme, with the keys and clicks installed. */
    Scene scene(PresentationTheme theme, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(PresentationStyles.uri(theme));
        fontSize = Bindings.createDoubleBinding(() -> fontSizeFor(scene.getWidth(), scene.getHeight()),
                scene.widthProperty(), scene.heightProperty());
        context = new SlideContext(theme, fontSize,
                Bindings.createDoubleBinding(() -> fontSize.get() / DASHBOARD_FONT_PX, fontSize));
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize.get()), fontSize));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (onKey(e.getCode())) {
                e.consume();
            }
        });
        scene.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                next();
            } else if (e.getButton() == MouseButton.SECONDARY) {
                previous();
            }
        });
        return scene;
    }

    /** The root font size for a window: large enough to read from the back of a room, never tiny or huge. */
    static double fontSizeFor(double width, double height) {
        return Math.max(12, Math.min(48, Math.min(height / 50, width / 80)));
    }

    /** Says the slides are being prepared (the engine runs on a worker). */
    void showMessage(String message) {
        views = List.of();
        index = -1;
        counter.setText("");
        Label label = SlideViews.wrapping(message, "message");
        label.setId("slide-message");
        slideArea.getChildren().setAll(label);
    }

    /** Shows the deck's slides from the first. */
    void show(Deck deck) {
        List<Node> built = new ArrayList<>();
        for (Slide s : deck.slides()) {
            built.add(SlideViews.of(s, context));
        }
        views = List.copyOf(built);
        if (deck.scenarioName() != null) {
            caption.setText(deck.planName() + " · scenario: " + deck.scenarioName());
        }
        go(0);
    }

    boolean onKey(KeyCode code) {
        switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> previous();
            case HOME -> go(0);
            case END -> go(views.size() - 1);
            case ESCAPE -> leave.run();
            default -> {
                return false;
            }
        }
        return true;
    }

    void next() {
        go(index + 1);
    }

    void previous() {
        go(index - 1);
    }

    /** Shows slide {@code i} (0-based); out-of-range moves (past the last, before the first) do nothing. */
    void go(int i) {
        if (views.isEmpty() || i < 0 || i >= views.size()) {
            return;
        }
        index = i;
        slideArea.getChildren().setAll(views.get(i));
        counter.setText((i + 1) + " / " + views.size());
    }
}
