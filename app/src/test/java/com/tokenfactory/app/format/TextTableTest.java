package com.tokenfactory.app.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTableTest {
    @Test
    void firstColumnLeftOthersRightRulesWhereAsked() {
        String table = TextTable.render(List.of(
                new String[]{"Year", "CapEx ($M)"},
                new String[]{"Y1", "25,745.7"},
                new String[]{"Horizon", "112,361.9"}), 0, 1);
        assertEquals("""
                Year     CapEx ($M)
                -------------------
                Y1         25,745.7
                -------------------
                Horizon   112,361.9
                """, table);
    }
}
