package com.tokenfactory.packaging;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The modules linked into the installer's Java runtime: what {@code jdeps --print-module-deps} finds in the app's jars,
 * plus the few that no static analysis can see. jlink adds what those require (java.desktop brings java.prefs and
 * java.xml, javafx.swing brings jdk.unsupported.desktop, ...).
 *
 * <p>Left out on purpose: jdk.localedata (the app formats with {@code Locale.ROOT}; JavaFX's own texts are resources
 * of javafx.controls), jdk.crypto.ec and java.net.http (the app opens no network connection), jdk.jfr, jdk.jdwp.agent
 * and the other tools' modules.
 */
public final class RuntimeModules {
    private static final Pattern MODULE_LIST = Pattern.compile("[a-z][\\w.]*(,[a-z][\\w.]*)*");

    private RuntimeModules() {
    }

    /**
     * Modules that jdeps cannot see, by platform: on Windows, jdk.charsets, because the console launcher writes
     * through the console's code page (cp437, cp850, ...) and java.base carries only the standard charsets and a few
     * of each platform's.
     */
    public static List<String> unseen(Platform platform) {
        return platform == Platform.WINDOWS ? List.of("jdk.charsets") : List.of();
    }

    /** The module list of jdeps' {@code --print-module-deps} output (its last line that is one). */
    public static SortedSet<String> parseJdeps(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (MODULE_LIST.matcher(lines.get(i)).matches()) {
                return new TreeSet<>(Arrays.asList(lines.get(i).split(",")));
            }
        }
        throw new IllegalArgumentException("jdeps printed no module list:\n" + output);
    }

    /** The modules to link: jdeps' findings and the unseen ones; refuses a list without JavaFX or java.base. */
    public static SortedSet<String> toLink(Collection<String> fromJdeps, Platform platform) {
        SortedSet<String> modules = new TreeSet<>(fromJdeps);
        modules.addAll(unseen(platform));
        if (!modules.contains("java.base") || modules.stream().noneMatch(m -> m.startsWith("javafx."))) {
            throw new IllegalArgumentException("jdeps found no use of java.base and JavaFX in the app: " + modules);
        }
        return modules;
    }
}
