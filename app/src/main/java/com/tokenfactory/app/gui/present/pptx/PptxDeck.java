package com.tokenfactory.app.gui.present.pptx;

import com.tokenfactory.app.gui.present.AssumptionsSlide;
import com.tokenfactory.app.gui.present.BuildOutSlide;
import com.tokenfactory.app.gui.present.ChartSlide;
import com.tokenfactory.app.gui.present.Deck;
import com.tokenfactory.app.gui.present.ProblemsSlide;
import com.tokenfactory.app.gui.present.RangesSlide;
import com.tokenfactory.app.gui.present.Slide;
import com.tokenfactory.app.gui.present.SlideNumbers;
import com.tokenfactory.app.gui.present.TitleSlide;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.result.Severity;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The presentation as a PowerPoint file (.pptx, 16:9): the slides of presentation mode ({@link Deck}), the scenario
 * comparison when the plan has scenarios, the cash-flow fan and the NPV tornado when it has uncertain inputs, charts as native PowerPoint charts holding the plan's figures, the plan's
 * name and the date in every footer, and each slide's sources in its speaker notes.
 */
public final class PptxDeck {
    private static final Color TEXT = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private static final Color ACCENT = new Color(0x25, 0x63, 0xEB);
    private static final Color HEADER_FILL = new Color(0xE5, 0xE7, 0xEB);
    private static final String FONT = "Calibri";
    /** Lines a text slide shows before it sums up the rest in one line. */
    static final int MAX_LINES = 12;

    private PptxDeck() {
    }

    /**
     * Writes the deck. {@code plan} is the plan the deck was built from (the base plan: the scenario comparison runs
     * each of its scenarios).
     */
    public static void write(Plan plan, Deck deck, OutputStream out) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension(SlideFrame.WIDTH, SlideFrame.HEIGHT));
            String date = deck.slides().get(0) instanceof TitleSlide t ? t.date() : "";
            String footer = deck.planName() + (deck.scenarioName() == null ? "" : " · scenario " + deck.scenarioName())
                    + (date.isEmpty() ? "" : " · " + date);
            List<Runnable> slides = new ArrayList<>();
            for (Slide s : deck.slides()) {
                if (s instanceof RangesSlide) {
                    continue; // the deck writes the ranges as native charts of its own, after the cash flow
                }
                slides.add(() -> slide(ppt, s, deck));
                if (s instanceof ChartSlide c && c.kind() == com.tokenfactory.charts.ChartKind.CASH_FLOW) {
                    if (!plan.scenarios().isEmpty()) {
                        slides.add(() -> comparison(ppt, ScenarioComparison.of(plan, deck.result()), deck));
                    }
                    if (!plan.uncertainty().isEmpty()) {
                        Scenario scenario = scenarioOf(plan, deck);
                        slides.add(() -> fan(ppt, UncertaintySlides.fan(plan, scenario)));
                        slides.add(() -> tornado(ppt, UncertaintySlides.tornado(plan, scenario,
                                deck.result().currency())));
                    }
                }
            }
            slides.forEach(Runnable::run);
            int n = ppt.getSlides().size();
            for (int i = 0; i < n; i++) {
                XSLFSlide slide = ppt.getSlides().get(i);
                text(slide, SlideFrame.FOOTER, footer, 10, false, MUTED);
                XSLFTextBox number = text(slide, SlideFrame.NUMBER, (i + 1) + " / " + n, 10, false, MUTED);
                number.getTextParagraphs().get(0).setTextAlign(TextParagraph.TextAlign.RIGHT);
            }
            ppt.write(out);
        }
    }

    /** How many slides {@link #write} writes: the deck's, plus the scenario comparison when the plan has scenarios. */
    public static int slideCount(Plan plan, Deck deck) {
        long onScreenOnly = deck.slides().stream().filter(RangesSlide.class::isInstance).count();
        return (int) (deck.size() - onScreenOnly) + (plan.scenarios().isEmpty() ? 0 : 1)
                + (plan.uncertainty().isEmpty() ? 0 : 2);
    }

    private static Scenario scenarioOf(Plan plan, Deck deck) {
        return deck.scenarioName() == null ? null : plan.scenarios().stream()
                .filter(s -> s.name().equals(deck.scenarioName())).findFirst().orElse(null);
    }

    private static void fan(XMLSlideShow ppt, UncertaintySlides.FanSlide f) {
        XSLFSlide slide = ppt.createSlide();
        heading(slide, f.title(), f.headline());
        NativeChartWriter.write(ppt, slide, f.chart(), SlideFrame.BODY);
        notes(ppt, slide, f.notes());
    }

    private static void tornado(XMLSlideShow ppt, UncertaintySlides.TornadoSlide t) {
        XSLFSlide slide = ppt.createSlide();
        heading(slide, t.title(), t.headline());
        NativeChartWriter.write(ppt, slide, t.chart(), SlideFrame.BODY);
        notes(ppt, slide, t.notes());
    }

    private static void slide(XMLSlideShow ppt, Slide s, Deck deck) {
        XSLFSlide slide = ppt.createSlide();
        if (s instanceof TitleSlide t) {
            title(ppt, slide, t, deck);
        } else if (s instanceof BuildOutSlide b) {
            buildOut(ppt, slide, b, deck);
        } else if (s instanceof ChartSlide c) {
            chart(ppt, slide, c, deck);
        } else if (s instanceof AssumptionsSlide a) {
            assumptions(ppt, slide, a);
        } else if (s instanceof ProblemsSlide p) {
            problems(ppt, slide, p);
        } else {
            throw new IllegalArgumentException("no PowerPoint form for " + s.getClass().getSimpleName());
        }
    }

    private static void title(XMLSlideShow ppt, XSLFSlide slide, TitleSlide t, Deck deck) {
        text(slide, new Rectangle2D.Double(60, 110, 840, 80), t.title(), 40, true, TEXT);
        double y = 195;
        if (t.description() != null && !t.description().isBlank()) {
            text(slide, new Rectangle2D.Double(60, y, 840, 96), t.description(), 16, false, MUTED);
            y += 100;
        }
        text(slide, new Rectangle2D.Double(60, y, 840, 30), t.headline(), 18, false, TEXT);
        text(slide, new Rectangle2D.Double(60, y + 34, 840, 30), t.scenario(), 18, false, ACCENT);
        text(slide, new Rectangle2D.Double(60, y + 68, 840, 30), t.date(), 16, false, MUTED);
        notes(ppt, slide, "Sources: the plan file \"" + t.title() + "\" and Token Factory Planner's simulation of it"
                + (deck.scenarioName() == null ? "" : " under the scenario " + deck.scenarioName())
                + ". Every figure in this deck is the engine's; each chart's data sheet (Edit Data) holds its numbers.");
    }

    private static void buildOut(XMLSlideShow ppt, XSLFSlide slide, BuildOutSlide b, Deck deck) {
        heading(slide, b);
        List<String> lines = new ArrayList<>();
        for (BuildOutSlide.SiteCard site : b.sites()) {
            long gpus = site.gpus().stream().mapToLong(BuildOutSlide.GpuCount::gpus).sum();
            lines.add(site.name() + " (" + site.region() + "): " + SlideNumbers.powerMw(site.gridMw()) + " grid from "
                    + SlideNumbers.shortMonth(site.gridAvailable()) + ", PUE " + SlideNumbers.decimal(site.pue()) + ", "
                    + site.halls().size() + (site.halls().size() == 1 ? " hall, " : " halls, ")
                    + SlideNumbers.count(gpus) + " GPUs"
                    + (site.certifications().isEmpty() ? "" : " · " + site.certifications()));
        }
        if (b.otherSites() != null) {
            lines.add(b.otherSites());
        }
        for (BuildOutSlide.PartnerCard p : b.partners()) {
            lines.add(p.name() + " (" + p.provider() + "): " + SlideNumbers.count(p.gpus()) + " × " + p.sku() + " at "
                    + Numbers.price(p.usdPerGpuHour(), "USD") + "/GPU-h, " + SlideNumbers.shortMonth(p.start()) + " – "
                    + SlideNumbers.shortMonth(p.end().minusMonths(1)) + (p.committed() ? ", take-or-pay" : ", on demand"));
        }
        if (b.otherPartners() != null) {
            lines.add(b.otherPartners());
        }
        Rectangle2D top = new Rectangle2D.Double(SlideFrame.BODY.getX(), SlideFrame.BODY.getY(),
                SlideFrame.BODY.getWidth(), 150);
        bullets(slide, top, lines, 14);
        BuildOutSlide.GpuTimeline tl = b.timeline();
        if (!tl.bands().isEmpty()) {
            List<String> months = new ArrayList<>();
            for (int m = 0; m < tl.months(); m++) {
                months.add(SlideNumbers.shortMonth(tl.start().plusMonths(m)));
            }
            List<NativeChart.SeriesValues> series = tl.bands().stream().map(band -> new NativeChart.SeriesValues(
                    band.sku(), band.gpusByMonth().stream().mapToDouble(Double::doubleValue).toArray())).toList();
            NativeChart gpus = new NativeChart(months, List.of(new NativeChart.Panel("GPUs online", null,
                    List.of(new NativeChart.Layer(NativeChart.Shape.STACKED_AREA, false, series)))));
            NativeChartWriter.write(ppt, slide, gpus, new Rectangle2D.Double(SlideFrame.BODY.getX(),
                    SlideFrame.BODY.getY() + 158, SlideFrame.BODY.getWidth(), SlideFrame.BODY.getHeight() - 158));
        }
        notes(ppt, slide, "Sources: the plan's sites, halls, GPU pods and partner contracts as the engine ran them"
                + (deck.scenarioName() == null ? "" : " under the scenario " + deck.scenarioName())
                + "; GPUs online month by month from the engine's per-SKU results.");
    }

    private static void chart(XMLSlideShow ppt, XSLFSlide slide, ChartSlide c, Deck deck) {
        heading(slide, c);
        NativeChart chart = NativeCharts.of(c.chart(), deck.result(), c.period());
        NativeChartWriter.write(ppt, slide, chart, SlideFrame.BODY);
        List<String> names = chart.panels().stream().flatMap(p -> p.layers().stream())
                .flatMap(l -> l.series().stream()).map(NativeChart.SeriesValues::name).toList();
        notes(ppt, slide, c.headline() + "\n\nSources: Token Factory Planner's simulation of the plan"
                + (deck.scenarioName() == null ? "" : " under the scenario " + deck.scenarioName()) + ", "
                + c.kind().title() + " " + (c.period() == com.tokenfactory.charts.data.Period.YEARLY ? "by plan year" : "by month")
                + "; series: " + String.join(", ", names) + ". The chart's data sheet (Edit Data) holds every figure.");
    }

    private static void assumptions(XMLSlideShow ppt, XSLFSlide slide, AssumptionsSlide a) {
        heading(slide, a);
        // one table, so nothing overlaps however long a source is: PowerPoint and Impress grow a row to its text
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Assumption", "Value", "Source"));
        for (AssumptionsSlide.Assumption x : a.assumptions()) {
            rows.add(List.of(x.label(), x.value(), x.source()));
        }
        for (AssumptionsSlide.SiteEnergy s : a.sites()) {
            rows.add(List.of(s.site() + ": PUE, electricity", s.pue() + " · " + s.price(), s.source()));
        }
        if (a.otherSites() != null) {
            rows.add(List.of(a.otherSites(), "", ""));
        }
        double size = rows.size() > 14 ? 8 : 9;
        table(slide, new Rectangle2D.Double(SlideFrame.BODY.getX(), SlideFrame.BODY.getY(), SlideFrame.BODY.getWidth(),
                rows.size() * 12.0), rows, new double[]{0.25, 0.22, 0.53}, size);
        StringBuilder notes = new StringBuilder("Sources of each assumption:\n");
        a.assumptions().forEach(x -> notes.append("• ").append(x.label()).append(" = ").append(x.value()).append(": ")
                .append(x.source()).append('\n'));
        notes.append("Sites:\n");
        a.sites().forEach(s -> notes.append("• ").append(s.site()).append(" (").append(s.pue()).append(", ")
                .append(s.price()).append("): ").append(s.source()).append('\n'));
        notes(ppt, slide, notes.toString().strip());
    }

    private static void problems(XMLSlideShow ppt, XSLFSlide slide, ProblemsSlide p) {
        heading(slide, p);
        List<String> lines = new ArrayList<>();
        for (ProblemsSlide.Problem x : p.problems()) {
            lines.add((x.severity() == Severity.ERROR ? "Error: " : "Warning: ") + x.message());
        }
        if (p.otherProblems() != null) {
            lines.add(p.otherProblems());
        }
        bullets(slide, SlideFrame.BODY, lines, lines.size() > 6 ? 12 : 16);
        notes(ppt, slide, "Sources: the engine's validation of the plan and its findings while it ran. "
                + "Every problem, in full:\n" + String.join("\n", lines));
    }

    private static void comparison(XMLSlideShow ppt, ScenarioComparison c, Deck deck) {
        XSLFSlide slide = ppt.createSlide();
        ScenarioComparison.Row best = c.rows().stream().max(java.util.Comparator.comparingDouble(
                ScenarioComparison.Row::npv)).orElseThrow();
        String currency = deck.result().currency();
        heading(slide, "Scenarios compared", "Highest NPV: " + best.name() + " at "
                + SlideNumbers.money(best.npv(), currency));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Run", "NPV", "CapEx", "Revenue", "Margin", "Unserved", "Cost/Mtok"));
        for (ScenarioComparison.Row r : c.rows()) {
            rows.add(List.of(r.name(), Numbers.moneyFigure(r.npv(), currency), Numbers.moneyFigure(r.capex(), currency),
                    Numbers.moneyFigure(r.revenue(), currency), Numbers.moneyFigure(r.margin(), currency),
                    Numbers.share(r.unservedShare()), Numbers.moneyFigure(r.usdPerMillionTokens(), currency)));
        }
        double tableHeight = Math.min(170, 24.0 * rows.size());
        table(slide, new Rectangle2D.Double(SlideFrame.BODY.getX(), SlideFrame.BODY.getY(), SlideFrame.BODY.getWidth(),
                tableHeight), rows, new double[]{0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12}, 12);
        NativeChart npv = new NativeChart(c.rows().stream().map(ScenarioComparison.Row::name).toList(),
                List.of(new NativeChart.Panel(currency, null, List.of(new NativeChart.Layer(NativeChart.Shape.BAR, false,
                        List.of(new NativeChart.SeriesValues("NPV",
                                c.rows().stream().mapToDouble(ScenarioComparison.Row::npv).toArray())))))));
        double top = SlideFrame.BODY.getY() + tableHeight + 12;
        NativeChartWriter.write(ppt, slide, npv, new Rectangle2D.Double(SlideFrame.BODY.getX(), top,
                SlideFrame.BODY.getWidth(), SlideFrame.BODY.getMaxY() - top));
        notes(ppt, slide, "Sources: Token Factory Planner's simulation of the base plan and of each of its scenarios "
                + "(the engine run once per scenario); NPV at the plan's discount rate, figures over the whole horizon.");
    }

    private static void heading(XSLFSlide slide, Slide s) {
        heading(slide, s.title(), s.headline());
    }

    private static void heading(XSLFSlide slide, String title, String headline) {
        text(slide, SlideFrame.TITLE, title, 28, true, TEXT);
        text(slide, SlideFrame.HEADLINE, headline, 18, false, ACCENT);
    }

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D box, String text, double size, boolean bold,
                                    Color color) {
        XSLFTextBox t = slide.createTextBox();
        t.setAnchor(box);
        t.setWordWrap(true);
        t.setVerticalAlignment(VerticalAlignment.TOP);
        t.setTextAutofit(TextShape.TextAutofit.NORMAL);
        t.clearText();
        XSLFTextRun run = t.addNewTextParagraph().addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
        run.setFontFamily(FONT);
        return t;
    }

    private static void bullets(XSLFSlide slide, Rectangle2D box, List<String> lines, double size) {
        XSLFTextBox t = slide.createTextBox();
        t.setAnchor(box);
        t.setWordWrap(true);
        t.setTextAutofit(TextShape.TextAutofit.NORMAL);
        t.clearText();
        List<String> shown = lines.size() <= MAX_LINES ? lines : lines.subList(0, MAX_LINES - 1);
        for (String line : shown) {
            bullet(t, line, size);
        }
        if (shown.size() < lines.size()) {
            bullet(t, (lines.size() - shown.size()) + " more (in the speaker notes)", size);
        }
    }

    private static void bullet(XSLFTextBox t, String line, double size) {
        XSLFTextParagraph p = t.addNewTextParagraph();
        p.setBullet(true);
        p.setIndent(-12.0);
        p.setLeftMargin(14.0);
        p.setSpaceAfter(4.0);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(line);
        run.setFontSize(size);
        run.setFontColor(TEXT);
        run.setFontFamily(FONT);
    }

    private static void table(XSLFSlide slide, Rectangle2D box, List<List<String>> rows, double[] shares, double size) {
        XSLFTable table = slide.createTable();
        table.setAnchor(box);
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = table.addRow();
            row.setHeight(Math.max(12, box.getHeight() / rows.size()));
            for (int c = 0; c < shares.length; c++) {
                XSLFTableCell cell = row.addCell();
                cell.clearText();
                XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
                run.setText(rows.get(r).get(c));
                run.setFontSize(size);
                run.setBold(r == 0);
                run.setFontColor(r == 0 ? TEXT : c == shares.length - 1 && shares.length == 3 ? MUTED : TEXT);
                run.setFontFamily(FONT);
                cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(1, 4, 1, 4));
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
            }
        }
        for (int c = 0; c < shares.length; c++) {
            table.setColumnWidth(c, box.getWidth() * shares[c]);
        }
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
        throw new IllegalStateException("the notes page has no body placeholder");
    }
}
