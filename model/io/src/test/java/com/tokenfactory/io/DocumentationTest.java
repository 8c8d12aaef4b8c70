package com.tokenfactory.io;

import com.tokenfactory.core.plan.Plan;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example in docs/file-format.md is a real file: it reads, and it is exactly what the writer writes. */
class DocumentationTest {
    /** Surefire runs in the module folder, model/io. */
    private static final Path FORMAT_DOC = Path.of("../../docs/file-format.md");

    @Test
    void exampleInTheFormatDocumentationIsAFileTheAppWrites() throws Exception {
        assertTrue(Files.exists(FORMAT_DOC), "expected the format documentation at " + FORMAT_DOC.toAbsolutePath());
        String doc = Files.readString(FORMAT_DOC);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("\n```", start) + 1);

        PlanFile planFile = new PlanFile();
        Plan plan = planFile.read(example, "file-format.md");

        assertEquals(example, planFile.toJson(plan));
    }
}
