package dev.marketguard.local.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;

/** The monthly-report function's non-API invocations: the schedule's and a manual one for any month. */
public interface MonthlyJob {

    /** What EventBridge Scheduler sends at 00:10 JST on the 1st: builds the previous JST month. */
    JsonNode runScheduled();

    /**
     * A manual run ({@code {"month":"2018-12"}}): (re)builds that month; with {@code recount},
     * first rebuilds its counters from the violations themselves and reports any drift.
     */
    JsonNode run(YearMonth month, boolean recount);
}
