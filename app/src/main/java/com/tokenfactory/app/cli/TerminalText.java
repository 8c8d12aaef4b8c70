package com.tokenfactory.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints is shown, not obeyed: control characters (terminal escape codes in a plan or scenario
 * name, a bell, a backspace) and bidirectional overrides become '?', so a plan cannot recolour, retitle or rewrite the
 * user's terminal. Line breaks, tabs and carriage returns pass.
 */
final class TerminalText {
    /** An error line longer than this is cut: a value echoed in full (a 1 MB string) helps nobody. */
    static final int MAX_ERROR_LINE = 1_000;

    private TerminalText() {
    }

    static char shown(char c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return c;
        }
        boolean control = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        return control ? '?' : c;
    }

    static String shown(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(shown(s.charAt(i)));
        }
        return b.toString();
    }

    /** One line for stderr: the first line of {@code message}, cleaned and cut to {@link #MAX_ERROR_LINE}. */
    static String errorLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
        line = shown(line).replace('\r', ' ').replace('\t', ' ');
        return line.length() <= MAX_ERROR_LINE ? line : line.substring(0, MAX_ERROR_LINE - 1) + "…";
    }

    /** {@code out} with every character passed through {@link #shown(char)}. */
    static PrintWriter safe(PrintWriter out) {
        if (out instanceof SafePrintWriter) {
            return out;
        }
        return new SafePrintWriter(new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                super.write(shown((char) c));
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                char[] copy = new char[len];
                for (int i = 0; i < len; i++) {
                    copy[i] = shown(cbuf[off + i]);
                }
                super.write(copy, 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                write(str.toCharArray(), off, len);
            }
        });
    }

    private static final class SafePrintWriter extends PrintWriter {
        SafePrintWriter(Writer out) {
            super(out, true);
        }
    }
}
