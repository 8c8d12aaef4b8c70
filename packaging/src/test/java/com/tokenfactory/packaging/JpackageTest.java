package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JpackageTest {
    private static final Product STANDARD = Product.of(new AppVersion("0.1.0"), Variant.STANDARD);
    private static final Product GPU = Product.of(new AppVersion("0.1.0"), Variant.GPU);

    private static String valueOf(List<String> args, String option) {
        int i = args.indexOf(option);
        assertTrue(i >= 0 && i + 1 < args.size(), option + " missing from " + args);
        return args.get(i + 1);
    }

    private static List<String> appImage(Platform platform, List<String> javaOptions) {
        return Jpackage.appImage(STANDARD, platform, Path.of("input"), "tokenfactory-app-0.1.0-SNAPSHOT.jar",
                Path.of("runtime"), Path.of("icon.png"), javaOptions, Path.of("tokenfactory.properties"),
                Path.of("image"));
    }

    private static List<String> installer(Product p, Platform platform, String type) {
        return Jpackage.installer(p, platform, type, Path.of("image", p.name()), Path.of("icon.png"),
                Path.of("tokenplan.properties"), Path.of("resources"), Path.of("installer"));
    }

    @Test
    void theAppImageRunsTheAppFromTheClassPathOnTheLinkedRuntime() {
        List<String> a = appImage(Platform.LINUX, List.of("--enable-native-access=javafx.graphics,ALL-UNNAMED"));
        assertEquals("app-image", valueOf(a, "--type"));
        assertEquals("Token Factory Planner", valueOf(a, "--name"));
        assertEquals("0.1.0", valueOf(a, "--app-version"));
        assertEquals("com.tokenfactory.app.Main", valueOf(a, "--main-class"));
        assertEquals("tokenfactory-app-0.1.0-SNAPSHOT.jar", valueOf(a, "--main-jar"));
        assertEquals("runtime", valueOf(a, "--runtime-image"));
        assertEquals("tokenfactory=tokenfactory.properties", valueOf(a, "--add-launcher"));
        assertEquals("--enable-native-access=javafx.graphics,ALL-UNNAMED", valueOf(a, "--java-options"));
        assertFalse(a.contains("--module-path"), "JavaFX is already linked into the runtime: " + a);
        assertFalse(a.contains("--mac-package-identifier"));
        assertEquals(Jpackage.MAC_BUNDLE_ID, valueOf(appImage(Platform.MAC, List.of()), "--mac-package-identifier"));
        assertTrue(Jpackage.MAC_MENU_NAME.length() < 16);
    }

    @Test
    void theDebDeclaresGtkAndXdgUtilsAndAMenuEntry() {
        List<String> a = installer(STANDARD, Platform.LINUX, "deb");
        assertEquals("deb", valueOf(a, "--type"));
        assertEquals("token-factory-planner", valueOf(a, "--linux-package-name"));
        assertTrue(a.contains("--linux-shortcut"));
        String deps = valueOf(a, "--linux-package-deps");
        assertTrue(deps.contains("libgtk-3-0") && deps.contains("xdg-utils"), deps);
        assertEquals("tokenplan.properties", valueOf(a, "--file-associations"));
        assertEquals("resources", valueOf(a, "--resource-dir"));
        assertEquals(Path.of("image", "Token Factory Planner").toString(), valueOf(a, "--app-image"));
        assertEquals("/opt/token-factory-planner", STANDARD.linuxInstallDir());
    }

    @Test
    void theRpmUsesFedorasPackageNames() {
        assertEquals("gtk3, xdg-utils", valueOf(installer(STANDARD, Platform.LINUX, "rpm"), "--linux-package-deps"));
    }

    @Test
    void theGpuVariantIsItsOwnLinuxPackage() {
        assertEquals("token-factory-planner-gpu", valueOf(installer(GPU, Platform.LINUX, "deb"), "--linux-package-name"));
        assertEquals("/opt/token-factory-planner-gpu", GPU.linuxInstallDir());
        assertTrue(GPU.description().contains("CUDA 12"), GPU.description());
        assertEquals("Token Factory Planner", GPU.name());
    }

    @Test
    void windowsInstallsPerUserWithAMenuEntryAndOneUpgradeCode() {
        List<String> a = installer(STANDARD, Platform.WINDOWS, "msi");
        assertTrue(a.containsAll(List.of("--win-per-user-install", "--win-menu", "--win-shortcut")), a.toString());
        assertEquals(Jpackage.WIN_UPGRADE_UUID, valueOf(a, "--win-upgrade-uuid"));
        assertEquals(valueOf(a, "--win-upgrade-uuid"), valueOf(installer(GPU, Platform.WINDOWS, "msi"),
                "--win-upgrade-uuid"));
    }

    @Test
    void eachPlatformBuildsOnlyItsOwnKinds() {
        assertThrows(IllegalArgumentException.class, () -> installer(STANDARD, Platform.LINUX, "msi"));
        assertThrows(IllegalArgumentException.class, () -> installer(STANDARD, Platform.WINDOWS, "deb"));
        assertThrows(IllegalArgumentException.class, () -> installer(STANDARD, Platform.MAC, "rpm"));
        assertEquals("dmg", valueOf(installer(STANDARD, Platform.MAC, "dmg"), "--type"));
    }

    @Test
    void theCommandLineLauncherHasAConsoleOnWindowsAndNoMenuEntry() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Jpackage.cliLauncherProperties()));
        assertEquals("true", p.getProperty("win-console"));
        assertEquals("false", p.getProperty("win-menu"));
        assertEquals("false", p.getProperty("linux-shortcut"));
    }

    /** The launchers start this class: it must exist in the app with a plain main (JavaFX on the class path). */
    @Test
    void theMainClassExistsWithAStaticMain() throws Exception {
        Class<?> main = Class.forName(AppFiles.MAIN_CLASS, false, getClass().getClassLoader());
        Method m = main.getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(m.getModifiers()));
        Class<?> application = Class.forName("javafx.application.Application", false, getClass().getClassLoader());
        assertFalse(application.isAssignableFrom(main),
                "a main class extending Application fails from the class path ('JavaFX runtime components are missing')");
    }

    /** The desktop entry's StartupWMClass names the app's Application subclass, which names JavaFX's windows. */
    @Test
    void theWindowClassIsTheAppsApplicationSubclass() throws Exception {
        Class<?> app = Class.forName(Jpackage.WINDOW_CLASS, false, getClass().getClassLoader());
        Class<?> application = Class.forName("javafx.application.Application", false, getClass().getClassLoader());
        assertTrue(application.isAssignableFrom(app), Jpackage.WINDOW_CLASS + " is no javafx.application.Application");
    }
}
