package com.tokenfactory.app.format;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why something failed, in the few words that follow "Could not save plan.tokenplan: " or "cannot write charts to
 * out: ". The sentence around it names the file, so a file-system failure gives its reason without repeating the path
 * (Java's own message for those is often the path alone); anything else gives the first line of its message, or its
 * cause's when it has none; never a class name. Details belong in the log.
 */
public final class Reasons {
    private Reasons() {
    }

    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        Throwable wrapped = e.getCause();
        if (wrapped != null && wrapped != e && m != null && m.equals(wrapped.toString())) {
            return of(wrapped); // new X(cause) takes the cause's class name as its message
        }
        if (m == null || m.isBlank()) {
            // a wrapper without words of its own (POI and other libraries wrap the IOException that says it)
            Throwable cause = e.getCause();
            return cause != null && cause != e ? of(cause)
                    : e instanceof java.io.IOException ? "an input/output error" : "no details were given";
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
