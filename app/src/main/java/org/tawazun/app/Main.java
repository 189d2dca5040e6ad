package org.tawazun.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code tawazun} command and its subcommands. */
@Command(name = "tawazun", mixinStandardHelpOptions = true, version = "tawazun 0.1.0",
        description = "Reads Arabic and English news and turns it into political event data (PLOVER/CAMEO).",
        subcommands = {AnalyzeCommand.class, RunCommand.class, ExplainCommand.class, EvalCommand.class,
                IngestCommand.class, EventsCommand.class, SourcesCommand.class, ExportCommand.class,
                RelationsCommand.class, BalanceCommand.class, ShiftsCommand.class, GraphExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes shared by all commands: 3 is an internal error (a bug: please report it). */
    public static final int OK = 0, BAD_INPUT = 1, USAGE = 2, INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints a usage error for a command ("tawazun: ...", "Try 'tawazun CMD --help'.") and returns {@link #USAGE}. */
    static int usage(PrintWriter err, String command, String message) {
        err.println("tawazun: " + message);
        err.println("Try 'tawazun " + command + " --help'.");
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line with stdout/stderr in UTF-8; returns the exit code. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("tawazun: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("tawazun: internal error: " + ex);
            if (System.getenv("TAWAZUN_DEBUG") != null) ex.printStackTrace(c.getErr());
            return INTERNAL;
        });
        return cl;
    }
}
