package com.tokenfactory.core.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The fit of docs/validation.md, walked in full: every point of {@link ServingValidationTest#GRID} scored on the fit
 * cases alone by the mean |ln(predicted ÷ published)|, 12 million points. It takes about five minutes, so it is
 * not in the everyday build (its name is not a test name surefire picks up): run it with
 * {@code ./mvnw -pl model/core -am test -Dtest=ServingFitSearch -Dsurefire.failIfNoSpecifiedTests=false}. It prints
 * the optimum and checks that the shipped defaults are it. The everyday build checks the cheaper necessary
 * condition ({@link ServingValidationTest}): no grid neighbour of the defaults fits better.
 */
class ServingFitSearch {
    private final ServingValidation v = new ServingValidation();

    @Test
    void theShippedDefaultsAreTheGridsOptimumOnTheFitCases() {
        List<ServingValidation.Case> fit = v.cases("fit", null);
        double[][] grid = ServingValidationTest.GRID;
        double[] p = new double[grid.length];
        double[] best = new double[grid.length];
        double[] bestScore = {Double.MAX_VALUE};
        walk(0, grid, p, () -> {
            double score = ServingValidation.meanAbsLogError(v.rows(fit, ServingValidationTest.efficiencies(p)));
            if (score < bestScore[0] - 1e-12) {
                bestScore[0] = score;
                System.arraycopy(p, 0, best, 0, p.length);
            }
        });
        System.out.printf(Locale.ROOT, "fit optimum (mean |ln ratio| %.4f): %s%n", bestScore[0],
                java.util.Arrays.toString(best));
        assertArrayEquals(best, ServingValidationTest.DEFAULT_PARAMETERS, 1e-9);
    }

    private static void walk(int i, double[][] grid, double[] p, Runnable score) {
        if (i == grid.length) {
            score.run();
            return;
        }
        int steps = (int) Math.round((grid[i][1] - grid[i][0]) / grid[i][2]);
        for (int k = 0; k <= steps; k++) {
            p[i] = grid[i][0] + k * grid[i][2];
            walk(i + 1, grid, p, score);
        }
    }
}
