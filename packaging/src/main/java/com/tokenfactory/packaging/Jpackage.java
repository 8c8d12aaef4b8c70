package com.tokenfactory.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jpackage command lines: one app-image (the trimmed runtime, the app's jars on the class path, two launchers),
 * then an installer of each type from that image.
 *
 * <p>Launchers: "Token Factory Planner" opens the desktop app (a lone .tokenplan argument opens that plan, which is how
 * a double-clicked file arrives on Linux and Windows); "tokenfactory" runs the same main class as a command line,
 * with a console on Windows, without a menu entry of its own.
 */
public final class Jpackage {
    public static final String CLI_LAUNCHER = "tokenfactory";
    /** Windows' upgrade code: the same for every version and both variants, so that each install replaces the last. */
    public static final String WIN_UPGRADE_UUID = "bf485c20-4ec0-4536-9087-2bbb7a9f3419";
    /**
     * JavaFX names an app's X11 window class after its Application subclass; the desktop entry's StartupWMClass must
     * match it (a test in this module checks the class exists).
     */
    public static final String WINDOW_CLASS = "com.tokenfactory.app.gui.TokenFactoryApp";
    public static final String MAC_BUNDLE_ID = "com.tokenfactory.planner";
    /** The macOS menu bar name: jpackage wants fewer than 16 characters. */
    public static final String MAC_MENU_NAME = "Token Factory";
    /** Freedesktop menu categories of the desktop entry. */
    public static final String LINUX_MENU_GROUP = "Office;Finance;";
    /**
     * Packages jpackage does not find by itself: JavaFX's GTK 3 glass (its natives sit in the runtime, which jpackage's
     * dependency scan does not read) and xdg-utils, which the scripts call to register the menu entry and MIME type.
     */
    public static final String DEB_DEPENDS = "libgtk-3-0, xdg-utils";
    public static final String RPM_REQUIRES = "gtk3, xdg-utils";

    private Jpackage() {
    }

    /** The properties of the command-line launcher ({@code --add-launcher tokenfactory=FILE}). */
    public static String cliLauncherProperties() {
        return "# The command line of the installed app: the same main class, a console on Windows, no menu entry\n"
                + "win-console=true\n"
                + "win-shortcut=false\n"
                + "win-menu=false\n"
                + "linux-shortcut=false\n";
    }

    public static List<String> appImage(Product p, Platform platform, Path input, String mainJar, Path runtime,
                                        Path icon, List<String> javaOptions, Path cliLauncher, Path dest) {
        List<String> a = common(p);
        a.addAll(List.of("--type", "app-image",
                "--input", input.toString(),
                "--main-jar", mainJar,
                "--main-class", AppFiles.MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--icon", icon.toString(),
                "--add-launcher", CLI_LAUNCHER + "=" + cliLauncher,
                "--dest", dest.toString()));
        for (String o : javaOptions) {
            a.add("--java-options");
            a.add(o);
        }
        if (platform == Platform.MAC) {
            a.addAll(List.of("--mac-package-identifier", MAC_BUNDLE_ID, "--mac-package-name", MAC_MENU_NAME));
        }
        return a;
    }

    public static List<String> installer(Product p, Platform platform, String type, Path appImage, Path icon,
                                         Path fileAssociation, Path resourceDir, Path dest) {
        List<String> a = common(p);
        a.addAll(List.of("--type", type,
                "--app-image", appImage.toString(),
                "--icon", icon.toString(),
                "--file-associations", fileAssociation.toString(),
                "--resource-dir", resourceDir.toString(),
                "--dest", dest.toString()));
        switch (platform) {
            case LINUX -> {
                if (!type.equals("deb") && !type.equals("rpm")) {
                    throw new IllegalArgumentException("Linux installers are deb or rpm, not " + type);
                }
                a.addAll(List.of("--linux-package-name", p.variant().linuxPackage(),
                        "--linux-shortcut",
                        "--linux-menu-group", LINUX_MENU_GROUP,
                        "--linux-app-category", type.equals("deb") ? "misc" : "Applications/Productivity",
                        "--linux-app-release", "1",
                        "--linux-package-deps", type.equals("deb") ? DEB_DEPENDS : RPM_REQUIRES));
            }
            case WINDOWS -> {
                if (!type.equals("msi") && !type.equals("exe")) {
                    throw new IllegalArgumentException("Windows installers are msi or exe, not " + type);
                }
                // per-user: strategists' managed laptops often give no administrator rights
                a.addAll(List.of("--win-per-user-install", "--win-menu", "--win-menu-group", p.name(),
                        "--win-shortcut", "--win-dir-chooser",
                        "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            }
            case MAC -> {
                if (!type.equals("dmg") && !type.equals("pkg")) {
                    throw new IllegalArgumentException("macOS installers are dmg or pkg, not " + type);
                }
                a.addAll(List.of("--mac-package-identifier", MAC_BUNDLE_ID));
            }
        }
        return a;
    }

    private static List<String> common(Product p) {
        return new ArrayList<>(List.of("--name", p.name(),
                "--app-version", p.version().value(),
                "--vendor", p.vendor(),
                "--description", p.description(),
                "--copyright", p.copyright()));
    }
}
