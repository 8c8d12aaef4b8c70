package com.tokenfactory.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The app's runtime jars (a {@code dependency:copy-dependencies} folder) sorted for jpackage: JavaFX's platform jars go
 * on the module path (jlink links them into the runtime), everything else goes on the class path, and the ONNX
 * Runtime jar is picked out so that its natives can be trimmed to the target platform.
 *
 * <p>Maven resolves every JavaFX artifact twice: an empty jar without classifier (it only names the module) and the
 * real one with the platform classifier ({@code -linux}, {@code -win}, {@code -mac}, {@code -mac-aarch64}). Only the
 * real ones are kept.
 */
public record AppFiles(Path appJar, List<Path> javafxModules, List<Path> classPath, Path onnxRuntimeJar) {
    public static final String MAIN_CLASS = "com.tokenfactory.app.Main";

    /** The app's own jar: tokenfactory-app-VERSION.jar as copy-dependencies names it, tokenfactory-app.jar in app/. */
    private static final Pattern APP_JAR = Pattern.compile("tokenfactory-app(-\\d[\\w.-]*)?\\.jar");
    private static final Pattern JAVAFX = Pattern.compile("javafx-[a-z]+-\\d[\\d.]*(?:-ea\\+\\d+)?(-[a-z0-9-]+)?\\.jar");
    private static final Pattern ONNX_RUNTIME = Pattern.compile("onnxruntime(_gpu)?-\\d[\\w.]*\\.jar");

    public AppFiles {
        javafxModules = List.copyOf(javafxModules);
        classPath = List.copyOf(classPath);
    }

    public static AppFiles scan(Path folder) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        return sort(jars);
    }

    static AppFiles sort(List<Path> jars) {
        Path app = null;
        Path onnx = null;
        List<Path> fx = new ArrayList<>();
        List<Path> cp = new ArrayList<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            Matcher m = JAVAFX.matcher(name);
            if (m.matches()) {
                if (m.group(1) != null) {
                    fx.add(jar);
                }
                continue;
            }
            if (ONNX_RUNTIME.matcher(name).matches()) {
                if (onnx != null) {
                    throw new IllegalArgumentException("two ONNX Runtime jars: " + onnx.getFileName() + " and " + name
                            + "; the standard and the GPU artifact must not ship together");
                }
                onnx = jar;
                continue;
            }
            if (APP_JAR.matcher(name).matches()) {
                app = jar;
            }
            cp.add(jar);
        }
        if (app == null) {
            throw new IllegalArgumentException("no tokenfactory-app jar among the dependencies");
        }
        if (fx.isEmpty()) {
            throw new IllegalArgumentException("no JavaFX platform jars (javafx-*-<platform>.jar) among the dependencies");
        }
        return new AppFiles(app, fx, cp, onnx);
    }

    /** The same files with another ONNX Runtime artifact (the GPU variant's) in place of the one the app declares. */
    public AppFiles withOnnxRuntime(Path jar) {
        if (!ONNX_RUNTIME.matcher(jar.getFileName().toString()).matches()) {
            throw new IllegalArgumentException(jar + " is not an ONNX Runtime jar");
        }
        return new AppFiles(appJar, javafxModules, classPath, jar);
    }
}
