package com.tokenfactory.packaging;

import java.util.List;
import java.util.Locale;

/**
 * The operating system an installer is built on. jpackage builds only the build machine's own kinds of installer, so
 * the platform is always the host's; it decides the installer types, where native libraries live in a Java runtime
 * and which of ONNX Runtime's native folders the app needs.
 */
public enum Platform {
    LINUX("linux", "lib", List.of("deb", "rpm")),
    WINDOWS("win", "bin", List.of("msi")),
    MAC("osx", "lib", List.of("dmg"));

    private final String onnxRuntimePrefix;
    private final String runtimeNativeDir;
    private final List<String> nativeInstallerTypes;

    Platform(String onnxRuntimePrefix, String runtimeNativeDir, List<String> nativeInstallerTypes) {
        this.onnxRuntimePrefix = onnxRuntimePrefix;
        this.runtimeNativeDir = runtimeNativeDir;
        this.nativeInstallerTypes = nativeInstallerTypes;
    }

    /** The platform of an {@code os.name} value. */
    public static Platform of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return MAC;
        }
        if (os.startsWith("linux")) {
            return LINUX;
        }
        throw new IllegalArgumentException("jpackage builds installers on Linux, Windows and macOS, not on " + osName);
    }

    public static Platform current() {
        return of(System.getProperty("os.name"));
    }

    /**
     * The folder inside the ONNX Runtime jar ({@code ai/onnxruntime/native/<folder>/}) holding this platform's natives
     * for an {@code os.arch} value, named as ONNX Runtime names them: linux-x64, linux-aarch64, win-x64, osx-aarch64.
     */
    public String onnxRuntimeNativeFolder(String osArch) {
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> throw new IllegalArgumentException("no ONNX Runtime natives are published for " + osArch);
        };
        return onnxRuntimePrefix + "-" + arch;
    }

    /** Where a Java runtime image keeps its native libraries ({@code sun.boot.library.path}): lib, or bin on Windows. */
    public String runtimeNativeDir() {
        return runtimeNativeDir;
    }

    /** Whether a file name is a native library of this platform. */
    public boolean isNativeLibrary(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return switch (this) {
            case LINUX -> name.endsWith(".so");
            case WINDOWS -> name.endsWith(".dll");
            case MAC -> name.endsWith(".dylib");
        };
    }

    /**
     * The installers built by default: the host's native kinds; on Linux a .deb where {@code dpkg-deb} is installed
     * and an .rpm where {@code rpmbuild} is.
     */
    public List<String> defaultInstallerTypes(boolean dpkgDebPresent, boolean rpmbuildPresent) {
        if (this != LINUX) {
            return nativeInstallerTypes;
        }
        List<String> types = new java.util.ArrayList<>();
        if (dpkgDebPresent) {
            types.add("deb");
        }
        if (rpmbuildPresent) {
            types.add("rpm");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("neither dpkg-deb nor rpmbuild is installed: install one (Debian: "
                    + "fakeroot and dpkg-dev; Fedora: rpm-build), or build only the folder with "
                    + "-Dinstaller.types=app-image");
        }
        return List.copyOf(types);
    }
}
