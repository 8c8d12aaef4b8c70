package com.tokenfactory.samples;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanTemplate;
import com.tokenfactory.io.TemplateException;
import com.tokenfactory.io.TemplateSheet;
import com.tokenfactory.io.ResultJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14: a sample written as the spreadsheet template and read back is the same plan — equal records, the same
 * plan file, and a simulation equal to the original's (the golden KPIs, every yearly figure) — from the sheets as a
 * workbook holds them (numbers as numbers) and as CSV files hold them (every cell text).
 */
class TemplateRoundTripTest {
    @Test
    void everySamplesTemplateImportsToAPlanThatSimulatesTheSame() throws Exception {
        for (Samples.Sample sample : Samples.all()) {
            Plan plan = Samples.open(sample);
            List<TemplateSheet> sheets = PlanTemplate.sheets(plan);
            assertEquals(PlanTemplate.SHEETS, sheets.stream().map(TemplateSheet::name).toList());
            for (List<TemplateSheet> form : List.of(sheets, asCsvText(sheets))) {
                Plan back = PlanTemplate.plan(form, sample.fileName());
                assertEquals(new PlanFile().toJson(plan), new PlanFile().toJson(back), sample.title());
                assertEquals(plan, back, sample.title());
                assertEquals(resultJson(Engine.simulate(plan)), resultJson(Engine.simulate(back)), sample.title());
                for (Scenario s : plan.scenarios()) {
                    assertEquals(resultJson(Engine.simulate(plan, s)), resultJson(Engine.simulate(back, s)),
                            sample.title() + " under " + s.name());
                }
            }
        }
    }

    @Test
    void aSheetWithoutRowsStillNamesItsColumnsAndTheyAreTheFileFormatsFields() throws Exception {
        // the five-year commitment has no partner clouds; the capacity crunch has some: their columns match
        Plan without = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        Plan with = Samples.open(Samples.CAPACITY_CRUNCH);
        assertEquals(0, without.partners().size());
        TemplateSheet empty = PlanTemplate.sheets(without).get(4);
        TemplateSheet filled = PlanTemplate.sheets(with).get(4);
        assertEquals(PlanTemplate.PARTNERS, empty.name());
        org.junit.jupiter.api.Assertions.assertTrue(empty.columns().containsAll(filled.columns()),
                "every column a filled sheet has: " + filled.columns() + " vs " + empty.columns());
        // and every column any sample fills is among an empty sheet's (so the list keeps up with the format)
        for (Samples.Sample sample : Samples.all()) {
            for (TemplateSheet sheet : PlanTemplate.sheets(Samples.open(sample)).subList(1, PlanTemplate.SHEETS.size())) {
                for (String column : sheet.columns()) {
                    org.junit.jupiter.api.Assertions.assertTrue(
                            PlanTemplate.emptySheetColumns(sheet.name()).contains(column),
                            sample.title() + ", " + sheet.name() + ": " + column + " missing from the empty sheet's columns");
                }
            }
        }
    }

    @Test
    void aBadRowNamesItsSheetRowAndColumnAndNothingIsImported() {
        Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        List<TemplateSheet> sheets = new ArrayList<>(PlanTemplate.sheets(plan));
        TemplateSheet halls = sheets.get(2);
        int mw = halls.columns().indexOf("criticalItMw");
        int site = halls.columns().indexOf("site");
        List<List<Object>> rows = new ArrayList<>(halls.rows());
        List<Object> bad = new ArrayList<>(rows.get(1));
        bad.set(mw, -5.0);
        rows.set(1, bad);
        List<Object> orphan = new ArrayList<>(rows.get(2));
        orphan.set(site, "nowhere");
        rows.set(2, orphan);
        sheets.set(2, new TemplateSheet(halls.name(), halls.columns(), rows));
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> PlanTemplate.plan(sheets, "t.xlsx"));
        // every row that cannot be placed, each once: the orphan hall, and the pod that sits in it
        assertEquals("Halls, row 4, column site (" + TemplateSheet.columnLetter(site)
                + "): no site 'nowhere' on the Sites sheet", e.problems().get(0));
        org.junit.jupiter.api.Assertions.assertTrue(e.problems().stream().skip(1)
                .allMatch(p -> p.startsWith("GPU pods, row ") && p.contains("column hall (B): no hall '")), e.getMessage());
        orphan.set(site, rows.get(0).get(site));
        sheets.set(2, new TemplateSheet(halls.name(), halls.columns(), rows));
        // two rows the plan's own checks refuse, on two sheets: a line each
        TemplateSheet partners = sheets.get(3);
        int gpus = partners.columns().indexOf("gpus");
        List<List<Object>> partnerRows = new ArrayList<>(partners.rows());
        List<Object> none = new ArrayList<>(partnerRows.get(0));
        none.set(gpus, -3.0);
        partnerRows.set(0, none);
        sheets.set(4, new TemplateSheet(partners.name(), partners.columns(), partnerRows));
        TemplateException checked = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> PlanTemplate.plan(sheets, "t.xlsx"));
        assertEquals(2, checked.problems().size(), checked.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(checked.problems().get(0).startsWith("Halls, row 3, column "
                + "criticalItMw (" + TemplateSheet.columnLetter(mw) + "): "), checked.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(checked.problems().get(1).startsWith("GPU pods, row 2, column "
                + "gpus (" + TemplateSheet.columnLetter(gpus) + "): "), checked.getMessage());
    }

    private static List<TemplateSheet> asCsvText(List<TemplateSheet> sheets) {
        List<TemplateSheet> out = new ArrayList<>();
        for (TemplateSheet s : sheets) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : s.rows()) {
                List<Object> text = new ArrayList<>();
                row.forEach(c -> text.add(c == null ? null : TemplateSheet.text(c)));
                rows.add(text);
            }
            out.add(new TemplateSheet(s.name(), s.columns(), rows));
        }
        return out;
    }

    private static String resultJson(com.tokenfactory.core.result.SimulationResult r) throws IOException {
        Path f = Files.createTempFile("result", ".json");
        try {
            ResultJson.write(r, f);
            return Files.readString(f);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
