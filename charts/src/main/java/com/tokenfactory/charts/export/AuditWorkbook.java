package com.tokenfactory.charts.export;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.Totals;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A workbook a finance team can audit (issue 13): the monthly table with real dates, the plan years and the horizon as
 * live SUM and ratio formulas over the monthly cells (edit a month and its year follows), the KPIs as NPV/IRR formulas
 * over the monthly free cash flow with the WACC read from the Assumptions sheet, and the plan's inputs: Assumptions
 * (value, default, source), Catalog and one sheet per element kind, every figure with its source.
 */
public final class AuditWorkbook {
    /** A monthly column: header with its unit, and the series it shows. */
    private record Column(String header, Function<Totals, double[]> series) {
    }

    /** The monthly columns, in sheet order (B, C, …); the yearly sheet sums each. */
    private static final List<Column> MONTHLY = List.of(
            new Column("Capex, facility (USD)", t -> t.capexFacility().toArray()),
            new Column("Capex, IT (USD)", t -> t.capexIt().toArray()),
            new Column("Revenue, tokens (USD)", t -> t.revenueInference().toArray()),
            new Column("Revenue, training (USD)", t -> t.revenueTraining().toArray()),
            new Column("Electricity (MWh)", t -> t.electricityMwh().toArray()),
            new Column("Electricity (USD)", t -> t.electricityCost().toArray()),
            new Column("Opex (USD)", t -> t.opex().toArray()),
            new Column("Property tax and insurance (USD)", t -> t.propertyTaxInsurance().toArray()),
            new Column("Rental, committed (USD)", t -> t.rentalCommitted().toArray()),
            new Column("Rental, on demand (USD)", t -> t.rentalOnDemand().toArray()),
            new Column("Depreciation (USD)", t -> t.depreciation().toArray()),
            new Column("Increase in receivables (USD)", t -> t.receivablesChange().toArray()),
            new Column("Income tax (USD)", t -> t.incomeTax().toArray()),
            new Column("Tokens demanded", t -> t.tokensDemanded().toArray()),
            new Column("Tokens served", t -> t.tokensServed().toArray()),
            new Column("Tokens served on owned GPUs", t -> t.tokensServedOwned().toArray()),
            new Column("Owned GPU-hours available", t -> t.gpuHoursOwned().toArray()),
            new Column("Owned GPU-hours busy", t -> t.gpuHoursOwnedBusy().toArray()),
            new Column("Rented GPU-hours available", t -> t.gpuHoursRented().toArray()),
            new Column("Rented GPU-hours busy", t -> t.gpuHoursRentedBusy().toArray()),
            new Column("Inference facility energy (MWh)", t -> t.inferenceFacilityMwh().toArray()),
            new Column("Fully loaded inference cost (USD)", t -> t.inferenceLoadedCost().toArray()),
            new Column("  of which idle capacity (USD)", t -> t.inferenceIdleCost().toArray()),
            new Column("  of which capital charge (USD)", t -> t.inferenceCapitalCost().toArray()),
            new Column("Capital charge (USD)", t -> t.capitalCharge().toArray()),
            new Column("Idle capacity cost (USD)", t -> t.idleCost().toArray()));

    /** Formula columns after the monthly inputs, on both the monthly and the yearly sheets (A1 references by name). */
    private static final String[][] DERIVED = {
            {"Capex (USD)", "capexF+capexIT"},
            {"Revenue (USD)", "revT+revTr"},
            {"Rental (USD)", "rentC+rentD"},
            {"Total cost (USD)", "dep+elec+opex+pti+rental"},
            {"Margin (USD)", "revenue-cost"},
            {"Pre-tax cash flow (USD)", "revenue-elec-opex-pti-rental-capex-ar"},
            {"Free cash flow (USD)", "cf-tax"},
    };

    private static final String[] NAMES = {"capexF", "capexIT", "revT", "revTr", "mwh", "elec", "opex", "pti", "rentC",
            "rentD", "dep", "ar", "tax", "demand", "served", "servedOwned", "h", "hb", "hr", "hrb", "mwhI", "loaded",
            "idle", "capital", "charge", "idleCost", "capex", "revenue", "rental", "cost", "margin", "cf", "fcf"};

    /** Ratio columns on the yearly sheet only, over the same row's sums; blank ("") where undefined. */
    private static final String[][] RATIOS = {
            {"Margin share", "IF(revenue>0,margin/revenue,\"\")"},
            {"Utilization", "IF(h+hr>0,(hb+hrb)/(h+hr),\"\")"},
            {"Fully loaded $/Mtok (USD per million tokens)", "IF(served>0,loaded/served*1000000,\"\")"},
            {"  idle part ($/Mtok)", "IF(served>0,idle/served*1000000,\"\")"},
            {"  capital part ($/Mtok)", "IF(served>0,capital/served*1000000,\"\")"},
            {"Tokens per joule", "IF(mwhI>0,servedOwned/(mwhI*3600000000),\"\")"},
    };

    private AuditWorkbook() {
    }

    public static void write(Plan plan, SimulationResult result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(plan, result, out);
        }
    }

    public static void write(Plan plan, SimulationResult result, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Styles s = new Styles(wb);
            int waccRow = assumptions(wb.createSheet("Assumptions"), plan, s);
            monthly(wb.createSheet("Monthly"), result, s);
            yearly(wb.createSheet("Yearly"), result, s);
            kpis(wb.createSheet("KPIs"), result, waccRow, s);
            elements(wb.createSheet("Catalog"), plan.catalog(), s);
            elements(wb.createSheet("Sites"), plan.sites(), s);
            elements(wb.createSheet("Partner clouds"), plan.partners(), s);
            elements(wb.createSheet("Services"), plan.services(), s);
            elements(wb.createSheet("Training runs"), plan.trainingRuns(), s);
            wb.setSheetOrder("Monthly", 0);
            wb.setSheetOrder("Yearly", 1);
            wb.setSheetOrder("KPIs", 2);
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            wb.write(out);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle ratio;
        final CellStyle month;
        final CellStyle text;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            DataFormat f = wb.createDataFormat();
            money = wb.createCellStyle();
            money.setDataFormat(f.getFormat("#,##0"));
            ratio = wb.createCellStyle();
            ratio.setDataFormat(f.getFormat("0.0000"));
            month = wb.createCellStyle();
            month.setDataFormat(f.getFormat("yyyy-mm"));
            text = wb.createCellStyle();
            text.setWrapText(false);
        }
    }

    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** The cell references of row {@code row} (1-based) for every named column, first column B. */
    private static String substitute(String formula, int row) {
        String out = formula;
        // longest names first so that "revenue" is not read as "revT" + "enue"
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> NAMES[b].length() - NAMES[a].length());
        for (int i : order) {
            out = out.replaceAll("(?<![A-Za-z{])" + NAMES[i] + "(?![A-Za-z])", "{" + i + "}");
        }
        for (int i = 0; i < NAMES.length; i++) {
            out = out.replace("{" + i + "}", column(1 + i) + row);
        }
        return out;
    }

    private static void headers(Sheet sheet, List<String> names, Styles s) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(s.header);
            sheet.setColumnWidth(c, (c == 0 ? 24 : 16) * 256);
        }
        head.setHeightInPoints(48);
    }

    private static void monthly(Sheet sheet, SimulationResult result, Styles s) {
        List<String> names = new ArrayList<>(List.of("Month"));
        MONTHLY.forEach(c -> names.add(c.header()));
        for (String[] d : DERIVED) {
            names.add(d[0]);
        }
        names.add("Free cash flow with terminal value (USD)");
        headers(sheet, names, s);
        List<double[]> series = MONTHLY.stream().map(c -> c.series().apply(result.totals())).toList();
        for (int m = 0; m < result.months(); m++) {
            Row row = sheet.createRow(m + 1);
            Cell date = row.createCell(0);
            date.setCellValue(result.month(m).atDay(1));
            date.setCellStyle(s.month);
            for (int c = 0; c < series.size(); c++) {
                Cell cell = row.createCell(c + 1);
                cell.setCellValue(series.get(c)[m]);
                cell.setCellStyle(s.money);
            }
            for (int d = 0; d < DERIVED.length; d++) {
                Cell cell = row.createCell(1 + MONTHLY.size() + d);
                cell.setCellFormula(substitute(DERIVED[d][1], m + 2));
                cell.setCellStyle(s.money);
            }
            Cell withTv = row.createCell(1 + MONTHLY.size() + DERIVED.length);
            withTv.setCellFormula(substitute("fcf", m + 2) + (m == result.months() - 1 ? "+KPIs!B4" : ""));
            withTv.setCellStyle(s.money);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void yearly(Sheet sheet, SimulationResult result, Styles s) {
        List<String> names = new ArrayList<>(List.of("Period"));
        MONTHLY.forEach(c -> names.add(c.header()));
        for (String[] d : DERIVED) {
            names.add(d[0]);
        }
        for (String[] r : RATIOS) {
            names.add(r[0]);
        }
        headers(sheet, names, s);
        int rows = result.years().size();
        for (int y = 0; y <= rows; y++) {
            boolean horizon = y == rows;
            int from = horizon ? 0 : result.years().get(y).fromMonth();
            int to = horizon ? result.months() : result.years().get(y).toMonth();
            Row row = sheet.createRow(y + 1);
            row.createCell(0).setCellValue(horizon ? result.kpis().horizon().label() : result.years().get(y).label());
            for (int c = 0; c < MONTHLY.size() + DERIVED.length; c++) {
                String col = column(c + 1);
                Cell cell = row.createCell(c + 1);
                cell.setCellFormula("SUM(Monthly!" + col + (from + 2) + ":" + col + (to + 1) + ")");
                cell.setCellStyle(s.money);
            }
            for (int r = 0; r < RATIOS.length; r++) {
                Cell cell = row.createCell(1 + MONTHLY.size() + DERIVED.length + r);
                cell.setCellFormula(substitute(RATIOS[r][1], y + 2));
                cell.setCellStyle(s.ratio);
            }
        }
        sheet.createFreezePane(1, 1);
    }

    /** The row of the Yearly sheet (1-based) holding the horizon. */
    static int horizonRow(SimulationResult result) {
        return result.years().size() + 2;
    }

    /** Column letter of a named figure on the Monthly and Yearly sheets. */
    static String columnOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return column(1 + i);
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Column letter of a ratio on the Yearly sheet, by its header. */
    static String ratioColumn(String header) {
        for (int r = 0; r < RATIOS.length; r++) {
            if (RATIOS[r][0].equals(header)) {
                return column(1 + MONTHLY.size() + DERIVED.length + r);
            }
        }
        throw new IllegalArgumentException(header);
    }

    private static void kpis(Sheet sheet, SimulationResult result, int waccRow, Styles s) {
        headers(sheet, List.of("KPI", "Value", "Formula / source"), s);
        sheet.setColumnWidth(2, 80 * 256);
        int n = result.months();
        String fcf = "Monthly!" + columnOf("fcf") + "2:" + columnOf("fcf") + (n + 1);
        String wacc = "Assumptions!B" + waccRow;
        String fcfTv = column(1 + MONTHLY.size() + DERIVED.length);
        Object[][] rows = {
                {"WACC (per year)", "=" + wacc, "assumptions.discountRate, from the Assumptions sheet"},
                {"NPV, horizon's free cash flows (USD)", "=NPV((1+B2)^(1/12)-1," + fcf + ")",
                        "end-of-month convention: Σ FCFₘ ÷ (1 + r)^((m + 1)/12)"},
                {"Terminal value at the horizon's end (USD)", result.kpis().terminalValue(),
                        "computed by the engine, method " + result.kpis().terminalValueMethod()
                                + " (see docs/metrics.md); a value, not a formula"},
                {"NPV after tax with terminal value (USD)", "=B3+B4/(1+B2)^(" + n + "/12)", "NPVₕ + TV ÷ (1 + r)^(N/12)"},
                {"IRR (per year)", "=IFERROR((1+IRR(Monthly!" + fcfTv + "2:" + fcfTv + (n + 1)
                        + ",0.01))^12-1,\"\")", "monthly IRR of the free cash flows with the terminal value added to"
                        + " the last month (Monthly, last column), ^12; blank where no rate solves it"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue((String) rows[r][0]);
            Cell v = row.createCell(1);
            if (rows[r][1] instanceof String f) {
                v.setCellFormula(f.substring(1));
            } else {
                v.setCellValue((Double) rows[r][1]);
            }
            v.setCellStyle(r == 0 || r == 4 ? s.ratio : s.money);
            row.createCell(2).setCellValue((String) rows[r][2]);
        }
        sheet.createFreezePane(1, 1);
    }

    /** @return the (1-based) row of the discount rate, for the KPI formulas */
    private static int assumptions(Sheet sheet, Plan plan, Styles s) {
        headers(sheet, List.of("Assumption", "Value", "Default", "Provenance", "Source of the default"), s);
        sheet.setColumnWidth(4, 100 * 256);
        int r = 1;
        int waccRow = -1;
        for (RecordComponent c : Assumptions.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(plan.assumptions());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(c.getName());
            Sourced d = Assumptions.SOURCES.get(c.getName());
            if (value instanceof Number number) {
                row.createCell(1).setCellValue(number.doubleValue());
            } else {
                row.createCell(1).setCellValue(String.valueOf(value));
            }
            if (d != null) {
                row.createCell(2).setCellValue(d.value());
                boolean same = value instanceof Number number && number.doubleValue() == d.value();
                row.createCell(3).setCellValue(same ? "sourced default" : "planner's assumption");
                row.createCell(4).setCellValue(d.source());
            } else {
                String choice = Assumptions.CHOICE_SOURCES.get(c.getName());
                row.createCell(3).setCellValue(choice == null ? "planner's assumption" : "choice");
                if (choice != null) {
                    row.createCell(4).setCellValue(choice);
                }
            }
            if (c.getName().equals("discountRate")) {
                waccRow = r + 1;
            }
            r++;
        }
        sheet.createFreezePane(1, 1);
        return waccRow;
    }

    /** One row per element, one column per scalar field; a sourced figure gets its value and a "… source" column. */
    private static void elements(Sheet sheet, List<? extends Record> elements, Styles s) {
        if (elements.isEmpty()) {
            sheet.createRow(0).createCell(0).setCellValue("none in this plan");
            return;
        }
        RecordComponent[] components = elements.get(0).getClass().getRecordComponents();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) {
            Class<?> t = c.getType();
            if (t == Sourced.class) {
                names.add(c.getName());
                names.add(c.getName() + " source");
            } else if (scalar(t)) {
                names.add(c.getName());
            } else if (List.class.isAssignableFrom(t)) {
                names.add(c.getName() + " (count)");
            }
        }
        headers(sheet, names, s);
        for (int r = 0; r < elements.size(); r++) {
            Row row = sheet.createRow(r + 1);
            int col = 0;
            for (RecordComponent c : components) {
                Object v;
                try {
                    v = c.getAccessor().invoke(elements.get(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                Class<?> t = c.getType();
                if (t == Sourced.class) {
                    Sourced f = (Sourced) v;
                    if (f != null) {
                        row.createCell(col).setCellValue(f.value());
                        row.createCell(col + 1).setCellValue(f.source());
                    }
                    col += 2;
                } else if (scalar(t)) {
                    if (v instanceof Number number) {
                        row.createCell(col).setCellValue(number.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(col).setCellValue(b);
                    } else if (v != null) {
                        row.createCell(col).setCellValue(String.valueOf(v));
                    }
                    col++;
                } else if (List.class.isAssignableFrom(t)) {
                    row.createCell(col++).setCellValue(v == null ? 0 : ((List<?>) v).size());
                }
            }
        }
        sheet.createFreezePane(1, 1);
    }

    private static boolean scalar(Class<?> t) {
        return t.isPrimitive() || Number.class.isAssignableFrom(t) || t == String.class || t == Boolean.class
                || t.isEnum() || t == YearMonth.class || t == java.time.LocalDate.class;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
