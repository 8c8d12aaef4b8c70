package com.tokenfactory.packaging;

/** What the installer says about the app: names, version, vendor, for one variant. */
public record Product(String name, AppVersion version, String vendor, String description, String copyright,
                      Variant variant) {
    /** The app's name: window title, menu entry, macOS bundle, Windows Start menu, main launcher. */
    public static final String NAME = "Token Factory Planner";
    static final String DESCRIPTION = "Plan AI datacenter build-outs: sites, halls, GPU pods, partner clouds, workloads,"
            + " five-year economics.";

    public static Product of(AppVersion version, Variant variant) {
        return new Product(NAME, version, "Token Factory Planner", variant.describe(DESCRIPTION),
                "Copyright the Token Factory Planner authors", variant);
    }

    /** Where the .deb and .rpm install the app image. */
    public String linuxInstallDir() {
        return "/opt/" + variant.linuxPackage();
    }
}
