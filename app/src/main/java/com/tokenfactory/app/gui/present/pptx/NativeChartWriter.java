package com.tokenfactory.app.gui.present.pptx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;

import org.apache.xmlbeans.XmlCursor;

import javax.xml.namespace.QName;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Writes a {@link NativeChart} onto a slide as PowerPoint charts (one per panel, stacked in the given area) whose
 * data live in each chart's embedded workbook, so PowerPoint's "Edit Data" shows the plan's figures and the chart can
 * be restyled. Axes show scaled figures ($1.2B) through a number format; the data sheet keeps the full numbers.
 */
final class NativeChartWriter {
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private NativeChartWriter() {
    }

    static void write(XMLSlideShow ppt, XSLFSlide slide, NativeChart chart, Rectangle2D area) {
        int n = chart.panels().size();
        double gap = 6;
        double h = (area.getHeight() - gap * (n - 1)) / n;
        for (int p = 0; p < n; p++) {
            Rectangle2D box = new Rectangle2D.Double(area.getX(), area.getY() + p * (h + gap), area.getWidth(), h);
            panel(ppt, slide, chart.categories(), chart.panels().get(p), box);
        }
    }

    private static void panel(XMLSlideShow ppt, XSLFSlide slide, List<String> categories, NativeChart.Panel panel,
                              Rectangle2D box) {
        XSLFChart chart = ppt.createChart();
        // addChart takes its frame in EMU, unlike every other XSLF anchor (points)
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(box.getX()), Units.toEMU(box.getY()),
                Units.toEMU(box.getWidth()), Units.toEMU(box.getHeight())));
        chart.setAutoTitleDeleted(true);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        String[] labels = categories.stream().map(NativeChartWriter::cellText).toArray(String[]::new);
        int points = labels.length;
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(labels,
                chart.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);

        XDDFCategoryAxis bottom = chart.createCategoryAxis(panel.horizontal() ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        // labels under (or left of) the plot, not at zero where negative bars (cash flow, NPV) would cover them
        bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis left = chart.createValueAxis(panel.horizontal() ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        left.setTitle(panel.axisTitle());
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        left.setNumberFormat(axisFormat(panel, false));
        XDDFCategoryAxis bottom2 = null;
        XDDFValueAxis right = null;
        if (panel.secondaryAxisTitle() != null) {
            bottom2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
            bottom2.setVisible(false);
            right = chart.createValueAxis(AxisPosition.RIGHT);
            right.setTitle(panel.secondaryAxisTitle());
            right.setCrosses(AxisCrosses.MAX);
            right.setNumberFormat(axisFormat(panel, true));
            bottom2.crossAxis(right);
            right.crossAxis(bottom2);
        }
        int column = 1;
        for (NativeChart.Layer layer : panel.layers()) {
            XDDFChartData data = layer.secondary() && right != null
                    ? chart.createData(type(layer.shape()), bottom2, right)
                    : chart.createData(type(layer.shape()), bottom, left);
            for (NativeChart.SeriesValues s : layer.series()) {
                Double[] values = new Double[points];
                for (int i = 0; i < points; i++) {
                    values[i] = Double.isNaN(s.values()[i]) ? null : s.values()[i];
                }
                XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
                        chart.formatRange(new CellRangeAddress(1, points, column, column)), column);
                XDDFChartData.Series series = data.addSeries(cats, vals);
                String title = cellText(s.name());
                series.setTitle(title, chart.setSheetTitle(title, column));
                if ("none".equals(s.fill())) {
                    XDDFShapeProperties shape = new XDDFShapeProperties();
                    shape.setFillProperties(new XDDFNoFillProperties());
                    XDDFLineProperties noLine = new XDDFLineProperties();
                    noLine.setFillProperties(new XDDFNoFillProperties());
                    shape.setLineProperties(noLine);
                    series.setShapeProperties(shape);
                } else if (s.fill() != null) {
                    XDDFShapeProperties shape = new XDDFShapeProperties();
                    XDDFSolidFillProperties solid = new XDDFSolidFillProperties(XDDFColor.from(rgb(s.fill())));
                    if (series instanceof XDDFLineChartData.Series) {
                        XDDFLineProperties line = new XDDFLineProperties();
                        line.setFillProperties(solid);
                        line.setWidth(2.0);
                        shape.setLineProperties(line);
                    } else {
                        shape.setFillProperties(solid);
                    }
                    series.setShapeProperties(shape);
                }
                if (series instanceof XDDFLineChartData.Series line) {
                    line.setMarkerStyle(MarkerStyle.NONE);
                    line.setSmooth(false);
                }
                column++;
            }
            style(data, layer.shape(), panel.horizontal());
            chart.plot(data);
        }
        stackBars(chart, panel);
    }

    /** A series name as the chart's embedded workbook holds it: a cell takes at most 32,767 characters. */
    static String cellText(String name) {
        return name.length() <= MAX_CELL_CHARS ? name : name.substring(0, MAX_CELL_CHARS - 1) + "…";
    }

    private static final int MAX_CELL_CHARS = 32_767;

    /**
     * Stacked bars need an overlap of 100% (or PowerPoint draws each series beside the last). POI's lean schema jar
     * (poi-ooxml-lite) lacks the compiled type of that attribute, so {@code setOverlap} fails at run time; the
     * elements are written into the chart's XML directly, where the schema puts them: before the axis ids.
     */
    private static void stackBars(XSLFChart chart, NativeChart.Panel panel) {
        boolean stacked = panel.layers().stream().anyMatch(l -> l.shape() == NativeChart.Shape.STACKED_BAR)
                || panel.horizontal();
        var bars = chart.getCTChart().getPlotArea().getBarChartList();
        for (var bar : bars) {
            try (XmlCursor cursor = bar.newCursor()) {
                if (!cursor.toChild(new QName(CHART_NS, "axId"))) {
                    continue;
                }
                cursor.beginElement(new QName(CHART_NS, "gapWidth"));
                cursor.insertAttributeWithValue("val", "40");
                cursor.toNextToken();
                if (stacked) {
                    cursor.beginElement(new QName(CHART_NS, "overlap"));
                    cursor.insertAttributeWithValue("val", "100");
                }
            }
        }
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[]{(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private static ChartTypes type(NativeChart.Shape shape) {
        return switch (shape) {
            case STACKED_BAR, BAR -> ChartTypes.BAR;
            case STACKED_AREA -> ChartTypes.AREA;
            case LINE -> ChartTypes.LINE;
        };
    }

    private static void style(XDDFChartData data, NativeChart.Shape shape, boolean horizontal) {
        data.setVaryColors(false);
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
            if (shape == NativeChart.Shape.STACKED_BAR) {
                bar.setBarGrouping(BarGrouping.STACKED);
            }
        } else if (data instanceof XDDFAreaChartData area) {
            area.setGrouping(Grouping.STACKED);
        }
    }

    /**
     * An Excel number format that writes the axis in the scale of its largest figure, the way the app writes
     * figures ({@code Numbers}): $1.2B, 42.3k; money when the axis is in a currency.
     */
    static String axisFormat(NativeChart.Panel panel, boolean secondary) {
        double max = 0;
        for (NativeChart.Layer layer : panel.layers()) {
            if (layer.secondary() != secondary) {
                continue;
            }
            for (NativeChart.SeriesValues s : layer.series()) {
                for (double v : s.values()) {
                    if (Double.isFinite(v)) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
            }
        }
        String title = secondary ? panel.secondaryAxisTitle() : panel.axisTitle();
        boolean percent = title != null && title.contains("%");
        if (percent) {
            return "0\"%\"";
        }
        String money = title != null && title.contains("USD") ? "\\$" : "";
        String[][] scales = {{"1e12", ",,,,", "T"}, {"1e9", ",,,", "B"}, {"1e6", ",,", "M"}, {"1e3", ",", "k"}};
        for (String[] s : scales) {
            if (max >= Double.parseDouble(s[0])) {
                String body = money + "#,##0.0" + s[1] + "\"" + s[2] + "\"";
                return body + ";\u2212" + body;
            }
        }
        String body = money + "#,##0.##";
        return body + ";\u2212" + body;
    }
}
