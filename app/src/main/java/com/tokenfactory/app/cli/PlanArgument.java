package com.tokenfactory.app.cli;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanFileException;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PLAN argument the subcommands share, declared once (a picocli mixin: {@code @Mixin PlanArgument planFile}); a
 * bad file becomes one line and exit code 2.
 */
final class PlanArgument {
    @Parameters(index = "0", paramLabel = "PLAN", description = "a .tokenplan file")
    Path path;

    /** The file as given on the command line. */
    Path path() {
        return path;
    }

    Plan read() {
        return read(path);
    }

    static Plan read(Path path) {
        if (!Files.exists(path)) {
            throw new CliException("no such file: " + path, 2);
        }
        try {
            return new PlanFile().read(path);
        } catch (PlanFileException e) {
            // the file layer's line: the file, the JSON path and line, what is wrong
            throw new CliException(e.getMessage(), 2);
        }
    }
}
