package com.tokenfactory.charts.export;

import com.tokenfactory.charts.Results;
import com.tokenfactory.charts.output.ResultExports;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The workbook's formulas, evaluated by POI, give the engine's yearly, horizon and KPI figures. */
class AuditWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void rollUpsAndKpisEvaluateToTheEnginesFiguresOnTheSmallPlan() throws Exception {
        check(Results.SMALL_PLAN, Results.SMALL);
    }

    @Test
    void rollUpsAndKpisEvaluateToTheEnginesFiguresOnAPlanThatPaysBack() throws Exception {
        SimulationResult result = Engine.simulate(Results.PAYBACK_PLAN);
        assertTrue(result.kpis().irr() != null, "this plan has an IRR for the workbook's IRR formula to match");
        check(Results.PAYBACK_PLAN, result);
    }

    @Test
    void editingAMonthMovesItsYear() throws Exception {
        Path file = dir.resolve("audit.xlsx");
        ResultExports.workbook(Results.SMALL_PLAN, Results.SMALL, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String revenue = AuditWorkbook.columnOf("revT");
            Cell month = wb.getSheet("Monthly").getRow(1).getCell(CellReference.convertColStringToIndex(revenue));
            month.setCellValue(month.getNumericCellValue() + 1_000_000);
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            double y1 = number(eval, wb.getSheet("Yearly"), 2, AuditWorkbook.columnOf("revenue"));
            assertEquals(Results.SMALL.years().get(0).revenue() + 1_000_000, y1, 1e-6 * Math.abs(y1));
        }
    }

    private void check(Plan plan, SimulationResult result) throws Exception {
        Path file = dir.resolve("audit.xlsx");
        ResultExports.workbook(plan, result, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Monthly", "Yearly", "KPIs", "Assumptions", "Catalog", "Sites", "Partner clouds",
                    "Services", "Training runs"), sheetNames(wb));
            Sheet monthly = wb.getSheet("Monthly");
            assertEquals(LocalDate.of(result.start().getYear(), result.start().getMonthValue(), 1),
                    monthly.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate(), "a real date");
            assertTrue(monthly.getPaneInformation().isFreezePane());
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Sheet yearly = wb.getSheet("Yearly");
            for (int y = 0; y <= result.years().size(); y++) {
                PeriodSummary p = y == result.years().size() ? result.kpis().horizon() : result.years().get(y);
                int row = y + 2;
                same(p.capex(), number(eval, yearly, row, AuditWorkbook.columnOf("capex")), p.label() + " capex");
                same(p.revenue(), number(eval, yearly, row, AuditWorkbook.columnOf("revenue")), p.label() + " revenue");
                same(p.electricityCost(), number(eval, yearly, row, AuditWorkbook.columnOf("elec")), p.label() + " elec");
                same(p.totalCost(), number(eval, yearly, row, AuditWorkbook.columnOf("cost")), p.label() + " cost");
                same(p.margin(), number(eval, yearly, row, AuditWorkbook.columnOf("margin")), p.label() + " margin");
                same(p.cashFlow(), number(eval, yearly, row, AuditWorkbook.columnOf("cf")), p.label() + " cash flow");
                same(p.freeCashFlow(), number(eval, yearly, row, AuditWorkbook.columnOf("fcf")), p.label() + " FCF");
                same(p.tokensServed(), number(eval, yearly, row, AuditWorkbook.columnOf("served")), p.label() + " T");
                ratio(eval, yearly, row, p, PeriodSummary::marginShare, "Margin share");
                ratio(eval, yearly, row, p, PeriodSummary::utilization, "Utilization");
                ratio(eval, yearly, row, p, PeriodSummary::usdPerMillionTokens,
                        "Fully loaded $/Mtok (USD per million tokens)");
                ratio(eval, yearly, row, p, PeriodSummary::usdPerMillionTokensIdle, "  idle part ($/Mtok)");
                ratio(eval, yearly, row, p, PeriodSummary::usdPerMillionTokensCapital, "  capital part ($/Mtok)");
                ratio(eval, yearly, row, p, PeriodSummary::tokensPerJoule, "Tokens per joule");
            }
            Sheet kpis = wb.getSheet("KPIs");
            same(result.kpis().npvExcludingTerminalValue(), number(eval, kpis, 3, "B"), "NPV excluding TV");
            same(result.kpis().npv(), number(eval, kpis, 5, "B"), "NPV");
            CellValue irr = eval.evaluate(kpis.getRow(5).getCell(1));
            if (result.kpis().irr() == null) {
                assertEquals(CellType.STRING, irr.getCellType(), "a blank IRR where the engine has none");
            } else {
                assertEquals(result.kpis().irr(), irr.getNumberValue(), 1e-6, "IRR (solver tolerance)");
            }
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
    }

    private static void ratio(XSSFFormulaEvaluator eval, Sheet sheet, int row, PeriodSummary p,
                              ToDoubleFunction<PeriodSummary> figure, String header) {
        double expected = figure.applyAsDouble(p);
        CellValue v = eval.evaluate(cell(sheet, row, AuditWorkbook.ratioColumn(header)));
        if (Double.isNaN(expected)) {
            assertEquals(CellType.STRING, v.getCellType(), p.label() + " " + header + " is blank");
        } else {
            same(expected, v.getNumberValue(), p.label() + " " + header);
        }
    }

    private static Cell cell(Sheet sheet, int row, String column) {
        Row r = sheet.getRow(row - 1);
        return r.getCell(CellReference.convertColStringToIndex(column));
    }

    private static double number(XSSFFormulaEvaluator eval, Sheet sheet, int row, String column) {
        CellValue v = eval.evaluate(cell(sheet, row, column));
        assertEquals(CellType.NUMERIC, v.getCellType(), sheet.getSheetName() + "!" + column + row);
        return v.getNumberValue();
    }

    private static void same(double expected, double actual, String what) {
        if (Math.abs(expected - actual) > 1e-9 * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-6) {
            fail(what + ": expected " + expected + ", the workbook gives " + actual);
        }
    }
}
