package com.tokenfactory.app.cli;

import com.tokenfactory.samples.Samples;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line as {@code Main} does, capturing stdout, stderr and the exit code. */
record CommandRun(int code, String out, String err) {
    static CommandRun of(String... args) {
        return of(TokenFactoryCommand.commandLine(), args);
    }

    static CommandRun of(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** A bundled sample written into {@code dir}, as a user's file would be. */
    static Path sample(Path dir, Samples.Sample s) throws IOException {
        Path file = dir.resolve(s.fileName());
        Files.writeString(file, Samples.json(s));
        return file;
    }

    /** The error is one line, starting with the program's name. */
    boolean errIsOneLine() {
        return err.startsWith("tokenfactory: ") && err.strip().lines().count() == 1;
    }
}
