package com.tokenfactory.app.gui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (java.util.prefs): theme, window bounds, recent files, and for each autosave
 * the file it belongs to. Tests pass their own node so they never touch the user's settings.
 */
public final class AppPreferences {
    private static final System.Logger LOG = System.getLogger(AppPreferences.class.getName());
    public static final int RECENT_LIMIT = 10;

    /** Window position and size; {@code maximized} wins over the bounds. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's settings of this app. */
    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("com/tokenfactory/planner"));
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
        flush();
    }

    public Optional<WindowBounds> window() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindow(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
        flush();
    }

    /** Recently opened or saved files, newest first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    /** The file an autosave was made from; empty for a plan never saved. */
    public Optional<Path> autosaveOrigin(String key) {
        return Optional.ofNullable(node.node("autosave").get(key, null)).map(Path::of);
    }

    public void setAutosaveOrigin(String key, Path file) {
        if (file == null) {
            node.node("autosave").remove(key);
        } else {
            node.node("autosave").put(key, file.toString());
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "settings could not be stored", e);
        }
    }

    /** Forgets everything (tests). */
    public void clear() {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "settings could not be removed", e);
        }
    }
}
