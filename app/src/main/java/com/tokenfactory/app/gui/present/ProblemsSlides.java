package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.present.ProblemsSlide.Problem;
import com.tokenfactory.core.result.Severity;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ValidationIssue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The closing "plan problems" slide: the engine's errors and warnings, errors first; none when there are none. */
final class ProblemsSlides {
    static final String TITLE = "Plan problems";
    static final int MAX_LINES = 10;

    private ProblemsSlides() {
    }

    static Optional<ProblemsSlide> of(SimulationResult r) {
        List<ValidationIssue> issues = r.issues().stream().filter(i -> i.severity() != Severity.INFO)
                .sorted(Comparator.comparing(ValidationIssue::severity)).toList();
        if (issues.isEmpty()) {
            return Optional.empty();
        }
        List<ValidationIssue> shown = issues.size() <= MAX_LINES ? issues : issues.subList(0, MAX_LINES - 1);
        String more = shown.size() == issues.size() ? null
                : "and " + Numbers.plural(issues.size() - shown.size(), "more problem")
                + ": 'tokenfactory validate PLAN' lists them all";
        return Optional.of(new ProblemsSlide(TITLE, headline(r),
                shown.stream().map(i -> new Problem(i.severity(), i.message())).toList(), more));
    }

    /** "1 error and 7 warnings to resolve" / "7 warnings to know about". */
    static String headline(SimulationResult r) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        if (errors == 0) {
            return Numbers.plural(warnings, "warning") + " to know about";
        }
        return Numbers.plural(errors, "error") + (warnings == 0 ? "" : " and "
                + Numbers.plural(warnings, "warning")) + " to resolve";
    }
}
