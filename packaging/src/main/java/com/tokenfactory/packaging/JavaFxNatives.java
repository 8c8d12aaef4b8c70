package com.tokenfactory.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Moves JavaFX's native libraries out of the linked modules into the runtime's library folder, as JavaFX's own jmods
 * would have placed them. JavaFX's Maven jars carry their natives at the jar root; linked from jars, jlink would keep
 * them as module resources and JavaFX would extract them on every user's first start into
 * {@code ~/.openjfx/cache}. From the runtime's library folder they load directly, and the copy inside the modules is
 * excluded ({@link #JLINK_EXCLUDE}).
 */
public final class JavaFxNatives {
    /** jlink's {@code --exclude-resources} pattern for the natives at the root of a JavaFX module. */
    public static final String JLINK_EXCLUDE = "regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)";

    private JavaFxNatives() {
    }

    /** Copies the native libraries at the root of the JavaFX jars into {@code dir}; returns their file names. */
    public static List<String> extract(List<Path> javafxJars, Path dir, Platform platform) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        for (Path jar : javafxJars) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                for (ZipEntry e : jf.stream().toList()) {
                    String name = e.getName();
                    if (e.isDirectory() || name.contains("/") || !platform.isNativeLibrary(name)) {
                        continue;
                    }
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            throw new IOException("the JavaFX jars carry no " + platform + " native libraries: are they the "
                    + platform + " classifier jars?");
        }
        return names;
    }
}
