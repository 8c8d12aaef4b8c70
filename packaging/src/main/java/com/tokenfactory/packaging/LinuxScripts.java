package com.tokenfactory.packaging;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The .deb and .rpm scripts and headers, made from the running JDK's own jpackage templates with a few lines added:
 * a {@code tokenfactory} command on the PATH (a symlink in /usr/bin to the installed console launcher, removed with
 * the package when it is still ours), the folder xdg-desktop-menu needs on machines without a desktop, and a
 * conflict with the other variant's package. Starting from the JDK's
 * templates keeps jpackage's placeholders of whichever JDK builds (17 and 25 differ), where a copied template would
 * freeze one JDK's.
 */
public final class LinuxScripts {
    public static final String COMMAND = "tokenfactory";
    public static final String COMMAND_LINK = "/usr/bin/" + COMMAND;

    private static final String INSTALL_ANCHOR = "DESKTOP_COMMANDS_INSTALL";
    private static final String UNINSTALL_ANCHOR = "DESKTOP_COMMANDS_UNINSTALL";

    private LinuxScripts() {
    }

    /** A template of the running JDK's jpackage (template.postinst, template.prerm, template.control, template.spec). */
    public static String jdkTemplate(String name) throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        return Files.readString(jrt.getPath("/modules/jdk.jpackage/jdk/jpackage/internal/resources/" + name),
                StandardCharsets.UTF_8);
    }

    static String launcher(String installDir) {
        return installDir + "/bin/" + COMMAND;
    }

    static String linkCommand(String installDir) {
        return "# " + COMMAND + " on the PATH: the installed command line (Token Factory Planner's packaging)\n"
                + "if [ ! -e " + COMMAND_LINK + " ] || [ -L " + COMMAND_LINK + " ]; then\n"
                + "  ln -sf '" + launcher(installDir) + "' " + COMMAND_LINK + "\n"
                + "fi";
    }

    /**
     * xdg-desktop-menu, which jpackage's install commands call, refuses to run ("No writable system menu directory
     * found") where no desktop environment made /usr/share/desktop-directories, e.g. on a server that only uses the
     * command line, and the package would fail to configure. It is a plain XDG data folder: make it.
     */
    static String prepareDesktopCommand() {
        return "# xdg-desktop-menu needs this folder, which only desktop environments make (a server has none)\n"
                + "[ -d /usr/share/desktop-directories ] || mkdir -p /usr/share/desktop-directories";
    }

    static String unlinkCommand(String installDir) {
        return "if [ \"$(readlink " + COMMAND_LINK + " || true)\" = '" + launcher(installDir) + "' ]; then\n"
                + "  rm -f " + COMMAND_LINK + "\n"
                + "fi";
    }

    /** The .deb postinst, on configure: the menu folder, jpackage's desktop commands, then the symlink. */
    public static String postinst(String template, String installDir) {
        return surround(template, INSTALL_ANCHOR, prepareDesktopCommand(), linkCommand(installDir), "template.postinst");
    }

    /** The .deb prerm: jpackage's, then the symlink's removal, on remove, upgrade and deconfigure. */
    public static String prerm(String template, String installDir) {
        return insertAfter(template, UNINSTALL_ANCHOR, unlinkCommand(installDir), "template.prerm");
    }

    /** The .deb control file: jpackage's, with the other variant as a conflicting package that this one replaces. */
    public static String control(String template, String otherPackage) {
        return insertAfterLineStarting(template, "Provides:",
                "Conflicts: " + otherPackage + "\nReplaces: " + otherPackage, "template.control");
    }

    /**
     * The .rpm spec: jpackage's, with the conflict, the symlink in %post and its removal in %preun only when the
     * package goes ({@code $1} is 0; on an upgrade the new package's %post has already run).
     */
    public static String spec(String template, String installDir, String otherPackage) {
        String s = insertAfterLineStarting(template, "Provides:", "Conflicts: " + otherPackage, "template.spec");
        s = surround(s, INSTALL_ANCHOR, prepareDesktopCommand(), linkCommand(installDir), "template.spec");
        return insertAfter(s, UNINSTALL_ANCHOR,
                "if [ \"$1\" -eq 0 ]; then\n" + unlinkCommand(installDir) + "\nfi", "template.spec");
    }

    /**
     * The app's desktop entry: jpackage's, with two changes to its Exec line, and the window class.
     * <ul>
     * <li>{@code %f}: jpackage 17 to 25 write none, so a .tokenplan opened from a file manager would start the app
     * without the file.</li>
     * <li>The launcher without spaces in its path ({@code bin/tokenfactory}, the same program and settings as
     * {@code bin/Token Factory Planner}): jpackage quotes the path, and xdg-open, when no desktop environment handles
     * the file, takes the first word of Exec as the command ("/usr/bin/xdg-open: : Permission denied").</li>
     * <li>StartupWMClass: JavaFX names the app's windows after its Application subclass; docks match windows to the
     * entry by it.</li>
     * </ul>
     */
    public static String mainDesktopEntry(String template, String installDir, String windowClass) {
        String s = replaceLine(template, "Exec=APPLICATION_LAUNCHER", "Exec=" + launcher(installDir) + " %f",
                "template.desktop");
        return s.stripTrailing() + "\nStartupWMClass=" + windowClass + "\n";
    }

    /**
     * The command-line launcher's desktop entry. jpackage 17 writes one for every launcher and ignores
     * {@code linux-shortcut=false}; hidden from menus, it stays out of the way.
     */
    public static String cliDesktopEntry(String template) {
        String s = replaceLine(template, "Terminal=false", "Terminal=true", "template.desktop");
        return s.stripTrailing() + "\nNoDisplay=true\n";
    }

    static String replaceLine(String text, String line, String replacement, String what) {
        return edit(text, l -> l.strip().equals(line), "'" + line + "'", l -> List.of(replacement), what);
    }

    static String surround(String text, String anchor, String before, String after, String what) {
        return edit(text, l -> l.strip().equals(anchor), "'" + anchor + "'", l -> List.of(before, l, after), what);
    }

    static String insertAfter(String text, String anchor, String lines, String what) {
        return edit(text, l -> l.strip().equals(anchor), "'" + anchor + "'", l -> List.of(l, lines), what);
    }

    static String insertAfterLineStarting(String text, String prefix, String lines, String what) {
        return edit(text, l -> l.startsWith(prefix), "starting '" + prefix + "'", l -> List.of(l, lines), what);
    }

    /** Replaces the one line that matches by what {@code edit} makes of it; fails unless exactly one matches. */
    private static String edit(String text, Predicate<String> anchor, String anchorName,
                               Function<String, List<String>> edit, String what) {
        List<String> out = new ArrayList<>();
        int found = 0;
        for (String line : text.split("\n", -1)) {
            if (anchor.test(line)) {
                found++;
                out.addAll(edit.apply(line));
            } else {
                out.add(line);
            }
        }
        if (found != 1) {
            throw new IllegalStateException(what + " of this JDK has " + found + " lines " + anchorName
                    + " (expected one): jpackage's templates changed; see LinuxScripts in packaging/");
        }
        return String.join("\n", out);
    }
}
