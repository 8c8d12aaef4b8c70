package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import org.apache.commons.numbers.rootfinder.BrentSolver;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds the value of a lever that makes a KPI equal a target: "the GPU price for an IRR of 15%", "the token price
 * for NPV 0". The lever's range is scanned on a grid for a change of sign of KPI − target, and the bracket found is
 * closed by Brent's method (Commons Numbers' {@code BrentSolver}: bisection safeguarded inverse quadratic
 * interpolation, never leaving the bracket). The answer is then checked by running the engine once more at it.
 */
public final class GoalSeek {
    private static final int GRID = 32;

    private GoalSeek() {
    }

    /**
     * @param value    the lever value found
     * @param achieved the KPI the engine gives at that value (the verification run)
     * @param plan     the plan with the lever at the value: what applying the answer means
     * @param runs     engine runs spent
     */
    public record Result(Lever lever, String target, Kpi kpi, double goal, double value, double achieved, Plan plan,
                         int runs, long elapsedNanos) {
        /** Whether the verification run meets the goal within the tolerance (levers in whole months step). */
        public boolean verified(double tolerance) {
            return Math.abs(achieved - goal) <= tolerance;
        }
    }

    /** Thrown when no value in the range reaches the goal; the message says what the KPI spans there. */
    public static final class NoSolution extends RuntimeException {
        public NoSolution(String message) {
            super(message);
        }
    }

    public static Result solve(Plan plan, Scenario scenario, Lever lever, String target, Kpi kpi, double goal,
                               double from, double to) {
        long t0 = System.nanoTime();
        if (!(from < to)) {
            throw new IllegalArgumentException("the search range must run from a lower to a higher value (was "
                    + from + " to " + to + ")");
        }
        int[] runs = {0};
        DoubleUnaryOperator f = x -> {
            runs[0]++;
            return kpiAt(plan, scenario, lever, target, kpi, x) - goal;
        };
        double lo = Double.NaN;
        double hi = Double.NaN;
        double prevX = Double.NaN;
        double prevF = Double.NaN;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            double x = from + (to - from) * i / GRID;
            double y = f.applyAsDouble(x);
            if (Double.isNaN(y)) {
                continue;
            }
            min = Math.min(min, y + goal);
            max = Math.max(max, y + goal);
            if (y == 0) {
                lo = x;
                hi = x;
                break;
            }
            if (!Double.isNaN(prevF) && Math.signum(prevF) != Math.signum(y)) {
                lo = prevX;
                hi = x;
                break;
            }
            prevX = x;
            prevF = y;
        }
        if (Double.isNaN(lo)) {
            throw new NoSolution("no " + lever.id() + " from " + fmt(from) + " to " + fmt(to) + " gives " + kpi.id()
                    + " = " + fmt(goal) + (min <= max ? " (there it runs from " + fmt(min) + " to " + fmt(max) + ")"
                    : " (it has no value there)"));
        }
        double root = lo == hi ? lo : new BrentSolver(1e-9 * Math.max(1, Math.abs(hi - lo)), 1e-12, 0)
                .findRoot(f, lo, hi);
        if (lever == Lever.GRID_DELAY || lever == Lever.BUILD_DELAY) {
            root = Math.abs(f.applyAsDouble(Math.floor(root))) <= Math.abs(f.applyAsDouble(Math.ceil(root)))
                    ? Math.floor(root) : Math.ceil(root);
        }
        Plan applied = lever.apply(plan, target, root);
        double achieved = kpiAt(plan, scenario, lever, target, kpi, root);
        runs[0]++;
        return new Result(lever, target, kpi, goal, root, achieved, applied, runs[0], System.nanoTime() - t0);
    }

    private static double kpiAt(Plan plan, Scenario scenario, Lever lever, String target, Kpi kpi, double x) {
        Plan p = lever.apply(plan, target, x);
        return kpi.of(Engine.simulateFigures(p, scenario));
    }

    /** A search range for a lever when the user gives none: a multiplier 0.05–5, a rate or shift its own range. */
    public static double[] defaultRange(Lever lever) {
        return switch (lever.how()) {
            case MULTIPLY -> new double[]{0.05, 5.0};
            case ADD -> lever == Lever.DEMAND_GROWTH ? new double[]{-0.9, 3.0} : new double[]{lever.min(), lever.max()};
            case SET -> new double[]{lever.min(), Math.min(lever.max(), 3.0)};
        };
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }
}
