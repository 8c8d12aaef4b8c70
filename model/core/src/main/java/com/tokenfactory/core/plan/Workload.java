package com.tokenfactory.core.plan;

import java.util.SortedSet;

/** Work that runs on the shared fleet: an inference service or a training run. */
public sealed interface Workload permits InferenceService, TrainingRun {
    String id();

    String name();

    /** Certifications the capacity must hold for this workload to run on it. */
    SortedSet<String> requiredCertifications();

    /** True when capacity holding {@code held} certifications may run this workload. */
    default boolean mayRunOn(SortedSet<String> held) {
        return held.containsAll(requiredCertifications());
    }
}
