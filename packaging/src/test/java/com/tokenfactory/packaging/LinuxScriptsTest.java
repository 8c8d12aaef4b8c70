package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts are made from the templates of the JDK running the tests: the same ones the installer build uses. Only a
 * Linux JDK's jpackage has them, as only Linux builds .deb and .rpm.
 */
@EnabledOnOs(OS.LINUX)
class LinuxScriptsTest {
    private static final String DIR = "/opt/token-factory-planner";

    @TempDir
    Path tmp;

    private static boolean before(String text, String first, String second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a >= 0 && b > a;
    }

    @Test
    void postinstLinksTheCommandAfterJpackagesDesktopCommands() throws IOException {
        String s = LinuxScripts.postinst(LinuxScripts.jdkTemplate("template.postinst"), DIR);
        assertTrue(before(s, "configure)", "DESKTOP_COMMANDS_INSTALL"), s);
        assertTrue(before(s, "DESKTOP_COMMANDS_INSTALL", "ln -sf '/opt/token-factory-planner/bin/tokenfactory' "
                + "/usr/bin/tokenfactory"), s);
        assertTrue(before(s, "ln -sf", "abort-upgrade|abort-remove"), "inside the configure case: " + s);
        assertTrue(before(s, "configure)", "mkdir -p /usr/share/desktop-directories"), s);
        assertTrue(before(s, "mkdir -p /usr/share/desktop-directories", "DESKTOP_COMMANDS_INSTALL"),
                "before xdg-desktop-menu runs: " + s);
    }

    @Test
    void prermUnlinksOnlyItsOwnLink() throws IOException {
        String s = LinuxScripts.prerm(LinuxScripts.jdkTemplate("template.prerm"), DIR);
        assertTrue(before(s, "DESKTOP_COMMANDS_UNINSTALL", "rm -f /usr/bin/tokenfactory"), s);
        assertTrue(s.contains("= '/opt/token-factory-planner/bin/tokenfactory' ]"), s);
    }

    @Test
    void controlConflictsWithAndReplacesTheOtherVariant() throws IOException {
        String s = LinuxScripts.control(LinuxScripts.jdkTemplate("template.control"), "token-factory-planner-gpu");
        assertTrue(s.contains("\nConflicts: token-factory-planner-gpu\nReplaces: token-factory-planner-gpu\n"), s);
        assertTrue(s.contains("Package: APPLICATION_PACKAGE"), "jpackage's placeholders stay: " + s);
    }

    @Test
    void specRemovesTheLinkOnlyWhenThePackageGoes() throws IOException {
        String s = LinuxScripts.spec(LinuxScripts.jdkTemplate("template.spec"), DIR, "token-factory-planner-gpu");
        assertTrue(s.contains("\nConflicts: token-factory-planner-gpu\n"), s);
        assertTrue(before(s, "%post", "mkdir -p /usr/share/desktop-directories"), s);
        assertTrue(before(s, "mkdir -p /usr/share/desktop-directories", "DESKTOP_COMMANDS_INSTALL"), s);
        assertTrue(before(s, "%post", "ln -sf"), s);
        assertTrue(before(s, "%preun", "if [ \"$1\" -eq 0 ]; then"), s);
        assertTrue(before(s, "if [ \"$1\" -eq 0 ]; then", "rm -f /usr/bin/tokenfactory"), s);
    }

    @Test
    void theDesktopEntryPassesTheFileToALauncherWithoutSpacesAndNamesTheWindowClass() throws IOException {
        String s = LinuxScripts.mainDesktopEntry(LinuxScripts.jdkTemplate("template.desktop"), DIR, "com.example.App");
        assertTrue(s.contains("\nExec=/opt/token-factory-planner/bin/tokenfactory %f\n"), s);
        assertEquals(1, s.split("Exec=", -1).length - 1, s);
        assertTrue(s.endsWith("\nStartupWMClass=com.example.App\n"), s);
    }

    @Test
    void theCommandLineDesktopEntryIsHidden() throws IOException {
        String s = LinuxScripts.cliDesktopEntry(LinuxScripts.jdkTemplate("template.desktop"));
        assertTrue(s.contains("\nNoDisplay=true"), s);
        assertTrue(s.contains("\nTerminal=true\n") && !s.contains("Terminal=false"), s);
    }

    @Test
    void aTemplateWithoutTheAnchorIsAnErrorNotASkippedStep() {
        assertThrows(IllegalStateException.class, () -> LinuxScripts.postinst("#!/bin/sh\nexit 0\n", DIR));
        assertThrows(IllegalStateException.class,
                () -> LinuxScripts.postinst("DESKTOP_COMMANDS_INSTALL\nDESKTOP_COMMANDS_INSTALL\n", DIR));
    }

    private int sh(String script, Path link) throws IOException, InterruptedException {
        String s = script.replace(LinuxScripts.COMMAND_LINK, link.toString());
        Process p = new ProcessBuilder("sh", "-ec", s).redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        return p.exitValue();
    }

    /** The shell lines themselves, run against a link in a temporary folder instead of /usr/bin. */
    @Test
    void theLinkIsMadeKeptAndRemovedAsPromised() throws Exception {
        Path link = tmp.resolve("tokenfactory");
        String target = DIR + "/bin/tokenfactory";

        assertEquals(0, sh(LinuxScripts.linkCommand(DIR), link));
        assertEquals(target, Files.readSymbolicLink(link).toString());
        assertEquals(0, sh(LinuxScripts.linkCommand(DIR), link), "configure runs again on reinstall");
        assertEquals(0, sh(LinuxScripts.unlinkCommand(DIR), link));
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals(0, sh(LinuxScripts.unlinkCommand(DIR), link), "nothing to remove is no error under set -e");

        Files.writeString(link, "#!/bin/sh\necho someone else's tokenfactory\n");
        assertEquals(0, sh(LinuxScripts.linkCommand(DIR), link));
        assertTrue(Files.isRegularFile(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a real file is left alone");
        Files.delete(link);

        Files.createSymbolicLink(link, Path.of("/opt/token-factory-planner-gpu/bin/tokenfactory"));
        assertEquals(0, sh(LinuxScripts.unlinkCommand(DIR), link));
        assertEquals("/opt/token-factory-planner-gpu/bin/tokenfactory", Files.readSymbolicLink(link).toString(),
                "the other variant's link stays when this one goes");
    }
}
