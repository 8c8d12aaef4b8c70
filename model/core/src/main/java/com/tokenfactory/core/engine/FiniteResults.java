package com.tokenfactory.core.engine;

import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.ThroughputEstimate;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The engine's promise that every figure it returns is a number (docs/reliability.md): the plan's bounds make a
 * non-finite series impossible, so one found here is a bug in the engine, reported as such rather than shown as "—".
 * Ratios of a period or a throughput estimate may be NaN where they are undefined (nothing served, a model that does
 * not fit), never infinite.
 */
final class FiniteResults {
    /** Each record type's components, read once: {@code Class.getRecordComponents} builds them anew on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /**
     * Each record type's readers for the quick walk, made once as lambdas over the accessors: a Monte Carlo run checks
     * thousands of results of a few hundred records each, and reflective reads (with a boxed Double per figure) cost
     * a tenth of a trial.
     */
    private static final ClassValue<Reader[]> READERS = new ClassValue<>() {
        @Override
        protected Reader[] computeValue(Class<?> type) {
            return readers(type);
        }
    };

    /** Reads one component: a {@code double} without boxing, anything else as an object; other primitives never. */
    private record Reader(ToDoubleFunction<Object> primitive, Function<Object, Object> object) {
    }

    private FiniteResults() {
    }

    static SimulationResult require(SimulationResult result) {
        require(result, "result");
        return result;
    }

    /** Throws, naming the figure's path under {@code name}, when the value holds a figure its type does not allow. */
    static void require(Object value, String name) {
        // the walk that writes every figure's path runs only when the quick one has found a figure to report: a
        // Monte Carlo run checks thousands of results that are all fine
        if (!allowed(value)) {
            check(value, name);
        }
    }

    /** Whether every figure in the value is allowed: {@link #check}'s rules, without the paths. */
    private static boolean allowed(Object value) {
        if (value instanceof Series s) {
            return s.allFinite();
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!allowed(item)) {
                    return false;
                }
            }
        } else if (value instanceof Record r) {
            boolean nanAllowed = r instanceof PeriodSummary || r instanceof ThroughputEstimate;
            for (Reader reader : READERS.get(r.getClass())) {
                boolean ok;
                if (reader.primitive() != null) {
                    double d = reader.primitive().applyAsDouble(r);
                    ok = !Double.isInfinite(d) && (!Double.isNaN(d) || nanAllowed);
                } else {
                    Object v = reader.object().apply(r);
                    ok = v instanceof Double d ? !d.isInfinite() && (!d.isNaN() || nanAllowed) : allowed(v);
                }
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Reader[] readers(Class<?> type) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        List<Reader> out = new ArrayList<>();
        for (RecordComponent c : COMPONENTS.get(type)) {
            Class<?> t = c.getType();
            if (t.isPrimitive() && t != double.class) {
                continue; // an int or a boolean is always allowed
            }
            try {
                MethodHandle getter = lookup.unreflect(c.getAccessor());
                if (t == double.class) {
                    CallSite site = LambdaMetafactory.metafactory(lookup, "applyAsDouble",
                            MethodType.methodType(ToDoubleFunction.class), MethodType.methodType(double.class, Object.class),
                            getter, MethodType.methodType(double.class, type));
                    out.add(new Reader((ToDoubleFunction<Object>) site.getTarget().invoke(), null));
                } else {
                    CallSite site = LambdaMetafactory.metafactory(lookup, "apply",
                            MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                            getter, MethodType.methodType(t, type));
                    out.add(new Reader(null, (Function<Object, Object>) site.getTarget().invoke()));
                }
            } catch (Throwable e) {
                // a reader that cannot be made as a lambda reads reflectively, as the full check does
                out.add(new Reader(null, r -> component((Record) r, c)));
            }
        }
        return out.toArray(Reader[]::new);
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
            for (RecordComponent c : COMPONENTS.get(r.getClass())) {
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
