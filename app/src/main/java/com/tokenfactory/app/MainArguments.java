package com.tokenfactory.app;

/** How the launcher's arguments become a command line. */
public final class MainArguments {
    private MainArguments() {
    }

    /**
     * No arguments opens the app; a lone plan file (how desktops open a double-clicked .tokenplan) opens the app on
     * it; anything else is a command line.
     */
    public static String[] normalize(String[] args) {
        if (args.length == 0) {
            return new String[]{"gui"};
        }
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".tokenplan")) {
            return new String[]{"gui", args[0]};
        }
        return args;
    }
}
