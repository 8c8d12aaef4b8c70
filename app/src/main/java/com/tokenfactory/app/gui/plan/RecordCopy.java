package com.tokenfactory.app.gui.plan;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Changed copies of the plan's records by component name, e.g. {@code with(site, "pue", 1.25)} or
 * {@code with(service, "model.layers", 80)}. The plan records validate in their canonical constructors, so a copy
 * with a bad value throws the record's own {@link com.tokenfactory.core.plan.InvalidPlanException} naming the field;
 * this is what lets the property editor refuse a value in place with the model's reason, without a with-method for
 * each of the hundred fields in model/core.
 */
public final class RecordCopy {
    private RecordCopy() {
    }

    /** The value of a component (a dotted path reaches into nested records). */
    public static Object get(Record record, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return read(record, component(record, path));
        }
        Object inner = read(record, component(record, path.substring(0, dot)));
        if (!(inner instanceof Record nested)) {
            throw new IllegalArgumentException(path + ": " + path.substring(0, dot) + " is not a record");
        }
        return get(nested, path.substring(dot + 1));
    }

    /** A copy of {@code record} with the component at {@code path} replaced by {@code value}. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return (R) construct(record, path, value);
        }
        String head = path.substring(0, dot);
        Object inner = read(record, component(record, head));
        if (!(inner instanceof Record nested)) {
            throw new IllegalArgumentException(path + ": " + head + " is not a record");
        }
        return (R) construct(record, head, with(nested, path.substring(dot + 1), value));
    }

    /** A duplicate the user asked for: the element under {@code id}, named as it is with " (copy)" after it. */
    public static <R extends Record> R duplicate(R record, String id) {
        return with(with(record, "id", id), "name", get(record, "name") + " (copy)");
    }

    private static Record construct(Record record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                args[i] = value;
                found = true;
            } else {
                args[i] = read(record, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component '" + name + "'");
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (Record) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent component(Record record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component '" + name + "'");
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
