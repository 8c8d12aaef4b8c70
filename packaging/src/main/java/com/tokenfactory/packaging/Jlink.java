package com.tokenfactory.packaging;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The jlink command line of the installer's trimmed Java runtime. */
public final class Jlink {
    private Jlink() {
    }

    /**
     * No {@code --compress}: measured on this app (JDK 17, Linux), zip-compressed modules make the installed runtime
     * 60 MB instead of 95 MB but the .deb 15 MB larger (xz compresses plain modules far better than zipped ones: 36 MB
     * against 20 MB for the runtime), and starts no faster. A smaller download over a smaller disk footprint; see
     * docs/packaging.md.
     */
    public static List<String> arguments(List<Path> javafxModules, Collection<String> modules, Path output) {
        List<String> a = new ArrayList<>();
        a.add("--module-path");
        a.add(String.join(File.pathSeparator, javafxModules.stream().map(Path::toString).toList()));
        a.add("--add-modules");
        a.add(String.join(",", modules));
        a.add("--strip-debug");
        a.add("--no-header-files");
        a.add("--no-man-pages");
        // the launchers jpackage writes start the JVM through libjli; bin/java and friends are not needed
        a.add("--strip-native-commands");
        a.add("--exclude-resources=" + JavaFxNatives.JLINK_EXCLUDE);
        a.add("--output");
        a.add(output.toString());
        return a;
    }
}
