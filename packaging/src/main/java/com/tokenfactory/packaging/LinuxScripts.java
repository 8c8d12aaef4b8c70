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
 * the package when it is still ours), and a conflict with the other variant's package. Starting from the JDK's
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

    static String unlinkCommand(String installDir) {
        return "if [ \"$(readlink " + COMMAND_LINK + " || true)\" = '" + launcher(installDir) + "' ]; then\n"
                + "  rm -f " + COMMAND_LINK + "\n"
                + "fi";
    }

    /** The .deb postinst: jpackage's, then the symlink, on configure. */
    public static String postinst(String template, String installDir) {
        return insertAfter(template, INSTALL_ANCHOR, linkCommand(installDir), "template.postinst");
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
        s = insertAfter(s, INSTALL_ANCHOR, linkCommand(installDir), "template.spec");
        return insertAfter(s, UNINSTALL_ANCHOR,
                "if [ \"$1\" -eq 0 ]; then\n" + unlinkCommand(installDir) + "\nfi", "template.spec");
    }

    /**
     * The main launcher's desktop entry: jpackage's, with {@code %f} on the Exec line (jpackage 17 to 25 write none,
     * so a .tokenplan opened from a file manager would start the app without the file) and the window class that
     * JavaFX gives the app's windows (the Application subclass' name), so that docks match windows to the entry.
     */
    public static String mainDesktopEntry(String template, String windowClass) {
        String s = replaceLine(template, "Exec=APPLICATION_LAUNCHER", "Exec=APPLICATION_LAUNCHER %f", "template.desktop");
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
