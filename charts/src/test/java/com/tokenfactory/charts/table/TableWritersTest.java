package com.tokenfactory.charts.table;

import com.tokenfactory.charts.Results;
import com.tokenfactory.core.format.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableWritersTest {
    private final ResultTable monthly = ResultTables.monthly(Results.SMALL);
    private final ResultTable yearly = ResultTables.yearly(Results.SMALL);

    @Test
    void csvParsesBackToTheSameNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("monthly.csv");
        CsvTableWriter.write(monthly, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
        List<List<String>> records = Csv.records(text);
        assertEquals(monthly.headers(), records.get(0));
        assertEquals(monthly.rows().size() + 1, records.size());
        for (int r = 0; r < monthly.rows().size(); r++) {
            List<String> fields = records.get(r + 1);
            ResultTable.Row row = monthly.rows().get(r);
            assertEquals(row.labels().get(0), fields.get(0));
            for (int c = 0; c < monthly.columns().size(); c++) {
                String field = fields.get(1 + c);
                double expected = row.value(c);
                if (Double.isNaN(expected)) {
                    assertEquals("", field, "undefined is an empty field");
                } else {
                    assertEquals(expected, Double.parseDouble(field), 0.0, monthly.headers().get(1 + c) + " row " + r);
                    assertTrue(!field.contains("E"), "no exponent: " + field);
                }
            }
        }
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertEquals("\"a, b\"", CsvTableWriter.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvTableWriter.field("say \"hi\""));
        assertEquals("plain", CsvTableWriter.field("plain"));
        assertEquals("1000000000", CsvTableWriter.number(1e9));
        assertEquals("0.1", CsvTableWriter.number(0.1));
        assertEquals("", CsvTableWriter.number(Double.NaN));
    }

    @Test
    void xlsxOpensWithHeadersAndTheEnginesValues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.xlsx");
        XlsxTableWriter.write(List.of(monthly, yearly), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("Monthly", wb.getSheetName(0));
            Sheet sheet = wb.getSheet("Yearly");
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(yearly.headers(), headers);
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertNotNull(sheet.getPaneInformation(), "header and labels are frozen");
            int capex = 3 + yearly.column("CapEx");
            int tpj = 3 + yearly.column("Tokens per joule");
            for (int y = 0; y < yearly.rows().size(); y++) {
                Row row = sheet.getRow(y + 1);
                assertEquals("Y" + (y + 1), row.getCell(0).getStringCellValue());
                assertEquals(Results.SMALL.years().get(y).capex(), row.getCell(capex).getNumericCellValue(), 0.0);
                Cell ratio = row.getCell(tpj);
                double expected = Results.SMALL.years().get(y).tokensPerJoule();
                if (Double.isNaN(expected)) {
                    assertEquals(CellType.BLANK, ratio.getCellType());
                } else {
                    assertEquals(expected, ratio.getNumericCellValue(), 0.0);
                }
            }
            assertEquals("#,##0", sheet.getRow(1).getCell(capex).getCellStyle().getDataFormatString());
        }
    }
}
