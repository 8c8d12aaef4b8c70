package com.tokenfactory.app.cli;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanFileException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the PLAN argument of a subcommand; a bad file becomes one line and exit code 2. */
final class PlanArgument {
    private PlanArgument() {
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
