package com.tokenfactory.app.cli;

import picocli.CommandLine.Option;

/** {@code --scenario ID}, declared once for every command that can run a plan under one of its scenarios. */
final class ScenarioOption {
    @Option(names = "--scenario", paramLabel = "ID", description = "apply the plan's scenario with this id")
    String id;

    /** The scenario's id, or null for the plan as it is. */
    String id() {
        return id;
    }
}
