package com.tokenfactory.core.result;

import java.util.Objects;

/**
 * A plan problem, attached to the element it concerns so the app can mark it on the canvas.
 *
 * @param elementId id of the site, hall, pod, contract or workload concerned
 * @param message   one plain sentence for the user
 */
public record ValidationIssue(IssueKind kind, String elementId, String message) {
    public ValidationIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(message, "message");
    }

    public Severity severity() {
        return kind.severity();
    }

    @Override
    public String toString() {
        return severity() + " " + elementId + ": " + message;
    }
}
