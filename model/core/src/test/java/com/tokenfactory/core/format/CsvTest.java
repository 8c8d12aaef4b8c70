package com.tokenfactory.core.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTest {
    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("id", "note"), List.of("a", "one, \"two\"\r\nthree"), List.of("b", "")),
                Csv.records("id,note\r\na,\"one, \"\"two\"\"\r\nthree\"\r\nb,\r\n"));
    }

    @Test
    void aRecordEndsAtCrlfLfOrCrAndTheLastNeedsNoLineBreak() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d", " e ")),
                Csv.records("a\r\nb\nc\rd, e "));
        assertEquals(List.of(List.of("")), Csv.records("\n"), "a blank line is a record of one empty field");
        assertEquals(List.of(), Csv.records(""));
    }

    @Test
    void aByteOrderMarkIsSkippedAndAnOpenQuoteIsRefused() {
        assertEquals(List.of(List.of("x", "y")), Csv.records("\uFEFFx,y"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.records("a,\"b\nc"));
        assertEquals("a quoted field is not closed", e.getMessage());
    }
}
