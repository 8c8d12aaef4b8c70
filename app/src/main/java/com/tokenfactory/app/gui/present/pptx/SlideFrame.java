package com.tokenfactory.app.gui.present.pptx;

import java.awt.geom.Rectangle2D;

/** Where things go on a 16:9 slide of 960 × 540 points (13.33 × 7.5 inches, PowerPoint's widescreen). */
final class SlideFrame {
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    static final double MARGIN = 40;
    static final Rectangle2D TITLE = new Rectangle2D.Double(MARGIN, 22, WIDTH - 2 * MARGIN, 48);
    static final Rectangle2D HEADLINE = new Rectangle2D.Double(MARGIN, 70, WIDTH - 2 * MARGIN, 44);
    static final Rectangle2D BODY = new Rectangle2D.Double(MARGIN, 120, WIDTH - 2 * MARGIN, 372);
    static final Rectangle2D FOOTER = new Rectangle2D.Double(MARGIN, 504, WIDTH - 2 * MARGIN - 80, 24);
    static final Rectangle2D NUMBER = new Rectangle2D.Double(WIDTH - MARGIN - 80, 504, 80, 24);

    private SlideFrame() {
    }

    /** Part {@code i} of {@code n} of the body, stacked top to bottom with a small gap. */
    static Rectangle2D bodyRow(int i, int n) {
        double gap = 8;
        double h = (BODY.getHeight() - gap * (n - 1)) / n;
        return new Rectangle2D.Double(BODY.getX(), BODY.getY() + i * (h + gap), BODY.getWidth(), h);
    }
}
