package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.app.gui.common.Icons;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The timeline under the canvas: a slider over the plan's months; the canvas shows what is energized, installed and
 * under contract in the chosen month. Play steps through the months so the build-out grows on screen.
 */
public final class TimelineBar extends HBox {
    private final CanvasViewModel vm;
    private final Slider slider = new Slider();
    private final Label month = new Label();
    private final Button play = new Button();
    private final Timeline player = new Timeline(new KeyFrame(Duration.millis(180), e -> step()));

    public TimelineBar(CanvasViewModel vm) {
        super(10);
        this.vm = vm;
        getStyleClass().add("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("timeline-slider");
        slider.setMin(0);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(12);
        slider.setMinorTickCount(11);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        month.setId("timeline-month");
        month.getStyleClass().add("timeline-month");
        month.setMinWidth(170);
        play.setGraphic(Icons.of(Material2MZ.PLAY_ARROW));
        play.setTooltip(new Tooltip("Play the build-out month by month"));
        play.getStyleClass().add("flat");
        play.setOnAction(e -> togglePlay());
        player.setCycleCount(Timeline.INDEFINITE);
        Label title = new Label("Timeline");
        title.getStyleClass().add("muted");
        getChildren().addAll(title, play, slider, month);

        Runnable range = () -> {
            slider.setMax(Math.max(0, vm.plan().horizonMonths() - 1));
            slider.setValue(vm.monthIndexProperty().get());
            updateLabel();
        };
        range.run();
        vm.document().planProperty().addListener(o -> range.run());
        slider.valueProperty().addListener((o, was, now) -> vm.monthIndexProperty().set((int) Math.round(now.doubleValue())));
        vm.monthIndexProperty().addListener((o, was, now) -> {
            slider.setValue(now.intValue());
            updateLabel();
        });
    }

    private void updateLabel() {
        int i = vm.monthIndexProperty().get();
        month.setText(vm.month() + "  (month " + (i + 1) + " of " + vm.plan().horizonMonths() + ")");
    }

    private void togglePlay() {
        if (player.getStatus() == Timeline.Status.RUNNING) {
            player.stop();
            play.setGraphic(Icons.of(Material2MZ.PLAY_ARROW));
        } else {
            if (vm.monthIndexProperty().get() >= vm.plan().horizonMonths() - 1) {
                vm.monthIndexProperty().set(0);
            }
            player.play();
            play.setGraphic(Icons.of(Material2MZ.PAUSE));
        }
    }

    private void step() {
        int next = vm.monthIndexProperty().get() + 1;
        if (next >= vm.plan().horizonMonths()) {
            togglePlay();
            return;
        }
        vm.monthIndexProperty().set(next);
    }
}
