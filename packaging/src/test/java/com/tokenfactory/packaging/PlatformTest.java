package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformTest {
    @Test
    void knowsTheOsNamesJavaReports() {
        assertEquals(Platform.LINUX, Platform.of("Linux"));
        assertEquals(Platform.WINDOWS, Platform.of("Windows 11"));
        assertEquals(Platform.MAC, Platform.of("Mac OS X"));
        assertThrows(IllegalArgumentException.class, () -> Platform.of("FreeBSD"));
    }

    @Test
    void namesOnnxRuntimeNativeFoldersAsTheJarDoes() {
        assertEquals("linux-x64", Platform.LINUX.onnxRuntimeNativeFolder("amd64"));
        assertEquals("linux-aarch64", Platform.LINUX.onnxRuntimeNativeFolder("aarch64"));
        assertEquals("win-x64", Platform.WINDOWS.onnxRuntimeNativeFolder("amd64"));
        assertEquals("osx-aarch64", Platform.MAC.onnxRuntimeNativeFolder("aarch64"));
        assertEquals("osx-x64", Platform.MAC.onnxRuntimeNativeFolder("x86_64"));
        assertThrows(IllegalArgumentException.class, () -> Platform.LINUX.onnxRuntimeNativeFolder("riscv64"));
    }

    @Test
    void runtimeNativesSitInLibExceptOnWindows() {
        assertEquals("lib", Platform.LINUX.runtimeNativeDir());
        assertEquals("bin", Platform.WINDOWS.runtimeNativeDir());
        assertEquals("lib", Platform.MAC.runtimeNativeDir());
    }

    @Test
    void recognisesEachPlatformsNativeLibraries() {
        assertTrue(Platform.LINUX.isNativeLibrary("libglass.so"));
        assertFalse(Platform.LINUX.isNativeLibrary("glass.dll"));
        assertTrue(Platform.WINDOWS.isNativeLibrary("Glass.DLL"));
        assertTrue(Platform.MAC.isNativeLibrary("libglass.dylib"));
        assertFalse(Platform.MAC.isNativeLibrary("libglass.so"));
    }

    @Test
    void linuxBuildsThePackagesItsToolsAreInstalledFor() {
        assertEquals(List.of("deb"), Platform.LINUX.defaultInstallerTypes(true, false));
        assertEquals(List.of("deb", "rpm"), Platform.LINUX.defaultInstallerTypes(true, true));
        assertEquals(List.of("rpm"), Platform.LINUX.defaultInstallerTypes(false, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Platform.LINUX.defaultInstallerTypes(false, false));
        assertTrue(e.getMessage().contains("-Dinstaller.types=app-image"), e.getMessage());
        assertEquals(List.of("msi"), Platform.WINDOWS.defaultInstallerTypes(false, false));
        assertEquals(List.of("dmg"), Platform.MAC.defaultInstallerTypes(false, true));
    }
}
