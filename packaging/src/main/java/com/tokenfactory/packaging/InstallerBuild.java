package com.tokenfactory.packaging;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the installers: the app's jars sorted ({@link AppFiles}), ONNX Runtime trimmed to this platform, a runtime
 * linked with only the modules the app uses, an app-image with two launchers, then the native installers of this
 * machine's OS. Run by the {@code installer} Maven profile of packaging/pom.xml; the JDK that runs it is the one
 * linked into the installer.
 *
 * <pre>
 * InstallerBuild --deps=DIR --resources=DIR --work=DIR --maven-version=V
 *                [--app-version=V] [--types=deb,rpm|app-image] [--variant=standard|gpu] [--gpu-jar=JAR]
 * </pre>
 */
public final class InstallerBuild {
    private final Map<String, String> options;
    private final Platform platform = Platform.current();
    private final Map<String, String> report = new LinkedHashMap<>();

    private InstallerBuild(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        try {
            new InstallerBuild(parse(args)).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("installer: " + e.getMessage());
            System.exit(1);
        }
    }

    /** {@code --key=value} arguments; an empty value (an unset Maven property) counts as absent. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --option=value, got '" + arg + "'");
            }
            String value = arg.substring(eq + 1).strip();
            if (!value.isEmpty()) {
                o.put(arg.substring(2, eq), value);
            }
        }
        return o;
    }

    private String required(String key) {
        String v = options.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

    private void build() throws IOException {
        long start = System.nanoTime();
        Variant variant = Variant.of(options.getOrDefault("variant", "standard"));
        variant.checkFor(platform);
        AppVersion version = new AppVersion(options.getOrDefault("app-version",
                AppVersion.fromMaven(required("maven-version")).value())).checkFor(platform);
        Product product = Product.of(version, variant);
        List<String> types = options.containsKey("types")
                ? List.of(options.get("types").split("\\s*,\\s*"))
                : platform.defaultInstallerTypes(onPath("dpkg-deb"), onPath("rpmbuild"));
        Path resources = Path.of(required("resources")).toAbsolutePath();
        Path work = Path.of(required("work")).toAbsolutePath();
        int jdk = Runtime.version().feature();
        String nativeFolder = platform.onnxRuntimeNativeFolder(System.getProperty("os.arch"));
        say("building %s %s (%s variant) on %s with JDK %s: %s", product.name(), version, variant.name()
                .toLowerCase(Locale.ROOT), platform, Runtime.version(), String.join(", ", types));

        // jpackage refuses a destination that exists: start from nothing
        deleteRecursively(work);
        Path input = Files.createDirectories(work.resolve("input"));
        Path runtime = work.resolve("runtime");
        Path image = work.resolve("image");
        Path installers = work.resolve("installer");
        Path config = Files.createDirectories(work.resolve("config"));

        AppFiles files = AppFiles.scan(Path.of(required("deps")));
        if (variant == Variant.GPU) {
            files = files.withOnnxRuntime(Path.of(required("gpu-jar")));
        }
        for (Path jar : files.classPath()) {
            Files.copy(jar, input.resolve(jar.getFileName()));
        }
        List<String> javaOptions = new ArrayList<>(LauncherOptions.javaOptions(jdk));
        if (files.onnxRuntimeJar() != null) {
            Path onnx = files.onnxRuntimeJar();
            OnnxRuntimeJar.Split split = OnnxRuntimeJar.split(onnx, input.resolve(onnx.getFileName()), nativeFolder,
                    input.resolve(LauncherOptions.ONNX_RUNTIME_NATIVE_DIR));
            javaOptions.add(LauncherOptions.onnxRuntimeNativePath());
            report.put("ONNX Runtime", String.format(Locale.ROOT, "%s: %s of %s natives as files (%s), %s left out",
                    onnx.getFileName(), mb(split.nativeBytesKept()), nativeFolder,
                    String.join(", ", split.libraries()), mb(split.nativeBytesDropped())));
        }

        long t0 = System.nanoTime();
        // jdeps starts from our own jars and follows what they use through the class path: given every jar as a
        // target, it would resolve the modular ones (POI, ...) as modules and fail on their class-path requirements
        List<Path> inputJars = listJars(input);
        List<String> jdepsArgs = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(jdk),
                "--module-path", joinPaths(files.javafxModules()),
                "--class-path", joinPaths(inputJars)));
        inputJars.stream().filter(p -> p.getFileName().toString().startsWith("tokenfactory-"))
                .forEach(p -> jdepsArgs.add(p.toString()));
        SortedSet<String> modules = RuntimeModules.toLink(RuntimeModules.parseJdeps(run("jdeps", jdepsArgs)), platform);
        report.put("modules", String.join(",", modules));
        run("jlink", Jlink.arguments(files.javafxModules(), modules, runtime));
        List<String> fxNatives = JavaFxNatives.extract(files.javafxModules(),
                runtime.resolve(platform.runtimeNativeDir()), platform);
        report.put("JavaFX natives", fxNatives.size() + " in runtime/" + platform.runtimeNativeDir());
        report.put("jlink", seconds(t0));

        String iconExt = switch (platform) {
            case LINUX -> "png";
            case WINDOWS -> "ico";
            case MAC -> "icns";
        };
        Path appIcon = resources.resolve("icons/token-factory-planner." + iconExt);
        Path docIcon = resources.resolve("icons/tokenplan-document." + iconExt);
        Path cliLauncher = write(config.resolve(Jpackage.CLI_LAUNCHER + ".properties"),
                Jpackage.cliLauncherProperties());
        Path association = write(config.resolve("tokenplan.properties"), FileAssociation.properties(docIcon.toString()));
        Path resourceDir = Files.createDirectories(config.resolve("resources"));
        if (platform == Platform.LINUX) {
            String dir = product.linuxInstallDir();
            write(resourceDir.resolve("postinst"), LinuxScripts.postinst(LinuxScripts.jdkTemplate("template.postinst"), dir));
            write(resourceDir.resolve("prerm"), LinuxScripts.prerm(LinuxScripts.jdkTemplate("template.prerm"), dir));
            write(resourceDir.resolve("control"),
                    LinuxScripts.control(LinuxScripts.jdkTemplate("template.control"), variant.otherLinuxPackage()));
            write(resourceDir.resolve(variant.linuxPackage() + ".spec"), LinuxScripts.spec(
                    LinuxScripts.jdkTemplate("template.spec"), dir, variant.otherLinuxPackage()));
            // desktop entries are looked up by launcher name
            write(resourceDir.resolve(product.name() + ".desktop"),
                    LinuxScripts.mainDesktopEntry(LinuxScripts.jdkTemplate("template.desktop"), dir,
                            Jpackage.WINDOW_CLASS));
            write(resourceDir.resolve(Jpackage.CLI_LAUNCHER + ".desktop"),
                    LinuxScripts.cliDesktopEntry(LinuxScripts.jdkTemplate("template.desktop")));
        }

        t0 = System.nanoTime();
        run("jpackage", Jpackage.appImage(product, platform, input, files.appJar().getFileName().toString(), runtime,
                appIcon, javaOptions, cliLauncher, image));
        Path appImage;
        try (Stream<Path> s = Files.list(image)) {
            appImage = s.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no app-image"));
        }
        report.put("app-image", seconds(t0) + ", " + mb(size(appImage)) + " (runtime " + mb(size(runtime))
                + ", app jars " + mb(size(input)) + "): " + appImage);

        Files.createDirectories(installers);
        for (String type : types) {
            if (type.equals("app-image")) {
                continue;
            }
            t0 = System.nanoTime();
            run("jpackage", Jpackage.installer(product, platform, type, appImage, appIcon, association, resourceDir,
                    installers));
            for (Path made : newest(installers, type)) {
                Path named = variant == Variant.GPU && platform != Platform.LINUX ? gpuNamed(made) : made;
                report.put(type, seconds(t0) + ", " + mb(Files.size(named)) + ": " + named);
            }
        }
        report.put("total", seconds(start));
        StringBuilder summary = new StringBuilder();
        report.forEach((k, v) -> summary.append(String.format(Locale.ROOT, "%-15s %s%n", k, v)));
        Files.writeString(work.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        System.out.print(summary);
    }

    /** Runs a JDK tool in this JVM; its output is returned, or thrown with the failure. */
    static String run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                "this Java has no " + tool + ": run the installer build with a full JDK 17 or newer"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc;
        try {
            rc = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new IllegalStateException(tool + " failed: " + e + "\narguments: " + args, e);
        }
        if (rc != 0) {
            throw new IllegalStateException(tool + " failed (exit " + rc + "):\n" + out + err + "\narguments: " + args);
        }
        return out.toString();
    }

    private static List<Path> newest(Path dir, String type) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith("." + type)).sorted().toList();
        }
    }

    /** Windows' .msi and macOS' names carry no package name: the GPU variant's file says so in its name. */
    private static Path gpuNamed(Path made) throws IOException {
        String name = made.getFileName().toString();
        if (name.contains("-gpu")) {
            return made;
        }
        int dot = name.lastIndexOf('.');
        return Files.move(made, made.resolveSibling(name.substring(0, dot) + "-gpu" + name.substring(dot)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<Path> listJars(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static String joinPaths(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    static long size(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "installer: " + format + "%n", args);
    }
}
