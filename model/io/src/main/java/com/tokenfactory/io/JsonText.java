package com.tokenfactory.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.UncheckedIOException;

/**
 * The text of a tree as files are written: two-space indentation, {@code "key": value}, {@code []} and {@code {}} for
 * empty containers, "\n" line ends on every platform (so the same plan gives the same bytes everywhere) and a final
 * newline.
 */
final class JsonText {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());

    private JsonText() {
    }

    static String of(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; this would be a bug in Jackson or in the encoder.
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(INDENT);
        printer.indentArraysWith(INDENT);
        return printer;
    }
}
