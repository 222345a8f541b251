package dev.marketguard.local.cli;

import java.util.List;

/** One subcommand of {@code marketguard}. */
public interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full help text: usage line, options, examples. */
    String help();

    /** Runs with the arguments after the command's name. */
    ExitCode run(List<String> args, Terminal terminal) throws UsageException, InterruptedException;
}
