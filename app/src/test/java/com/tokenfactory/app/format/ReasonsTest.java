package com.tokenfactory.app.format;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReasonsTest {
    @Test
    void fileSystemFailuresGiveTheirReasonNotThePath() {
        // Java's message for these is the path alone, which the sentence around the reason already names
        assertEquals("/home/ada/report.pdf", new AccessDeniedException("/home/ada/report.pdf").getMessage());
        assertEquals("permission denied", Reasons.of(new AccessDeniedException("/home/ada/report.pdf")));
        assertEquals("Not a directory", Reasons.of(new FileSystemException("out/charts", null, "Not a directory")));
    }

    @Test
    void otherFailuresGiveTheFirstLineOfTheirMessageOrTheirCausesNeverAClassName() {
        assertEquals("first line", Reasons.of(new IllegalStateException("first line\n\tdetail")));
        assertEquals("no details were given", Reasons.of(new IllegalStateException()));
        assertEquals("No space left on device", Reasons.of(new IllegalStateException(new java.io.IOException("No space left on device"))));
        assertEquals("no details were given", Reasons.of(new NullPointerException(" ")));
    }
}
