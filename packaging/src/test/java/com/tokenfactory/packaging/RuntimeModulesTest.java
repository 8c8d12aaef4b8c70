package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuntimeModulesTest {
    /** jdeps' output on this app (JDK 17), warnings included. */
    private static final String JDEPS = """
            Warning: split package: picocli file:///deps/picocli-4.7.7.jar deps/picocli-4.7.7.jar
            Warning: split package: com.fasterxml.jackson.databind.util file:///deps/jackson-databind-2.22.4.jar \
            deps/jackson-databind-2.22.4.jar
            java.base,java.desktop,java.sql,javafx.controls,jdk.management,jdk.unsupported
            """;

    @Test
    void readsTheModuleListPastTheWarnings() {
        assertEquals(List.of("java.base", "java.desktop", "java.sql", "javafx.controls", "jdk.management",
                "jdk.unsupported"), List.copyOf(RuntimeModules.parseJdeps(JDEPS)));
    }

    @Test
    void noModuleListIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> RuntimeModules.parseJdeps("Error: jdk.foo not found\n"));
    }

    @Test
    void addsCharsetsForTheWindowsConsoleOnly() {
        Set<String> found = RuntimeModules.parseJdeps(JDEPS);
        assertEquals(found, RuntimeModules.toLink(found, Platform.LINUX));
        assertEquals(found, RuntimeModules.toLink(found, Platform.MAC));
        Set<String> windows = RuntimeModules.toLink(found, Platform.WINDOWS);
        assertEquals(found.size() + 1, windows.size());
        assertEquals(true, windows.contains("jdk.charsets"));
    }

    @Test
    void refusesARuntimeWithoutJavafx() {
        assertThrows(IllegalArgumentException.class,
                () -> RuntimeModules.toLink(Set.of("java.base", "java.sql"), Platform.LINUX));
    }
}
