package com.tokenfactory.packaging;

import java.util.Locale;

/**
 * The two builds of the installer (docs/decisions/0006): the standard one carries ONNX Runtime's CPU artifact (with
 * CoreML on macOS), the GPU one, for Linux and Windows, its CUDA 12 artifact. They are separate packages that replace
 * each other, so a machine has one Token Factory Planner.
 */
public enum Variant {
    STANDARD("token-factory-planner", ""),
    GPU("token-factory-planner-gpu", " Built with ONNX Runtime's CUDA 12 provider for NVIDIA GPUs (needs CUDA 12 and"
            + " cuDNN 9); runs on the CPU where they are missing.");

    private final String linuxPackage;
    private final String descriptionSuffix;

    Variant(String linuxPackage, String descriptionSuffix) {
        this.linuxPackage = linuxPackage;
        this.descriptionSuffix = descriptionSuffix;
    }

    public static Variant of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "standard", "cpu", "" -> STANDARD;
            case "gpu", "cuda" -> GPU;
            default -> throw new IllegalArgumentException("installer variant is 'standard' or 'gpu', not '" + name + "'");
        };
    }

    /** The .deb/.rpm package name, which is also the install folder under /opt. */
    public String linuxPackage() {
        return linuxPackage;
    }

    /** The other variant's package: declared as conflicting and replaced on install. */
    public String otherLinuxPackage() {
        return (this == STANDARD ? GPU : STANDARD).linuxPackage;
    }

    public String describe(String description) {
        return description + descriptionSuffix;
    }

    /** The GPU artifact has natives for Linux and Windows only; on macOS the standard one carries CoreML. */
    public void checkFor(Platform platform) {
        if (this == GPU && platform == Platform.MAC) {
            throw new IllegalArgumentException("there is no GPU variant for macOS: onnxruntime_gpu has no macOS natives,"
                    + " and the standard installer already uses CoreML there");
        }
    }
}
