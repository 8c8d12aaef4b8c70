package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppVersionTest {
    @Test
    void dropsTheMavenQualifier() {
        assertEquals("0.1.0", AppVersion.fromMaven("0.1.0-SNAPSHOT").value());
        assertEquals("2.3", AppVersion.fromMaven("2.3").value());
        assertEquals("1.0.0", AppVersion.fromMaven("1.0.0-rc-1").value());
    }

    @Test
    void refusesWhatNoInstallerTakes() {
        assertThrows(IllegalArgumentException.class, () -> new AppVersion("1.x"));
        assertThrows(IllegalArgumentException.class, () -> new AppVersion(""));
        assertThrows(IllegalArgumentException.class, () -> new AppVersion("1.2.3.4.5"));
        assertThrows(IllegalArgumentException.class, () -> AppVersion.fromMaven("SNAPSHOT"));
    }

    @Test
    void macOsRefusesAVersionStartingWithZeroAndSaysWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AppVersion("0.1.0").checkFor(Platform.MAC));
        assertTrue(e.getMessage().contains("-Dinstaller.appVersion"), e.getMessage());
        assertEquals("1.0.0", new AppVersion("1.0.0").checkFor(Platform.MAC).value());
        assertThrows(IllegalArgumentException.class, () -> new AppVersion("1.0.0.1").checkFor(Platform.MAC));
    }

    @Test
    void windowsKeepsToMsiLimits() {
        assertEquals("255.255.65535", new AppVersion("255.255.65535").checkFor(Platform.WINDOWS).value());
        assertThrows(IllegalArgumentException.class, () -> new AppVersion("256.0.0").checkFor(Platform.WINDOWS));
        assertThrows(IllegalArgumentException.class, () -> new AppVersion("1.2.65536").checkFor(Platform.WINDOWS));
        assertThrows(IllegalArgumentException.class, () -> new AppVersion("1.2.3.4").checkFor(Platform.WINDOWS));
    }

    @Test
    void linuxTakesAnyNumbers() {
        assertEquals("0.1.0", new AppVersion("0.1.0").checkFor(Platform.LINUX).value());
        assertEquals("300.1.70000", new AppVersion("300.1.70000").checkFor(Platform.LINUX).value());
    }
}
