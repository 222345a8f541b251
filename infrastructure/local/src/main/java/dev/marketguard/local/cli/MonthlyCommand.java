package dev.marketguard.local.cli;

import dev.marketguard.aws.lambda.InProcessContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.local.backend.Backend;
import dev.marketguard.local.backend.Backends;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code marketguard monthly --month yyyy-MM}: the monthly job's manual run against the configured backend, then the report. */
public final class MonthlyCommand implements Command {

    @Override
    public String name() {
        return "monthly";
    }

    @Override
    public String summary() {
        return "build a month's violation breakdown (違反内訳) and print it";
    }

    @Override
    public String help() {
        return """
                usage: marketguard monthly --month yyyy-MM [--recount] [--json] [--stack NAME]

                Runs the monthly-report job for a JST month against the configured backend, as
                its manual invocation {"month":"yyyy-MM"} does: counts per category from the
                month's counters, stored, and published once the month is over (re-running is
                safe). Then prints the stored report: the notice text, or with --json the
                document GET /monthly-reports/{month} answers.

                options:
                  --month yyyy-MM  the JST month (required), e.g. 2018-12
                  --recount        first rebuild the month's counters from its violations and
                                   report any drift (the run's summary goes to stderr)
                  --json           print the report as JSON
                  --stack NAME     emulator backend: the stack holding template.yaml's resources,
                                   created if missing (default marketguard-local)
                  -h, --help       this help

                backend: in memory by default (an empty month: every count zero); with
                AWS_ENDPOINT_URL set, DynamoDB and SNS there, e.g. what 'serve' stored.
                exit codes: 0 ok, 1 the run failed, 2 usage (a malformed or future month)

                example:
                  AWS_ENDPOINT_URL=http://localhost:4566 marketguard monthly --month 2026-11 --json
                """;
    }

    @Override
    public ExitCode run(List<String> args, Terminal terminal) throws UsageException {
        Options options = Options.parse(args, Set.of("month", "stack"), Set.of("json", "recount"));
        if (options.help()) {
            terminal.out().print(help());
            return ExitCode.OK;
        }
        YearMonth month = options.value("month", JstCalendar::parseMonth, "a month as yyyy-MM, e.g. 2018-12")
                .orElseThrow(() -> new UsageException("--month is required"));
        if (month.isAfter(JstCalendar.monthOf(Instant.now()))) {
            throw new UsageException("--month " + JstCalendar.format(month) + " has not begun in Japan yet");
        }
        // the backend's own console (notifications, function logs) goes to stderr: stdout is the report's
        try (Backend backend = Backends.open(terminal.env(), options.value("stack").orElse(Backends.DEFAULT_STACK), terminal.err())) {
            // the function logs the run's summary (and a recount's drift) to stderr
            backend.monthlyJob().run(month, options.has("recount"));
            backend.drainNotifications();
            JsonNode report = read(backend, month, terminal);
            terminal.out().println(options.has("json") ? report.toPrettyString() : report.path("notice").asText());
            return ExitCode.OK;
        }
    }

    /** The stored report, read as the API serves it. */
    private static JsonNode read(Backend backend, YearMonth month, Terminal terminal) {
        String path = "/monthly-reports/" + JstCalendar.format(month);
        APIGatewayProxyResponseEvent response = backend.monthlyReports().handleRequest(new APIGatewayProxyRequestEvent()
                        .withHttpMethod("GET").withResource("/monthly-reports/{month}").withPath(path)
                        .withPathParameters(Map.of("month", JstCalendar.format(month)))
                        .withHeaders(Map.of("Accept", "application/json")),
                InProcessContext.printingTo("MonthlyReportFunction", terminal.err()));
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        try {
            return Json.MAPPER.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("GET " + path + " answered no JSON: " + response.getBody(), e);
        }
    }
}
