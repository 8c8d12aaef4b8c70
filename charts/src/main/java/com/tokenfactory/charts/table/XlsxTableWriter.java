package com.tokenfactory.charts.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Result tables as an Excel workbook (Apache POI), one sheet per table: a bold header row with units, frozen with
 * the period labels; numbers stored at full precision and formatted by their kind; undefined values left blank.
 */
public final class XlsxTableWriter {
    private static final int LABEL_WIDTH_CHARS = 11;
    private static final int NUMBER_WIDTH_CHARS = 16;

    private XlsxTableWriter() {
    }

    public static void write(List<ResultTable> tables, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(tables, out);
        }
    }

    public static void write(List<ResultTable> tables, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            CellStyle header = headerStyle(wb);
            Map<TableColumn.Kind, CellStyle> numbers = numberStyles(wb);
            for (ResultTable table : tables) {
                sheet(wb, table, header, numbers);
            }
            wb.write(out);
        }
    }

    private static void sheet(Workbook wb, ResultTable table, CellStyle header, Map<TableColumn.Kind, CellStyle> numbers) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        Row head = sheet.createRow(0);
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
        }
        int labels = table.labelHeaders().size();
        for (int r = 0; r < table.rows().size(); r++) {
            ResultTable.Row row = table.rows().get(r);
            Row out = sheet.createRow(r + 1);
            for (int c = 0; c < labels; c++) {
                out.createCell(c).setCellValue(row.labels().get(c));
            }
            for (int c = 0; c < table.columns().size(); c++) {
                double v = row.value(c);
                Cell cell = out.createCell(labels + c);
                cell.setCellStyle(numbers.get(table.columns().get(c).kind()));
                if (Double.isFinite(v)) {
                    cell.setCellValue(v);
                }
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, (c < labels ? LABEL_WIDTH_CHARS : NUMBER_WIDTH_CHARS) * 256);
        }
        sheet.createFreezePane(labels, 1);
    }

    private static CellStyle headerStyle(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(bold);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static Map<TableColumn.Kind, CellStyle> numberStyles(Workbook wb) {
        DataFormat format = wb.createDataFormat();
        Map<TableColumn.Kind, CellStyle> out = new EnumMap<>(TableColumn.Kind.class);
        for (TableColumn.Kind kind : TableColumn.Kind.values()) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format.getFormat(switch (kind) {
                case MONEY, COUNT -> "#,##0";
                case ENERGY, PERCENT -> "#,##0.0";
                case RATIO -> "#,##0.000";
            }));
            out.put(kind, s);
        }
        return out;
    }
}
