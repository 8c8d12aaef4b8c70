package com.tokenfactory.app;

import com.tokenfactory.app.cli.TokenFactoryCommand;

/**
 * Entry point of the launcher and the installed app. A plain class (not a JavaFX Application) so the app starts with
 * JavaFX on the class path; with no arguments it opens the desktop app on the bundled sample plan.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the gui command returns when the window closes; worker threads must not keep the JVM alive after it
        System.exit(TokenFactoryCommand.commandLine().execute(MainArguments.normalize(args)));
    }
}
