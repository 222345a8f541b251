package dev.marketguard.core.memory;

import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.ReportPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps what was published, in order; optionally hands each report on (the local server prints it). */
public class InMemoryReportPublisher implements ReportPublisher {
    private final List<MonthlyReport> published = new ArrayList<>();
    private final Consumer<MonthlyReport> onPublish;

    public InMemoryReportPublisher() {
        this(report -> { });
    }

    public InMemoryReportPublisher(Consumer<MonthlyReport> onPublish) {
        this.onPublish = onPublish;
    }

    @Override
    public void publish(MonthlyReport report) {
        synchronized (this) {
            published.add(report);
        }
        onPublish.accept(report);
    }

    public synchronized List<MonthlyReport> published() {
        return List.copyOf(published);
    }
}
