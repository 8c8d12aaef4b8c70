package com.tokenfactory.app.gui.document;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The selected plan elements, shared by the canvas, the workloads table, the problems panel and the property
 * editor. The primary element is the one last selected; the property editor shows it.
 */
public final class Selection {
    private final ObservableSet<String> ids = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnlyIds = FXCollections.unmodifiableObservableSet(ids);
    private final ReadOnlyObjectWrapper<String> primary = new ReadOnlyObjectWrapper<>(this, "primary");

    /** Selects only {@code id}. */
    public void select(String id) {
        if (ids.size() == 1 && ids.contains(id)) {
            return;
        }
        ids.clear();
        ids.add(id);
        primary.set(id);
    }

    /** Adds {@code id} to the selection, or takes it out if it was in. */
    public void toggle(String id) {
        if (ids.remove(id)) {
            primary.set(ids.isEmpty() ? null : last());
        } else {
            ids.add(id);
            primary.set(id);
        }
    }

    /** Selects exactly these. */
    public void selectAll(Collection<String> chosen) {
        ids.retainAll(chosen);
        ids.addAll(chosen);
        primary.set(chosen.isEmpty() ? null : new ArrayList<>(chosen).get(chosen.size() - 1));
    }

    public void clear() {
        ids.clear();
        primary.set(null);
    }

    /** Forgets selected elements that no longer exist (after an undo or a delete). */
    public void retain(Set<String> existing) {
        if (existing.containsAll(ids)) {
            return;
        }
        ids.retainAll(existing);
        if (primary.get() != null && !existing.contains(primary.get())) {
            primary.set(ids.isEmpty() ? null : last());
        }
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The selected ids in the order they were selected. */
    public List<String> list() {
        return new ArrayList<>(ids);
    }

    public ObservableSet<String> ids() {
        return readOnlyIds;
    }

    public String getPrimary() {
        return primary.get();
    }

    public ReadOnlyObjectProperty<String> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    private String last() {
        String last = null;
        for (String id : ids) {
            last = id;
        }
        return last;
    }
}
