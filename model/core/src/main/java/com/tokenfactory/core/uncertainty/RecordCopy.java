package com.tokenfactory.core.uncertainty;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * A copy of a plan record with one component changed, through the record's canonical constructor (so the record's
 * own checks run). Reflection rather than a hand-written constructor call per lever: the plan's records gain fields
 * as the engine grows (tax rates, serving figures), and a lever must keep working without being edited each time.
 */
final class RecordCopy {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    private record Shape(RecordComponent[] components, Constructor<?> canonical) {
    }

    private RecordCopy() {
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] args = new Object[shape.components().length];
        boolean found = false;
        try {
            for (int i = 0; i < args.length; i++) {
                RecordComponent c = shape.components()[i];
                if (c.getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = c.getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + component);
            }
            return (R) shape.canonical().newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current value of a numeric component. */
    static double get(Record record, String component) {
        for (RecordComponent c : SHAPES.get(record.getClass()).components()) {
            if (c.getName().equals(component)) {
                try {
                    return ((Number) c.getAccessor().invoke(record)).doubleValue();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + component);
    }
}
