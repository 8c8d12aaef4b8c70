package com.tokenfactory.io;

import java.io.IOException;

/**
 * A {@code .tokenplan} file could not be read. The message is one line a user can act on:
 * {@code NAME: $.sites[0].phases[1].criticalItMw (line 48): must be between 0.001 and 100000 (was -5.0)}; the parts are also available
 * one by one so the app can, for instance, jump to the line.
 */
public final class PlanFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final String jsonPath;
    private final int line;
    private final int column;
    private final String problem;

    PlanFileException(String sourceName, String jsonPath, int line, int column, String problem, Throwable cause) {
        super(message(sourceName, jsonPath, line, column, problem), cause);
        this.sourceName = sourceName;
        this.jsonPath = jsonPath;
        this.line = line;
        this.column = column;
        this.problem = oneLine(problem);
    }

    /** The file name (or whatever name the caller gave the text). */
    public String sourceName() {
        return sourceName;
    }

    /** JSON path of the offending element, e.g. {@code $.sites[0].pue}; null when the problem is the whole file. */
    public String jsonPath() {
        return jsonPath;
    }

    /** 1-based line of the offending element; 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, known for syntax errors and limits; 0 otherwise. */
    public int column() {
        return column;
    }

    /** What is wrong, without file, path and line. */
    public String problem() {
        return problem;
    }

    private static String message(String source, String path, int line, int column, String problem) {
        return source + ": " + located(path, line, column, problem);
    }

    /** {@code $.a.b (line 3): problem}, {@code line 3, column 7: problem} or {@code problem}: a problem and where. */
    static String located(String path, int line, int column, String problem) {
        StringBuilder m = new StringBuilder();
        String where = where(line, column);
        if (path != null) {
            m.append(path);
            if (!where.isEmpty()) {
                m.append(" (").append(where).append(')');
            }
            m.append(": ");
        } else if (!where.isEmpty()) {
            m.append(where).append(": ");
        }
        return m.append(oneLine(problem)).toString();
    }

    private static String where(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? "line " + line + ", column " + column : "line " + line;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
