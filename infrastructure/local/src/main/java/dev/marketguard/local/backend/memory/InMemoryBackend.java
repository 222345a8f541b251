package dev.marketguard.local.backend.memory;

import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.core.memory.InMemoryMonthlyReportStore;
import dev.marketguard.core.memory.InMemoryReportPublisher;
import dev.marketguard.core.memory.InMemoryReportStore;
import dev.marketguard.core.memory.InMemoryScreeningStore;
import dev.marketguard.core.memory.InMemorySentNotifications;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.memory.PrintingNotificationPublisher;
import dev.marketguard.core.monthly.MonthlyReportService;
import dev.marketguard.core.monthly.ReportMetrics;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.SupportNotifier;
import dev.marketguard.core.report.ReportPolicy;
import dev.marketguard.core.report.ReportService;
import dev.marketguard.core.screening.ScreeningService;
import dev.marketguard.core.violation.ViolationLedger;
import dev.marketguard.functions.monthly.MonthlyReportHandler;
import dev.marketguard.functions.reports.ReportApiHandler;
import dev.marketguard.functions.screening.ScreeningApiHandler;
import dev.marketguard.local.backend.Backend;
import dev.marketguard.local.backend.MonthlyJob;
import dev.marketguard.local.backend.MonthlyReportFunction;
import dev.marketguard.local.http.ApiFunction;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * The embedded default: every function's domain service on the in-memory stores of core,
 * behind the real handlers. Changes to the stores feed the notifier's domain service, whose
 * notifications are printed, one line each; monthly publications are printed too. Nothing
 * survives the process.
 */
public final class InMemoryBackend implements Backend {
    private final ChangeFeed feed;
    private final ScreeningApiHandler screenings;
    private final ReportApiHandler reports;
    private final MonthlyReportFunction monthly;

    private InMemoryBackend(ChangeFeed feed, ScreeningApiHandler screenings, ReportApiHandler reports, MonthlyReportFunction monthly) {
        this.feed = feed;
        this.screenings = screenings;
        this.reports = reports;
        this.monthly = monthly;
    }

    /** Settings as the functions read them from template.yaml's parameters (REVIEW_THRESHOLD, …), defaults otherwise. */
    public static InMemoryBackend create(Map<String, String> variables, PrintStream console) {
        AwsEnvironment env = new AwsEnvironment(variables);
        Clock clock = Clock.systemUTC();
        SupportNotifier notifier = new SupportNotifier(
                new NotificationRules(RepeatOffenderThresholds.parse(env.optional("REPEAT_OFFENDER_THRESHOLDS").orElse(null))),
                new PrintingNotificationPublisher(console), new InMemorySentNotifications(), clock);
        ChangeFeed feed = new ChangeFeed(notifier, console);
        ViolationLedger ledger = new NotifyingViolationLedger(new InMemoryViolationLedger(), feed);

        ScreeningService screening = new ScreeningService(ScreeningEngine.load(Thresholds.fromEnvironment(variables)),
                new NotifyingScreeningStore(new InMemoryScreeningStore(), feed), ledger);
        ReportService reports = new ReportService(new NotifyingReportStore(new InMemoryReportStore(), feed), ledger,
                ReportPolicy.withDailyLimit(env.intValue("REPORT_DAILY_LIMIT", ReportPolicy.DEFAULT_DAILY_LIMIT)), clock);
        MonthlyReportService monthly = new MonthlyReportService(ledger,
                new NotifyingMonthlyReportStore(new InMemoryMonthlyReportStore(), feed),
                new InMemoryReportPublisher(report -> console.println("[monthly-report] published " + report.month()
                        + ": " + report.total() + " violations")),
                ReportMetrics.NONE, clock);
        return new InMemoryBackend(feed, new ScreeningApiHandler(screening), new ReportApiHandler(reports),
                new MonthlyReportFunction(new MonthlyReportHandler(monthly), console));
    }

    @Override
    public String description() {
        return "in memory; notifications printed here";
    }

    @Override
    public ApiFunction screenings() {
        return screenings::handleRequest;
    }

    @Override
    public ApiFunction reports() {
        return reports::handleRequest;
    }

    @Override
    public ApiFunction monthlyReports() {
        return monthly.api();
    }

    @Override
    public MonthlyJob monthlyJob() {
        return monthly;
    }

    @Override
    public void startNotifications() {
        feed.start();
    }

    @Override
    public void drainNotifications() {
        feed.drain();
    }

    @Override
    public void close() {
        feed.close();
    }
}
