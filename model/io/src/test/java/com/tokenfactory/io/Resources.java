package com.tokenfactory.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test files under src/test/resources. */
final class Resources {
    static final String FUNGIBLE = "plans/fungible.tokenplan";
    static final String FUNGIBLE_V1 = "plans/fungible-v1.tokenplan";

    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with {@code find}, which must occur exactly once, replaced. */
    static String replaceOnce(String text, String find, String replacement) {
        int at = text.indexOf(find);
        if (at < 0 || text.indexOf(find, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + find + "' must occur exactly once");
        }
        return text.substring(0, at) + replacement + text.substring(at + find.length());
    }
}
