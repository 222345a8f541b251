package dev.marketguard.local.scheduler;

import dev.marketguard.core.calendar.JstCalendar;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * template.yaml's FirstOfMonth schedule, in-process: {@code cron(10 0 1 * ? *)} in Asia/Tokyo,
 * i.e. 00:10 JST on the 1st, each run building the previous JST month. A failed run is logged and
 * the next one is still scheduled (EventBridge would retry; here the manual route does).
 */
public final class MonthlySchedule implements AutoCloseable {
    static final LocalTime RUN_AT = LocalTime.of(0, 10);

    private final Runnable job;
    private final Clock clock;
    private final PrintStream log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "monthly-schedule");
        thread.setDaemon(true);
        return thread;
    });

    public MonthlySchedule(Runnable job, Clock clock, PrintStream log) {
        this.job = job;
        this.clock = clock;
        this.log = log;
    }

    /** The first run strictly after {@code now}: 00:10 JST on the 1st of this or the next month. */
    public static Instant nextRun(Instant now) {
        ZonedDateTime tokyo = JstCalendar.inTokyo(now);
        ZonedDateTime thisMonth = tokyo.withDayOfMonth(1).with(RUN_AT).withSecond(0).withNano(0);
        ZonedDateTime next = thisMonth.isAfter(tokyo) ? thisMonth : thisMonth.plusMonths(1);
        return next.toInstant();
    }

    /** Schedules the first run; returns when it will be. */
    public Instant start() {
        return scheduleAfter(clock.instant());
    }

    private Instant scheduleAfter(Instant after) {
        Instant next = nextRun(after);
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        timer.schedule(() -> runAndReschedule(next), delay, TimeUnit.MILLISECONDS);
        return next;
    }

    // the next run counts from this run's due time, not the clock: a timer firing a millisecond
    // early must not run the same month twice
    private void runAndReschedule(Instant due) {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.println("[schedule] the monthly run failed: " + e);
        }
        scheduleAfter(due);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
