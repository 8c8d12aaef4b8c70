package com.tokenfactory.app.gui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.Locale;

/**
 * Keeps a headline on one line: when it would not fit the width at its full size, its type shrinks (to no less than
 * {@link #SMALLEST} of it) rather than breaking the line; only a headline still too long then wraps.
 */
final class HeadlineFit {
    /** The headline's size, in em of the root font (as in the stylesheet's {@code .slide-headline}). */
    static final double EM = 2.05;
    static final double SMALLEST = 0.72;

    private HeadlineFit() {
    }

    /** Binds the headline's size to the width of {@code within} and the root font size. */
    static void install(Label headline, Region within, ObservableDoubleValue rootFontPx) {
        headline.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                        "-fx-font-size: %.3fem;", EM * factor(headline.getText(), rootFontPx.get() * EM,
                                within.getWidth() - within.getInsets().getLeft() - within.getInsets().getRight())),
                within.widthProperty(), rootFontPx, headline.textProperty()));
    }

    /** 1 when the text fits {@code width} at {@code fontPx}, else the factor that makes it fit (not below SMALLEST). */
    static double factor(String text, double fontPx, double width) {
        if (width <= 0) {
            return 1;
        }
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontPx));
        double needed = t.getLayoutBounds().getWidth();
        // a little slack: the label's own font may measure slightly wider than this one
        return needed <= width * 0.97 ? 1 : Math.max(SMALLEST, width * 0.97 / needed);
    }
}
