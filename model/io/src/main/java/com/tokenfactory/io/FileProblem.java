package com.tokenfactory.io;

/**
 * What is wrong with a file and where, while reading is still under way; {@link PlanFile} turns it into a
 * {@link PlanFileException} once the source name and line are known. Unchecked so the decoder's many small methods
 * stay free of throws clauses.
 */
final class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final int line;
    private final int column;

    private FileProblem(String jsonPath, int line, int column, String detail, Throwable cause) {
        super(detail, cause);
        this.jsonPath = jsonPath;
        this.line = line;
        this.column = column;
    }

    /** A problem with the element at {@code jsonPath}; its line is looked up from where the element was read. */
    static FileProblem at(String jsonPath, String detail) {
        return new FileProblem(jsonPath, 0, 0, detail, null);
    }

    /** A problem found by the JSON parser at a known position; {@code jsonPath} may be null. */
    static FileProblem atPosition(String jsonPath, int line, int column, String detail, Throwable cause) {
        return new FileProblem(jsonPath, line, column, detail, cause);
    }

    String jsonPath() {
        return jsonPath;
    }

    /** The parser's line, or 0 when the line must be looked up by path. */
    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String detail() {
        return getMessage();
    }
}
