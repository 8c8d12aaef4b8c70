package com.tokenfactory.core.result;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A plan problem, attached to the element it concerns so the app can mark it on the canvas.
 * <p>
 * Its sentence may be written when it is first read ({@link #deferred}): a plan can have hundreds of problems, and
 * runs whose problems nobody reads — Monte Carlo trials, tornado and goal-seek runs — spent most of their validation
 * time formatting numbers into sentences. Read or not, a problem is equal to the one whose sentence was given.
 */
public final class ValidationIssue {
    private final IssueKind kind;
    private final String elementId;
    private final Supplier<String> writer;
    private volatile String message;

    /**
     * @param elementId id of the site, hall, pod, contract or workload concerned
     * @param message   one plain sentence for the user
     */
    public ValidationIssue(IssueKind kind, String elementId, String message) {
        this(kind, elementId, null, Objects.requireNonNull(message, "message"));
    }

    private ValidationIssue(IssueKind kind, String elementId, Supplier<String> writer, String message) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.elementId = Objects.requireNonNull(elementId, "elementId");
        this.writer = writer;
        this.message = message;
    }

    /** A problem whose sentence {@code writer} writes on first read; the writer must give the same text each time. */
    public static ValidationIssue deferred(IssueKind kind, String elementId, Supplier<String> writer) {
        return new ValidationIssue(kind, elementId, Objects.requireNonNull(writer, "writer"), null);
    }

    public IssueKind kind() {
        return kind;
    }

    /** Id of the site, hall, pod, contract or workload concerned. */
    public String elementId() {
        return elementId;
    }

    /** One plain sentence for the user. */
    public String message() {
        String m = message;
        if (m == null) {
            // two threads may both write it: the same text either way
            m = Objects.requireNonNull(writer.get(), "message");
            message = m;
        }
        return m;
    }

    public Severity severity() {
        return kind.severity();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationIssue v && kind == v.kind && elementId.equals(v.elementId)
                && message().equals(v.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, elementId, message());
    }

    @Override
    public String toString() {
        return severity() + " " + elementId + ": " + message();
    }
}
