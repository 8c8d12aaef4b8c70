package com.tokenfactory.packaging;

import java.util.ArrayList;
import java.util.List;

/** The JVM options the installed launchers start the app with, for the feature version of the linked runtime. */
public final class LauncherOptions {
    private LauncherOptions() {
    }

    public static List<String> javaOptions(int runtimeFeature) {
        List<String> o = new ArrayList<>();
        if (runtimeFeature >= 22) {
            // JavaFX (a named module in the runtime) and ONNX Runtime (class path) load native libraries
            o.add("--enable-native-access=javafx.graphics,ALL-UNNAMED");
        }
        if (runtimeFeature >= 24) {
            // protobuf (ONNX graphs of the benchmark) still uses sun.misc.Unsafe's memory access
            o.add("--sun-misc-unsafe-memory-access=allow");
        }
        return o;
    }
}
