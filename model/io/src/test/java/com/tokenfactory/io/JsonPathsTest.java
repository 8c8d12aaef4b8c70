package com.tokenfactory.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JsonPathsTest {
    @Test
    void plainKeysUseDotsOthersBrackets() {
        assertEquals("$.sites", JsonPaths.field("$", "sites"));
        assertEquals("$.layout['site-0']", JsonPaths.field("$.layout", "site-0"));
        assertEquals("$.layout['it\\'s']", JsonPaths.field("$.layout", "it's"));
        assertEquals("$.layout['a\\\\b']", JsonPaths.field("$.layout", "a\\b"));
        assertEquals("$.sites[3]", JsonPaths.index("$.sites", 3));
    }

    @Test
    void resolvesCoreFieldPaths() {
        assertEquals("$.sites[0].phases[1].criticalItMw", JsonPaths.resolve("$.sites[0]", "phases[1].criticalItMw"));
        assertEquals("$.sites[0].phases[1].deployments[2].skuId",
                JsonPaths.resolve("$", "sites[0].phases[1].deployments[2].skuId"));
        assertEquals("$.points", JsonPaths.resolve("$", "points"));
        assertEquals("$.catalog[0].hbmGb.value", JsonPaths.resolve("$.catalog[0].hbmGb", "value"));
    }

    @Test
    void parentOfEveryKindOfSegment() {
        assertEquals("$.sites[0].phases[1]", JsonPaths.parent("$.sites[0].phases[1].criticalItMw"));
        assertEquals("$.sites[0].phases", JsonPaths.parent("$.sites[0].phases[1]"));
        assertEquals("$.layout", JsonPaths.parent("$.layout['a.b[1]']"));
        assertEquals("$.layout['it\\'s']", JsonPaths.parent("$.layout['it\\'s'].x"));
        assertEquals("$", JsonPaths.parent("$[3]"));
        assertEquals("$", JsonPaths.parent("$.name"));
        assertNull(JsonPaths.parent("$"));
    }

    @Test
    void linesFallBackToTheNearestRecordedAncestor() {
        SourceLines lines = new SourceLines();
        lines.record("$", 1);
        lines.record("$.sites[0]", 10);
        lines.record("$.layout['a.b']", 40);
        assertEquals(10, lines.lineOf("$.sites[0].pue"));
        assertEquals(40, lines.lineOf("$.layout['a.b'].x"));
        assertEquals(1, lines.lineOf("$.name"));
        assertEquals(0, new SourceLines().lineOf("$.name"));
    }

    @Test
    void renamingMovesTheFieldAndEverythingBelowItOnly() {
        SourceLines lines = new SourceLines();
        lines.record("$.s[0].pods", 5);
        lines.record("$.s[0].pods[0]", 6);
        lines.record("$.s[0].pods[0].gpus", 7);
        lines.record("$.s[0].podsExtra", 9);
        lines.renamed("$.s[0]", "pods", "deployments");
        assertEquals(5, lines.exactLine("$.s[0].deployments"));
        assertEquals(6, lines.exactLine("$.s[0].deployments[0]"));
        assertEquals(7, lines.exactLine("$.s[0].deployments[0].gpus"));
        assertEquals(0, lines.exactLine("$.s[0].pods[0].gpus"));
        assertEquals(9, lines.exactLine("$.s[0].podsExtra"));
    }
}
