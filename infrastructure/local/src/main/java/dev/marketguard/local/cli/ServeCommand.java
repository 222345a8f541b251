package dev.marketguard.local.cli;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.local.backend.Backend;
import dev.marketguard.local.backend.Backends;
import dev.marketguard.local.demo.DemoLoader;
import dev.marketguard.local.http.ApiRoutes;
import dev.marketguard.local.http.LocalApiServer;
import dev.marketguard.local.http.Route;
import dev.marketguard.local.scheduler.MonthlySchedule;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code marketguard serve}: the HTTP API on localhost, with the real handlers in-process, until stopped. */
public final class ServeCommand implements Command {
    static final int DEFAULT_PORT = 3000;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the HTTP API on localhost (notifications, monthly schedule, optional sample data)";
    }

    @Override
    public String help() {
        return """
                usage: marketguard serve [--port 3000] [--host 127.0.0.1] [--demo] [--stack NAME]

                Serves the marketguard HTTP API (DESIGN.md section 5) with the real Lambda handlers
                in-process, until Ctrl-C. Support notifications are printed (in-memory backend) or
                published to the SNS support topic (emulator backend). The monthly job runs at
                00:10 Asia/Tokyo on the 1st for the previous month, as template.yaml schedules it.

                options:
                  --port N        port to listen on (default 3000; 0 picks a free one)
                  --host ADDR     address to bind (default 127.0.0.1: this machine only)
                  --demo          load sample postings, messages and reports (screened, some
                                  confirmed) and build this month's breakdown
                  --stack NAME    emulator backend: the CloudFormation stack holding template.yaml's
                                  resources, created if missing (default marketguard-local)
                  -h, --help      this help

                backend: in memory by default; with AWS_ENDPOINT_URL set, DynamoDB and SNS there.

                routes:
                  POST /screenings/postings            POST /reports
                  POST /screenings/messages            POST /reports/{reportId}/resolution
                  GET  /screenings/review-queue        GET  /monthly-reports/{yyyy-MM}
                  POST /screenings/{screeningId}/review
                  POST /_local/monthly-run?month=yyyy-MM   (run the monthly job now)

                example:
                  marketguard serve --demo
                  curl -s localhost:3000/monthly-reports/$(TZ=Asia/Tokyo date +%Y-%m)
                """;
    }

    @Override
    public ExitCode run(List<String> args, Terminal terminal) throws UsageException, InterruptedException {
        Options options = Options.parse(args, Set.of("port", "host", "stack"), Set.of("demo"));
        if (options.help()) {
            terminal.out().print(help());
            return ExitCode.OK;
        }
        int port = options.port("port", DEFAULT_PORT);
        InetSocketAddress address = new InetSocketAddress(host(options.value("host").orElse(DEFAULT_HOST)), port);
        String stack = options.value("stack").orElse(Backends.DEFAULT_STACK);
        PrintStream console = terminal.out();

        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown"));

        try (Backend backend = Backends.open(terminal.env(), stack, console)) {
            List<Route> routes = ApiRoutes.of(backend);
            try (LocalApiServer server = LocalApiServer.start(address, routes, console);
                 MonthlySchedule schedule = new MonthlySchedule(() -> backend.monthlyJob().runScheduled(), Clock.systemUTC(), console)) {
                backend.startNotifications();
                if (options.has("demo")) {
                    new DemoLoader(server.uri(), console).load();
                }
                Instant nextRun = schedule.start();
                console.println("marketguard is serving " + server.uri() + " (backend: " + backend.description() + ")");
                console.println("  monthly job: next scheduled run " + nextRun.atZone(JstCalendar.TOKYO)
                        + "; run it now with POST " + server.uri() + ApiRoutes.MONTHLY_RUN + "?month=yyyy-MM");
                console.println("  Ctrl-C stops");
                stop.await();
                console.println("marketguard: stopping");
            }
        } catch (BindException e) {
            terminal.err().println("marketguard serve: cannot listen on " + address + " (" + e.getMessage()
                    + "); is another server running there? choose another with --port");
            return ExitCode.FAILURE;
        } catch (IOException e) {
            terminal.err().println("marketguard serve: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            stopped.countDown();
        }
        return ExitCode.OK;
    }

    private static InetAddress host(String name) throws UsageException {
        try {
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            throw new UsageException("--host: unknown host '" + name + "'");
        }
    }
}
