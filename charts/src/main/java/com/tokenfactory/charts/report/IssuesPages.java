package com.tokenfactory.charts.report;

import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;

import java.awt.Color;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The plan's validation issues, errors first, on as many pages as they need. */
final class IssuesPages {
    static final String SECTION = "Validation issues";

    private IssuesPages() {
    }

    static void add(ReportDocument doc, SimulationResult result) throws IOException {
        List<ValidationIssue> issues = result.issues().stream()
                .sorted(Comparator.comparing(ValidationIssue::severity)).toList();
        if (issues.isEmpty()) {
            try (PageWriter page = doc.newPage(SECTION)) {
                page.line("The plan has no validation issues.", doc.regular, 12, ReportDocument.TEXT);
            }
            return;
        }
        List<List<String>> rows = issues.stream()
                .map(i -> List.of(label(i.severity()), i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), i.elementId(),
                        i.message()))
                .toList();
        ReportTable table = ReportTable.of(List.of("Severity", "Kind", "Element", "Message"), rows,
                new float[]{0.8f, 1.6f, 1.2f, 6.4f}, new boolean[4], 9f)
                .coloured((row, column) -> column == 0 ? colour(row.get(0)) : ReportDocument.TEXT);
        int next = 0;
        boolean first = true;
        while (next < rows.size()) {
            try (PageWriter page = doc.newPage(first ? SECTION : SECTION + " (continued)")) {
                if (first) {
                    page.line(result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING)
                            + " warnings, " + result.count(Severity.INFO) + " notes", doc.regular, 11,
                            ReportDocument.MUTED);
                    page.skip(4);
                }
                int after = page.table(table, next);
                if (after == next) {
                    throw new IllegalStateException("an issue is too long to fit on a page: " + issues.get(next));
                }
                next = after;
            }
            first = false;
        }
    }

    private static String label(Severity s) {
        return switch (s) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Note";
        };
    }

    private static Color colour(String label) {
        return switch (label) {
            case "Error" -> ReportDocument.DANGER;
            case "Warning" -> ReportDocument.WARNING;
            default -> ReportDocument.ACCENT;
        };
    }
}
