package dev.marketguard.core.monthly;

/** Port: hands a finished month to the committee's tools (the monthly-report topic). */
public interface ReportPublisher {
    void publish(MonthlyReport report);
}
