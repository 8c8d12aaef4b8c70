package com.tokenfactory.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code tokenfactory} command line: the desktop app and the headless subcommands. */
@Command(name = "tokenfactory",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Token Factory Planner: plan AI datacenter build-outs and their five-year economics.",
        subcommands = {GuiCommand.class, RunCommand.class, ValidateCommand.class, ChartCommand.class,
                ReportCommand.class, PresentCommand.class, BenchCommand.class, CalibrateCommand.class,
                SimulateCommand.class, TornadoCommand.class, CompareCommand.class, GoalSeekCommand.class})
public final class TokenFactoryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: bad input gives one line on stderr and a non-zero exit, no stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TokenFactoryCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("tokenfactory: " + UserMessages.of(ex));
            err.flush();
            return ex instanceof CliException c ? c.exitCode() : 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("tokenfactory: " + ex.getMessage() + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return 2;
        });
        return cl;
    }
}
