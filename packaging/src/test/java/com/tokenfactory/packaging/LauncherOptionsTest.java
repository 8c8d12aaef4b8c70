package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LauncherOptionsTest {
    @Test
    void newerRuntimesGetTheFlagsTheirWarningsAskFor() {
        assertEquals(List.of(), LauncherOptions.javaOptions(17));
        assertEquals(List.of(), LauncherOptions.javaOptions(21));
        assertEquals(List.of("--enable-native-access=javafx.graphics,ALL-UNNAMED"), LauncherOptions.javaOptions(22));
        assertEquals(List.of("--enable-native-access=javafx.graphics,ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow"), LauncherOptions.javaOptions(25));
    }

    @Test
    void onnxRuntimeLoadsFromTheInstalledFolder() {
        assertEquals("-Donnxruntime.native.path=$APPDIR/onnxruntime-native", LauncherOptions.onnxRuntimeNativePath());
    }
}
