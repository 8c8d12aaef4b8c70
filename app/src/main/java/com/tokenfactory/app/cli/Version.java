package com.tokenfactory.app.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by the build), or "development build" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[]{"Token Factory Planner " + (v != null ? v : "(development build)")};
    }
}
