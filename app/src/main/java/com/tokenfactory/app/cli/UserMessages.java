package com.tokenfactory.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns an exception into the line that stands alone after "tokenfactory: ", so it names the file itself; a message
 * that names the file already adds {@link com.tokenfactory.app.format.Reasons#of} instead. Never a stack trace.
 */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof IOException io && io.getMessage() != null) {
            return io.getMessage();
        }
        String m = e.getMessage();
        return m != null && !m.isBlank() ? m : "no details were given";
    }
}
