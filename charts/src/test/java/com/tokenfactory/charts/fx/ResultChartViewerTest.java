package com.tokenfactory.charts.fx;

import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.SeriesEmphasis;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.data.SeriesName;
import com.tokenfactory.charts.style.ChartStyle;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer in a (headless, Monocle) window: clicks resolve to series keys, the crosshair snaps, zoom undoes. */
@ExtendWith(ApplicationExtension.class)
class ResultChartViewerTest {
    private ResultChartViewer viewer;
    private final List<SeriesKey> clicks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        JFreeChart chart = ResultCharts.create(ChartKind.ELECTRICITY, Results.SMALL, Period.MONTHLY, ChartStyle.DARK);
        viewer = new ResultChartViewer(chart, ChartStyle.DARK);
        viewer.setOnSeriesClicked(clicks::add);
        stage.setScene(new Scene(viewer, 1000, 600));
        stage.show();
    }

    /** Screen point at the centre of the bar the chart drew for item {@code item} of dataset 0, series 0. */
    private Point2D centreOfBar(int item) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Object o : viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity e && e.getDataset() == viewer.getChart().getXYPlot().getDataset(0)
                    && e.getSeriesIndex() == 0 && e.getItem() == item) {
                Rectangle2D area = e.getArea().getBounds2D();
                return viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY());
            }
        }
        throw new AssertionError("bar " + item + " was not drawn");
    }

    @Test
    void clickingABarReportsTheSiteItBelongsTo(FxRobot robot) {
        robot.clickOn(centreOfBar(15));
        WaitForAsyncUtils.waitForFxEvents();
        SeriesKey site = SeriesKey.site(Results.SMALL.sites().get(0).siteId());
        assertEquals(List.of(site), clicks);
        assertEquals(site, viewer.lastClickedProperty().get());
    }

    @Test
    void theCrosshairSnapsToTheMonthUnderThePointer(FxRobot robot) {
        robot.moveTo(centreOfBar(20));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, viewer.crosshairPoint(), 0.0);
        assertEquals("Sep 2027", viewer.crosshairPeriod());
    }

    @Test
    void anotherChartBringsItsOwnTimeline(FxRobot robot) {
        robot.interact(() -> viewer.setChart(ResultCharts.create(ChartKind.ELECTRICITY, Results.SMALL, Period.YEARLY,
                ChartStyle.LIGHT)));
        robot.moveTo(centreOfBar(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, viewer.crosshairPoint(), 0.0);
        assertEquals("Y3 (Jan – May 2028)", viewer.crosshairPeriod(), "labelled by the new chart's time axis");
        robot.clickOn(centreOfBar(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SeriesKey.site(Results.SMALL.sites().get(0).siteId()), viewer.lastClickedProperty().get());
    }

    @Test
    void anEmphasisedSiteStaysInFrontWhenTheNextChartArrives(FxRobot robot) {
        SeriesKey site = SeriesKey.site(Results.SMALL.sites().get(0).siteId());
        int faded = (int) Math.round(255 * SeriesEmphasis.FADED_OPACITY);
        robot.interact(() -> viewer.emphasize(Set.of(site)));
        assertEquals(List.of(255, faded), siteAndCostOpacity(), "the site's bars as drawn, the cost line faded");
        robot.interact(() -> viewer.setChart(ResultCharts.create(ChartKind.ELECTRICITY, Results.SMALL, Period.YEARLY,
                ChartStyle.DARK)));
        assertEquals(List.of(255, faded), siteAndCostOpacity());
        robot.interact(() -> viewer.emphasize(Set.of()));
        assertEquals(List.of(255, 255), siteAndCostOpacity());
    }

    /** Each change to a chart on the canvas draws all of it again: a new chart, emphasised, must be drawn once. */
    @Test
    void aNewChartIsDrawnOnceWithItsEmphasisAndCrosshairs(FxRobot robot) {
        int[] draws = new int[1];
        robot.interact(() -> {
            viewer.getCanvas().addOverlay(new DrawCounter(draws));
            viewer.emphasize(Set.of(SeriesKey.site(Results.SMALL.sites().get(0).siteId())));
        });
        for (ChartStyle style : List.of(ChartStyle.DARK, ChartStyle.LIGHT, ChartStyle.LIGHT)) {
            JFreeChart next = ResultCharts.create(ChartKind.CAPEX, Results.SMALL, Period.MONTHLY, style);
            draws[0] = 0;
            robot.interact(() -> viewer.setChart(next, style));
            assertEquals(1, draws[0], "draws of a new " + style + " chart");
        }
        draws[0] = 0;
        robot.interact(() -> viewer.emphasize(Set.of(SeriesKey.site(Results.SMALL.sites().get(0).siteId()))));
        assertEquals(0, draws[0], "the same emphasis again changes nothing");
    }

    /** Counts the canvas's draws of a chart: the canvas paints its overlays after each draw. */
    private static final class DrawCounter extends org.jfree.chart.panel.AbstractOverlay
            implements org.jfree.chart.fx.overlay.OverlayFX {
        private final int[] draws;

        DrawCounter(int[] draws) {
            this.draws = draws;
        }

        @Override
        public void paintOverlay(java.awt.Graphics2D g2, org.jfree.chart.fx.ChartCanvas canvas) {
            if (canvas.getChart() != null) {
                draws[0]++;
            }
        }

        @Override
        public void paintOverlay(java.awt.Graphics2D g2, org.jfree.chart.ChartPanel panel) {
            throw new UnsupportedOperationException("a Swing panel");
        }
    }

    /** The opacity of the electricity chart's first site and of its cost line, as its legend shows them. */
    private List<Integer> siteAndCostOpacity() {
        List<Integer> opacity = new ArrayList<>();
        for (SeriesKey key : List.of(SeriesKey.site(Results.SMALL.sites().get(0).siteId()),
                SeriesKey.total(SeriesKey.ELECTRICITY_COST))) {
            LegendItemCollection items = viewer.getChart().getPlot().getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                if (items.get(i).getSeriesKey() instanceof SeriesName name && name.key().equals(key)) {
                    opacity.add(((Color) (key.isElement() ? items.get(i).getFillPaint()
                            : items.get(i).getLinePaint())).getAlpha());
                }
            }
        }
        return opacity;
    }

    @Test
    void aChartWithoutOurTimeAxisShowsWithAnUnlabelledCrosshair(FxRobot robot) {
        JFreeChart plain = ChartFactory.createXYLineChart("plain", "x", "y", new XYSeriesCollection());
        robot.interact(() -> viewer.setChart(plain));
        assertSame(plain, viewer.getChart());
        assertEquals("", viewer.crosshairPeriod());
    }

    @Test
    void doubleClickUndoesZoom(FxRobot robot) {
        var axis = viewer.getChart().getXYPlot().getDomainAxis();
        var before = axis.getRange();
        robot.interact(() -> axis.setRange(5, 9));
        assertNotEquals(before, axis.getRange());
        robot.doubleClickOn(centreOfBar(7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, axis.getRange());
        assertTrue(axis.isAutoRange());
    }

    @Test
    void clickingNothingReportsNothing(FxRobot robot) {
        Point2D corner = viewer.getCanvas().localToScreen(4, 4);
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), clicks);
        ChartEntity none = viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntity(4, 4);
        assertTrue(none == null || !(none instanceof XYItemEntity));
    }
}
