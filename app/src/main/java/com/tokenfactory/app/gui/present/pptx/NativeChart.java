package com.tokenfactory.app.gui.present.pptx;

import java.util.List;

/**
 * A chart as PowerPoint draws it natively: categories along the bottom (plan years or months) and one or more panels,
 * each with layers of series on a left (and maybe a right) value axis. Built from the charts module's JFreeChart
 * (see {@link NativeCharts}), so the deck shows the same series as the windows, the report and presentation mode.
 *
 * @param categories the label of each point: "Y1 (2027)", "Jan 2027"
 */
record NativeChart(List<String> categories, List<Panel> panels) {
    NativeChart {
        categories = List.copyOf(categories);
        panels = List.copyOf(panels);
    }

    /** How a layer is drawn. */
    enum Shape { STACKED_BAR, BAR, STACKED_AREA, LINE }

    /**
     * One plot area: JFreeChart's plot, or one subplot of a combined plot.
     *
     * @param axisTitle          the left axis' title, e.g. "USD"
     * @param secondaryAxisTitle the right axis' title, or null when every layer uses the left one
     */
    record Panel(String axisTitle, String secondaryAxisTitle, List<Layer> layers, boolean horizontal) {
        Panel {
            layers = List.copyOf(layers);
        }

        Panel(String axisTitle, String secondaryAxisTitle, List<Layer> layers) {
            this(axisTitle, secondaryAxisTitle, layers, false);
        }
    }

    /** Series drawn the same way on the same axis. */
    record Layer(Shape shape, boolean secondary, List<SeriesValues> series) {
        Layer {
            series = List.copyOf(series);
        }
    }

    /**
     * One series: its legend name and a value per category (NaN where it has none).
     *
     * @param fill null for PowerPoint's own colour, "none" for no fill (the hidden base of a fan), or an RRGGBB colour
     */
    record SeriesValues(String name, double[] values, String fill) {
        SeriesValues(String name, double[] values) {
            this(name, values, null);
        }
    }
}
