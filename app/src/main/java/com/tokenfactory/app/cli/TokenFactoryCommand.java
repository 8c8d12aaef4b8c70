package com.tokenfactory.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import com.tokenfactory.core.plan.InvalidPlanException;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The {@code tokenfactory} command line: the desktop app and the headless subcommands. */
@Command(name = "tokenfactory",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Token Factory Planner: plan AI datacenter build-outs and their five-year economics.",
        subcommands = {GuiCommand.class, RunCommand.class, ValidateCommand.class, ChartCommand.class,
                ReportCommand.class, PresentCommand.class, DeckCommand.class, TemplateCommand.class, ImportCommand.class,
                BenchCommand.class, CalibrateCommand.class,
                SimulateCommand.class, ExplainCommand.class, TornadoCommand.class, CompareCommand.class, GoalSeekCommand.class})
public final class TokenFactoryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configured command line: any failure gives one plain line on stderr (the file and JSON path where there is
     * one, never a Java class name or stack trace) and the documented exit code: 2 for bad input, 1 for an output
     * that cannot be written or anything else that stops a command. What it prints passes through
     * {@link TerminalText}, so escape codes in a plan's names are shown, not obeyed.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TokenFactoryCommand());
        // plain help: its colours would be escape codes, which the output below shows rather than obeys
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionStrategy(parseResult -> {
            if (parseResult.hasSubcommand() && !"gui".equals(parseResult.subcommand().commandSpec().name())) {
                oneLineLogs();
            }
            CommandLine root = parseResult.commandSpec().root().commandLine();
            root.setOut(TerminalText.safe(root.getOut()));
            root.setErr(TerminalText.safe(root.getErr()));
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                return report(root.getErr(), "ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                        + " (the input is too large or too deeply nested)", 1);
            } catch (LinkageError e) {
                return report(root.getErr(), "this installation is broken (" + UserMessages.of(e)
                        + "); reinstall it", 1);
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException c) {
                return report(commandLine.getErr(), UserMessages.of(c), c.exitCode());
            }
            if (ex instanceof InvalidPlanException invalid) {
                return report(commandLine.getErr(), "the plan cannot be used: " + invalid.getMessage(), 2);
            }
            if (ex instanceof IOException io) {
                return report(commandLine.getErr(), UserMessages.of(io), 1);
            }
            return report(commandLine.getErr(), "'" + commandLine.getCommandName() + "' stopped: "
                    + UserMessages.of(ex) + " (this is a bug; please report it with the plan)", 1);
        });
        cl.setParameterExceptionHandler((ex, args) -> report(ex.getCommandLine().getErr(), ex.getMessage() + " (see '"
                + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')", 2));
        return cl;
    }

    /**
     * A library that logs a failure before throwing it (POI on a full disk) would print its stack trace on stderr
     * through java.util.logging's console handler; there it becomes one line like every other message.
     */
    private static void oneLineLogs() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler && !(h.getFormatter() instanceof OneLine)) {
                h.setFormatter(new OneLine());
            }
        }
    }

    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            return "tokenfactory: " + record.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
                    + TerminalText.errorLine(formatMessage(record)) + System.lineSeparator();
        }
    }

    private static int report(PrintWriter err, String message, int exitCode) {
        err.println("tokenfactory: " + TerminalText.errorLine(message));
        err.flush();
        return exitCode;
    }
}
