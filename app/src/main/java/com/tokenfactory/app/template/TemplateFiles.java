package com.tokenfactory.app.template;

import com.tokenfactory.core.format.Csv;
import com.tokenfactory.io.PlanTemplate;
import com.tokenfactory.io.TemplateException;
import com.tokenfactory.io.TemplateSheet;
import com.tokenfactory.io.FileBytes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spreadsheet template ({@link PlanTemplate}) as files: an Excel workbook (.xlsx, a sheet per table, numbers as
 * numbers, the header row bold and frozen) or a folder of CSV files (UTF-8, RFC 4180, one per sheet: {@code Sites.csv},
 * {@code GPU pods.csv} …). Reading accepts the workbook, the folder, or any one CSV file of the folder.
 */
public final class TemplateFiles {
    /** A template file (the workbook, or one CSV file of the folder) larger than this is refused before reading. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /**
     * POI's zip-bomb limits for reading a workbook: no part of it may inflate past 64 MiB (POI's default is 4 GiB) and
     * every part must stay above POI's default ratio of 1:100 compressed to inflated.
     */
    static final long MAX_WORKBOOK_PART_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_WORKBOOK_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /** The largest text a workbook cell holds. */
    static final int MAX_CELL_CHARS = 32_767;

    private TemplateFiles() {
    }

    /** True when {@code file} names a workbook (.xlsx); anything else is written as a folder of CSV files. */
    public static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Writes the sheets to {@code file}: a workbook when it ends in .xlsx, otherwise a folder of CSV files. */
    public static void write(List<TemplateSheet> sheets, Path file) throws IOException {
        if (isWorkbook(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                writeWorkbook(sheets, out);
            }
        } else {
            Files.createDirectories(file);
            for (TemplateSheet s : sheets) {
                Files.writeString(file.resolve(s.name() + ".csv"), csv(s), StandardCharsets.UTF_8);
            }
        }
    }

    public static void writeWorkbook(List<TemplateSheet> sheets, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCellStyle bold = wb.createCellStyle();
            XSSFFont font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (TemplateSheet s : sheets) {
                Sheet sheet = wb.createSheet(s.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < s.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(s.columns().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < s.rows().get(r).size(); c++) {
                        Object v = s.rows().get(r).get(c);
                        if (v instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                        } else if (v instanceof Boolean b) {
                            row.createCell(c).setCellValue(b);
                        } else if (v != null) {
                            String text = v.toString();
                            if (text.length() > MAX_CELL_CHARS) {
                                throw new IOException(s.name() + ", row " + (r + 2) + ", column " + s.columns().get(c)
                                        + ": " + text.length() + " characters, more than a workbook cell holds ("
                                        + MAX_CELL_CHARS + "); export the template as CSV files instead");
                            }
                            row.createCell(c).setCellValue(text);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < Math.min(s.columns().size(), 40); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(10, s.columns().get(c).length() + 2)) * 256);
                }
            }
            wb.write(out);
        }
    }

    /**
     * Reads the sheets of a workbook, a folder of CSV files, or the folder of one CSV file.
     *
     * @throws TemplateException when the file cannot be read as a template (one line, naming the file)
     */
    public static List<TemplateSheet> read(Path file) throws TemplateException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (isWorkbook(file)) {
                return readWorkbook(new java.io.ByteArrayInputStream(bounded(file, name)));
            }
            Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
            if (!Files.isDirectory(file) && !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new TemplateException(name + ": a template is an .xlsx workbook or a folder of CSV files");
            }
            List<TemplateSheet> sheets = new ArrayList<>();
            for (String sheet : PlanTemplate.SHEETS) {
                Path csv = folder.resolve(sheet + ".csv");
                if (Files.exists(csv)) {
                    sheets.add(readCsv(sheet, new String(bounded(csv, name + "/" + sheet + ".csv"), StandardCharsets.UTF_8)));
                }
            }
            if (sheets.isEmpty()) {
                throw new TemplateException(name + ": no template CSV files (" + PlanTemplate.PLAN + ".csv, "
                        + PlanTemplate.SITES + ".csv …) in " + folder);
            }
            return sheets;
        } catch (TemplateException e) {
            throw e;

        } catch (java.nio.file.NoSuchFileException e) {
            throw new TemplateException(name + ": there is no such file (" + file + ")");
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(name + ": cannot be read as a template: " + e.getMessage());
        }
    }

    /** A template file's bytes: a regular file of at most {@link #MAX_FILE_BYTES}, counted while reading. */
    private static byte[] bounded(Path file, String shown) throws IOException, TemplateException {
        try {
            return FileBytes.read(file, MAX_FILE_BYTES, size -> "the file is too large: " + (size >> 20)
                    + " MiB (a template file may have " + (MAX_FILE_BYTES >> 20) + " MiB)");
        } catch (FileBytes.Refused e) {
            throw new TemplateException(shown + ": " + e.getMessage());
        }
    }

    public static List<TemplateSheet> readWorkbook(InputStream in) throws IOException {
        List<TemplateSheet> out = new ArrayList<>();
        DataFormatter text = new DataFormatter(Locale.US);
        try (Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                List<String> columns = new ArrayList<>();
                if (header != null) {
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        Cell cell = header.getCell(c);
                        columns.add(cell == null ? "" : text.formatCellValue(cell).strip());
                    }
                }
                List<List<Object>> rows = new ArrayList<>();
                for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        cells.add(row == null ? null : value(row.getCell(c), text));
                    }
                    rows.add(cells);
                }
                out.add(new TemplateSheet(sheet.getSheetName(), columns, rows));
            }
        }
        return out;
    }

    private static Object value(Cell cell, DataFormatter text) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            default -> {
                String t = text.formatCellValue(cell);
                yield t.isEmpty() ? null : t;
            }
        };
    }

    public static String csv(TemplateSheet s) {
        StringBuilder b = new StringBuilder();
        line(b, new ArrayList<>(s.columns()));
        for (List<Object> row : s.rows()) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(TemplateSheet.text(c)));
            line(b, cells);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }

    /** RFC 4180 ({@link Csv#records}): quoted fields may hold commas, quotes ("") and line breaks. */
    static TemplateSheet readCsv(String sheet, String text) throws TemplateException {
        List<List<String>> lines;
        try {
            lines = Csv.records(text);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(sheet + ".csv: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            return new TemplateSheet(sheet, List.of(), List.of());
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String v = c < line.size() ? line.get(c) : "";
                row.add(v.isEmpty() ? null : v);
            }
            rows.add(row);
        }
        return new TemplateSheet(sheet, header, rows);
    }
}
