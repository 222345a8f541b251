package dev.marketguard.local;

import dev.marketguard.local.cli.Command;
import dev.marketguard.local.cli.ExitCode;
import dev.marketguard.local.cli.MonthlyCommand;
import dev.marketguard.local.cli.ScreenCommand;
import dev.marketguard.local.cli.ServeCommand;
import dev.marketguard.local.cli.StrayOutput;
import dev.marketguard.local.cli.Terminal;
import dev.marketguard.local.cli.UsageException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code marketguard}: the whole system on one machine (DESIGN.md section 7).
 * <pre>
 *   java -jar marketguard-local.jar serve [--port 3000] [--host 127.0.0.1] [--demo]
 *   java -jar marketguard-local.jar screen &lt; subjects.jsonl
 *   java -jar marketguard-local.jar monthly --month 2026-11
 * </pre>
 */
public final class Marketguard {
    private final List<Command> commands = List.of(new ServeCommand(), new ScreenCommand(), new MonthlyCommand());

    public static void main(String[] args) throws InterruptedException {
        Terminal terminal = Terminal.system();
        // stdout belongs to the command (verdicts, reports, the server's console): anything else
        // printed there goes to stderr (see StrayOutput)
        System.setOut(StrayOutput.to(terminal.err()));
        System.exit(new Marketguard().run(Arrays.asList(args), terminal).code());
    }

    public ExitCode run(List<String> args, Terminal terminal) throws InterruptedException {
        if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help") || args.get(0).equals("help")) {
            boolean asked = !args.isEmpty();
            (asked ? terminal.out() : terminal.err()).print(help());
            return asked ? ExitCode.OK : ExitCode.USAGE;
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst();
        if (command.isEmpty()) {
            terminal.err().println("marketguard: unknown command '" + args.get(0) + "'");
            terminal.err().print(help());
            return ExitCode.USAGE;
        }
        try {
            return command.get().run(args.subList(1, args.size()), terminal);
        } catch (UsageException e) {
            terminal.err().println("marketguard " + command.get().name() + ": " + e.getMessage());
            terminal.err().print(command.get().help());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            terminal.err().println("marketguard " + command.get().name() + ": failed: " + e);
            return ExitCode.FAILURE;
        }
    }

    private String help() {
        StringBuilder text = new StringBuilder("""
                usage: marketguard <command> [options]

                marketguard on one machine: the HTTP API with the real Lambda handlers, batch
                screening, and the monthly violation breakdown (違反内訳).

                commands:
                """);
        for (Command c : commands) {
            text.append(String.format("  %-9s %s%n", c.name(), c.summary()));
        }
        text.append("""

                Backend: in-memory by default; with AWS_ENDPOINT_URL set (LocalStack, moto server),
                DynamoDB and SNS at that endpoint, template.yaml's resources created if missing.

                'marketguard <command> --help' explains a command.
                exit codes: 0 ok, 1 failure, 2 usage error
                """);
        return text.toString();
    }
}
