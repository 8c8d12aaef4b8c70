package com.tokenfactory.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {
    @TempDir
    Path dir;

    @Test
    void explainsTheNpvAsTextDownToTheWacc() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = CommandRun.of("explain", plan.toString(), "npv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("NPV after tax, with terminal value = "), r.out());
        assertTrue(r.out().contains("<- sourced default: assumptions.discountRate"), r.out());
        assertTrue(r.out().contains("… 54 more like these"), r.out());
    }

    @Test
    void jsonCarriesTheWholeTreeWithTheResultsFigure() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = CommandRun.of("explain", plan.toString(), "revenue Y2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode tree = new ObjectMapper().readTree(r.out());
        double revenue = Engine.simulate(Samples.open(Samples.FIVE_YEAR_COMMITMENT)).years().get(1).revenue();
        assertEquals(revenue, tree.get("value").asDouble(), Math.abs(revenue) * 1e-12);
        assertEquals(12, tree.get("inputs").size());
        assertEquals("SUM", tree.get("operation").asText());
    }

    @Test
    void aFigureItCannotExplainListsWhatCanBeAskedOnOneLineAndExits2() throws Exception {
        Path plan = CommandRun.sample(dir, Samples.FIVE_YEAR_COMMITMENT);
        CommandRun r = CommandRun.of("explain", plan.toString(), "happiness 2028");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("tokenfactory: cannot explain 'happiness 2028'"), r.err());
        assertTrue(r.err().contains("per month (YYYY-MM)") && r.err().contains("services: assistant, api, agents")
                && r.err().contains("capex it SKU") && r.err().contains("sites: tx-campus, oh-campus, pa-campus"),
                r.err());
        assertTrue(r.errIsOneLine(), r.err());
        CommandRun month = CommandRun.of("explain", plan.toString(), "revenue 1999-01");
        assertEquals(2, month.code());
        assertTrue(month.err().contains("outside the plan"), month.err());
    }
}
