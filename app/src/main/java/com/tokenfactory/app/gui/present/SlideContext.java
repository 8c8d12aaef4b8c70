package com.tokenfactory.app.gui.present;

import javafx.beans.value.ObservableDoubleValue;

/**
 * What slide views need besides their slide: the theme's colours for what they draw themselves, the root font size
 * (px) for text drawn on a canvas, and how much larger than on the dashboard charts are drawn. Both sizes follow the
 * window.
 */
record SlideContext(PresentationTheme theme, ObservableDoubleValue fontSize, ObservableDoubleValue chartScale) {
}
