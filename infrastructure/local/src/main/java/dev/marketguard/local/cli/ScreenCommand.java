package dev.marketguard.local.cli;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** {@code marketguard screen}: the screening engine's own batch command (JSON Lines in, verdicts out). */
public final class ScreenCommand implements Command {

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "screen JSON Lines from stdin, one verdict per line on stdout";
    }

    @Override
    public String help() {
        return """
                usage: marketguard screen < subjects.jsonl > verdicts.jsonl

                Reads one subject per line from stdin and writes one verdict per line to stdout,
                in input order (DESIGN.md section 7). A line that cannot be read gets an error
                object ({"error":{…},"line":n}) on its output line, and the run goes on.

                  {"kind":"posting","postingId":"p-1","clientId":"c-1","title":"…","body":"…",
                   "workStyle":"project","reward":{"type":"fixed","amount":30000}}
                  {"kind":"message","messageId":"m-1","senderId":"u-1","recipientId":"u-2",
                   "text":"…","phase":"before_contract","workStyle":"project"}

                environment: REVIEW_THRESHOLD (default 0.5), BLOCK_THRESHOLD (default 0.85)
                exit codes: 0 every line screened, 1 some line was an error, 2 usage or bad thresholds

                example:
                  echo '{"kind":"message","messageId":"m-1","senderId":"u-1","recipientId":"u-2","text":"LINEで連絡ください ID: abc123","phase":"before_contract"}' \\
                    | marketguard screen
                """;
    }

    @Override
    public ExitCode run(List<String> args, Terminal terminal) throws UsageException {
        Options options = Options.parse(args, Set.of(), Set.of());
        if (options.help()) {
            terminal.out().print(help());
            return ExitCode.OK;
        }
        Thresholds thresholds;
        try {
            thresholds = Thresholds.fromEnvironment(terminal.env());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        dev.marketguard.screening.cli.ScreenCommand screen =
                new dev.marketguard.screening.cli.ScreenCommand(ScreeningEngine.load(thresholds), Clock.system(JstCalendar.TOKYO));
        try {
            int errors = screen.run(terminal.in(), terminal.out());
            return errors == 0 ? ExitCode.OK : ExitCode.FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
