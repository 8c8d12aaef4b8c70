package com.tokenfactory.core.engine;

import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The engine's promise that every figure it returns is a number (docs/reliability.md): the plan's bounds make a
 * non-finite series impossible, so one found here is a bug in the engine, reported as such rather than shown as "—".
 * Ratios of a period or a throughput estimate may be NaN where they are undefined (nothing served, a model that does
 * not fit), never infinite.
 */
final class FiniteResults {
    private FiniteResults() {
    }

    static SimulationResult require(SimulationResult result) {
        check(result, "result");
        return result;
    }

    private static void check(Object value, String path) {
        if (value instanceof Series s) {
            for (int m = 0; m < s.size(); m++) {
                if (!Double.isFinite(s.get(m))) {
                    throw bug(path + "[" + m + "]", s.get(m));
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Record r) {
            boolean nanAllowed = r instanceof PeriodSummary || r instanceof ThroughputEstimate;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = component(r, c);
                String p = path + "." + c.getName();
                if (v instanceof Double d) {
                    if (d.isInfinite() || (d.isNaN() && !nanAllowed)) {
                        throw bug(p, d);
                    }
                } else {
                    check(v, p);
                }
            }
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static IllegalStateException bug(String path, double value) {
        return new IllegalStateException("the engine computed " + value + " for " + path
                + "; every figure should be finite for a plan within its bounds: this is a bug, please report it");
    }
}
