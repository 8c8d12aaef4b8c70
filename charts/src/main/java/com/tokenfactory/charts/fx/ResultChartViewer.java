package com.tokenfactory.charts.fx;

import com.tokenfactory.charts.PeriodAxis;
import com.tokenfactory.charts.SeriesEmphasis;
import com.tokenfactory.charts.SeriesKeys;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.charts.style.ReadableNumberFormat;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;

import java.awt.BasicStroke;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A JavaFX node showing one of our charts: tooltips with values and units, a crosshair that snaps to the month or
 * plan year under the pointer (and reads the left axis on single-plot charts), zoom by dragging a rectangle or
 * scrolling (double-click to undo), JFreeChart's context menu for export, and clicks on a series or its legend item
 * reported as the {@link SeriesKey} of the plan element, so the app can highlight it; and the other way round, the
 * series of elements selected elsewhere put forward ({@link #emphasize}). Use on the FX thread.
 */
public class ResultChartViewer extends ChartViewer {
    private final ReadOnlyObjectWrapper<SeriesKey> lastClicked = new ReadOnlyObjectWrapper<>(this, "lastClicked");
    private final CrosshairOverlayFX overlay = new CrosshairOverlayFX();
    private final Crosshair periodCrosshair = new Crosshair(Double.NaN);
    private final Crosshair valueCrosshair = new Crosshair(Double.NaN);
    private AxisRanges asBuilt = AxisRanges.of(null);
    private Consumer<SeriesKey> onSeriesClicked = key -> { };
    private java.util.function.IntConsumer onPointTraced = point -> { };
    private java.util.function.BiConsumer<SeriesKey, Integer> onSeriesPointTraced;
    private SeriesEmphasis emphasis;
    private Set<SeriesKey> emphasized = Set.of();
    /** The time axis of the chart shown, which labels the period crosshair; null on a chart without one. */
    private PeriodAxis periodAxis;
    /** The style the crosshairs are drawn in; restyled only when it changes (each change redraws the chart). */
    private ChartStyle crosshairStyle;

    public ResultChartViewer() {
        super(null, true);
        getCanvas().setTooltipEnabled(true);
        getCanvas().setDomainZoomable(true);
        getCanvas().setRangeZoomable(true);
        getCanvas().addOverlay(overlay);
        overlay.addDomainCrosshair(periodCrosshair);
        overlay.addRangeCrosshair(valueCrosshair);
        addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                clicked(event);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                moveCrosshair(event.getTrigger().getX(), event.getTrigger().getY());
            }
        });
        getCanvas().setOnMouseExited(e -> hideCrosshair());
        ReadableNumberFormat number = new ReadableNumberFormat();
        periodCrosshair.setLabelAnchor(RectangleAnchor.BOTTOM);
        periodCrosshair.setLabelGenerator(c -> periodAxis == null ? "" : periodAxis.labelAt(c.getValue()));
        valueCrosshair.setLabelAnchor(RectangleAnchor.LEFT);
        valueCrosshair.setLabelGenerator(c -> number.format(c.getValue()));
    }

    public ResultChartViewer(JFreeChart chart, ChartStyle style) {
        this();
        setChart(chart, style);
    }

    /** Shows a chart built by {@link com.tokenfactory.charts.ResultCharts}; its style is read from its background. */
    @Override
    public void setChart(JFreeChart chart) {
        setChart(chart, ChartStyle.DARK.background().equals(chart.getBackgroundPaint())
                ? ChartStyle.DARK : ChartStyle.LIGHT);
    }

    /**
     * Shows a chart built by {@link com.tokenfactory.charts.ResultCharts} in the given style. The chart is drawn once:
     * the emphasis and the crosshairs are set before the canvas listens to it (each change to a chart the canvas
     * shows draws the whole chart again).
     */
    public void setChart(JFreeChart chart, ChartStyle style) {
        hideCrosshair();
        SeriesEmphasis next = new SeriesEmphasis(chart);
        next.emphasize(emphasized);
        // a combined plot is an XYPlot too, whose domain axis is the shared one
        periodAxis = chart.getPlot() instanceof XYPlot plot && plot.getDomainAxis() instanceof PeriodAxis a ? a : null;
        if (style != crosshairStyle) {
            // each crosshair setting would draw the old chart again: the canvas stops listening meanwhile
            overlay.removeChangeListener(getCanvas());
            styleCrosshairs(style);
            overlay.addChangeListener(getCanvas());
        }
        super.setChart(chart);
        emphasis = next;
        asBuilt = AxisRanges.of(chart);
    }

    /** The series last clicked (a bar, point, line or legend item), or null before any click. */
    public ReadOnlyObjectProperty<SeriesKey> lastClickedProperty() {
        return lastClicked.getReadOnlyProperty();
    }

    /** Called with the key of every series clicked, even the same one again. */
    public void setOnSeriesClicked(Consumer<SeriesKey> handler) {
        this.onSeriesClicked = handler == null ? key -> { } : handler;
    }

    /**
     * Called with the month or plan year index of a Shift- or Alt-click on the chart (a plain click selects a series):
     * the dashboard traces that period's figure.
     */
    public void setOnPointTraced(java.util.function.IntConsumer handler) {
        this.onPointTraced = handler == null ? point -> { } : handler;
    }

    /**
     * Called with the series and the month or plan year index of a Shift- or Alt-click on one of its bars or points;
     * without this handler (or off any series) such a click goes to {@link #setOnPointTraced}.
     */
    public void setOnSeriesPointTraced(java.util.function.BiConsumer<SeriesKey, Integer> handler) {
        this.onSeriesPointTraced = handler;
    }

    /**
     * Fades every series but those of these plan elements, on this chart and on every chart shown after it; an empty
     * set, or elements with no series here, shows the chart as built.
     */
    public void emphasize(Set<SeriesKey> keys) {
        emphasized = Set.copyOf(keys);
        if (emphasis != null) {
            emphasis.emphasize(emphasized);
        }
    }

    /** Undoes zooming and panning: every axis back to its range as built. */
    public void resetZoom() {
        asBuilt.restore();
    }

    /** The crosshair's current period index, NaN when hidden. */
    public double crosshairPoint() {
        return periodCrosshair.isVisible() ? periodCrosshair.getValue() : Double.NaN;
    }

    /** The label of the month or plan year under the crosshair ("Mar 2027"), "" when hidden; e.g. for a status bar. */
    public String crosshairPeriod() {
        return periodCrosshair.isVisible() ? periodCrosshair.getLabelGenerator().generateLabel(periodCrosshair) : "";
    }

    private void clicked(ChartMouseEventFX event) {
        if (event.getTrigger().getClickCount() == 2) {
            resetZoom();
            return;
        }
        if (event.getTrigger().isShiftDown() || event.getTrigger().isAltDown()) {
            Optional<SeriesKey> series = SeriesKeys.of(event.getEntity());
            CrosshairPosition.at(getChart(), getCanvas().getRenderingInfo(), event.getTrigger().getX(),
                    event.getTrigger().getY()).ifPresent(at -> {
                        if (series.isPresent() && onSeriesPointTraced != null) {
                            onSeriesPointTraced.accept(series.get(), at.point());
                        } else {
                            onPointTraced.accept(at.point());
                        }
                    });
            return;
        }
        Optional<SeriesKey> key = SeriesKeys.of(event.getEntity());
        key.ifPresent(k -> {
            lastClicked.set(k);
            onSeriesClicked.accept(k);
        });
    }

    private void moveCrosshair(double x, double y) {
        Optional<CrosshairPosition> at = CrosshairPosition.at(getChart(), getCanvas().getRenderingInfo(), x, y);
        if (at.isEmpty()) {
            hideCrosshair();
            return;
        }
        periodCrosshair.setVisible(true);
        periodCrosshair.setValue(at.get().point());
        valueCrosshair.setVisible(at.get().value().isPresent());
        at.get().value().ifPresent(valueCrosshair::setValue);
    }

    private void hideCrosshair() {
        periodCrosshair.setVisible(false);
        valueCrosshair.setVisible(false);
    }

    private void styleCrosshairs(ChartStyle style) {
        crosshairStyle = style;
        for (Crosshair c : new Crosshair[]{periodCrosshair, valueCrosshair}) {
            c.setPaint(ChartStyle.withAlpha(style.foreground(), 0.6));
            c.setStroke(new BasicStroke(1f));
            c.setLabelVisible(true);
            c.setLabelFont(style.tickFont());
            c.setLabelPaint(style.foreground());
            c.setLabelBackgroundPaint(ChartStyle.withAlpha(style.background(), 0.9));
            c.setLabelOutlinePaint(style.grid());
        }
    }
}
