package dev.marketguard.local.backend;

import dev.marketguard.local.http.ApiFunction;

/**
 * The four functions of template.yaml, wired to one backend (in memory, or DynamoDB and SNS at
 * an emulator) exactly as Lambda would run them, minus the network in between.
 */
public interface Backend extends AutoCloseable {

    /** For the banner: what the functions store into and publish to. */
    String description();

    /** PostingScreeningFunction: screenings, review queue, review decisions. */
    ApiFunction screenings();

    /** ViolationReportIntakeFunction: reports and resolutions. */
    ApiFunction reports();

    /** MonthlyReportFunction behind API Gateway: the report read API. */
    ApiFunction monthlyReports();

    /** MonthlyReportFunction invoked by the scheduler or by hand. */
    MonthlyJob monthlyJob();

    /**
     * Starts delivering the tables' changes to SupportNotifierFunction, as its event source
     * mappings would; notifications go where this backend sends them (console or SNS).
     */
    void startNotifications();

    /** Delivers every change made so far to the notifier now (for one-shot commands and the demo). */
    void drainNotifications();

    @Override
    void close();
}
