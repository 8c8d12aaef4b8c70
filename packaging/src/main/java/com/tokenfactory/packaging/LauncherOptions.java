package com.tokenfactory.packaging;

import java.util.ArrayList;
import java.util.List;

/** The JVM options the installed launchers start the app with, for the feature version of the linked runtime. */
public final class LauncherOptions {
    /** The folder, in the app's folder ({@code $APPDIR}), of ONNX Runtime's native libraries. */
    public static final String ONNX_RUNTIME_NATIVE_DIR = "onnxruntime-native";

    private LauncherOptions() {
    }

    /** Makes ONNX Runtime load its libraries from the installed folder instead of extracting them from its jar. */
    public static String onnxRuntimeNativePath() {
        return "-Donnxruntime.native.path=$APPDIR/" + ONNX_RUNTIME_NATIVE_DIR;
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
