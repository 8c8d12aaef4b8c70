package com.tokenfactory.app.gui.plan;

/** What a plan element is, in the words the app shows. */
public enum ElementKind {
    SITE("site"), HALL("hall"), POD("GPU pod"), PARTNER("partner cloud"),
    SERVICE("inference service"), TRAINING("training run");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Elements drawn on the build-out canvas. */
    public boolean onCanvas() {
        return this == SITE || this == HALL || this == POD || this == PARTNER;
    }

    /** Inference services and training runs: the rows of the workloads table. */
    public boolean workload() {
        return this == SERVICE || this == TRAINING;
    }
}
