package dev.marketguard.core.monthly;

/** Port: what the job reports to monitoring when it builds a month. */
public interface ReportMetrics {
    ReportMetrics NONE = report -> { };

    void built(MonthlyReport report);
}
