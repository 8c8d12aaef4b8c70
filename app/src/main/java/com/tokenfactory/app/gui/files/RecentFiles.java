package com.tokenfactory.app.gui.files;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recent-files list of the File menu, newest first, remembered in the preferences. */
public final class RecentFiles {
    private final AppPreferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(AppPreferences preferences) {
        this.preferences = preferences;
        files.setAll(preferences.recentFiles());
    }

    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > AppPreferences.RECENT_LIMIT) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        preferences.setRecentFiles(next);
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file.toAbsolutePath().normalize())) {
            files.setAll(next);
            preferences.setRecentFiles(next);
        }
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }
}
