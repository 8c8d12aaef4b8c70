package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.result.Severity;

import java.util.List;

/**
 * The plan's errors and warnings, errors first; notes are left out.
 *
 * @param otherProblems one line about the problems without a line of their own, or null
 */
public record ProblemsSlide(String title, String headline, List<Problem> problems, String otherProblems)
        implements Slide {
    public ProblemsSlide {
        problems = List.copyOf(problems);
    }

    /** One problem: its severity and the engine's sentence about it. */
    public record Problem(Severity severity, String message) {
    }
}
