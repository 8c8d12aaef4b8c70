package com.tokenfactory.app.cli;

import com.tokenfactory.app.gui.TokenFactoryApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the desktop app, on PLAN or on the bundled sample plan. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop app on PLAN, or on the bundled sample plan when none is given.")
final class GuiCommand implements Runnable {
    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "a .tokenplan file")
    Path plan;

    @Override
    public void run() {
        if (plan != null && !Files.isRegularFile(plan)) {
            throw new CliException("no such file: " + plan, 2);
        }
        TokenFactoryApp.launchWith(plan);
    }
}
