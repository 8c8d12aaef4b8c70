package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.plan.Box;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canvas's zoom and pan, worked by hand: screen = world × zoom + pan. */
class ViewportTest {
    private final Viewport view = new Viewport();

    @Test
    void fitShowsEveryBoxWithAMarginAndNeverMagnifies() {
        // 1,000 × 500 of boxes in a 548 × 400 canvas: (548 − 48) / 1000 = 0.5 wide, (400 − 48) / 500 = 0.704 high
        view.fit(List.of(new Box(100, 100, 400, 200), new Box(700, 400, 400, 200)), 548, 400);
        assertEquals(0.5, view.zoom(), 1e-12);
        assertEquals(24 - 100 * 0.5, view.panXProperty().get(), 1e-12, "left edge at the margin");
        assertEquals(24 - 100 * 0.5, view.panYProperty().get(), 1e-12);
        view.fit(List.of(new Box(0, 0, 100, 100)), 1000, 800);
        assertEquals(1.0, view.zoom(), "a small build-out is shown at 100%, not blown up");
        assertEquals(24 + (1000 - 48 - 100) / 2.0, view.panXProperty().get(), 1e-12, "centred across");
    }

    @Test
    void zoomingKeepsThePointUnderThePointerAndStaysWithinLimits() {
        view.fit(List.of(new Box(0, 0, 100, 100)), 1000, 800);
        double worldX = (300 - view.panXProperty().get()) / view.zoom();
        view.zoomAround(300, 200, 2);
        assertEquals(2.0, view.zoom(), 1e-12);
        assertEquals(300, view.screenX(worldX), 1e-9);
        view.zoomAround(300, 200, 100);
        assertEquals(Viewport.MAX_ZOOM, view.zoom());
        view.zoomAround(300, 200, 1e-6);
        assertEquals(Viewport.MIN_ZOOM, view.zoom());
    }

    @Test
    void theBuildOutStaysFittedUntilTheUserZoomsOrPans() {
        List<Box> boxes = List.of(new Box(0, 0, 2000, 1000));
        assertTrue(view.refit(boxes, 1048, 600));
        assertFalse(view.refit(boxes, 1048, 600), "same size: nothing to do");
        assertTrue(view.refit(boxes, 548, 600), "resized: fitted again");
        view.stopAutoFit();
        assertFalse(view.refit(boxes, 1048, 600), "the user's zoom is kept");
        view.restartAutoFit();
        assertTrue(view.refit(boxes, 1048, 600), "another plan opened");
    }

    @Test
    void revealCentresABoxThatIsOutOfView() {
        Box inView = new Box(10, 10, 50, 50);
        view.reveal(inView, 800, 600);
        assertEquals(0, view.panXProperty().get(), "already in view: no move");
        view.reveal(new Box(2000, 1000, 100, 100), 800, 600);
        assertEquals(400 - 2050, view.panXProperty().get(), 1e-12);
        assertEquals(300 - 1050, view.panYProperty().get(), 1e-12);
    }
}
