package com.tokenfactory.app;

import com.tokenfactory.app.cli.TokenFactoryCommand;
import picocli.CommandLine;

/**
 * Entry point of the launcher and the installed app. A plain class (not a JavaFX Application) so the app starts with
 * JavaFX on the class path; with no arguments it opens the desktop app on the bundled sample plan.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the gui command returns when the window closes; worker threads must not keep the JVM alive after it
        System.exit(TokenFactoryCommand.commandLine().execute(normalize(args)));
    }

    /**
     * No arguments opens the app; a lone plan file (how desktops open a double-clicked .tokenplan) opens the app on
     * it; anything else is a command line.
     */
    static String[] normalize(String[] args) {
        if (args.length == 0) {
            return new String[]{"gui"};
        }
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".tokenplan")) {
            return new String[]{"gui", args[0]};
        }
        return args;
    }
}
