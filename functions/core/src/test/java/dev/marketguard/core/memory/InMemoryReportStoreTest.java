package dev.marketguard.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.report.FilingOutcome;
import dev.marketguard.core.report.NewReport;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportFiling;
import dev.marketguard.core.report.ReportPolicy;
import dev.marketguard.core.subject.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryReportStoreTest {
    private final InMemoryReportStore store = new InMemoryReportStore();
    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    private static ReportFiling filing(String reportId, String reporter, String postingId) {
        return new ReportFiling(new NewReport(reportId, reporter, Subject.posting(postingId), ReportCategory.DIRECT_TRADING, null, NOW),
                null, ReportPolicy.defaults());
    }

    private static <T> List<T> runConcurrently(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hundredConcurrentIdenticalFilingsStoreOne() throws Exception {
        List<Callable<FilingOutcome>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String id = "r-" + i;
            calls.add(() -> store.file(filing(id, "u-1", "p-1")));
        }
        List<FilingOutcome> outcomes = runConcurrently(calls);

        assertThat(outcomes).filteredOn(FilingOutcome.Stored.class::isInstance).hasSize(1);
        Report stored = store.reports().get(0);
        assertThat(outcomes).filteredOn(FilingOutcome.Duplicate.class::isInstance)
                .hasSize(99).allMatch(o -> ((FilingOutcome.Duplicate) o).original().equals(stored));
        assertThat(store.reports()).hasSize(1);
    }

    @Test
    void concurrentReportersAgainstOneTargetEachGetTheirOwnPlaceInTheTally() throws Exception {
        List<Callable<FilingOutcome>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String reporter = "u-" + i;
            calls.add(() -> store.file(filing("r-" + reporter, reporter, "p-hot")));
        }
        runConcurrently(calls);

        assertThat(store.reports()).extracting(Report::targetReportCount)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
    }
}
