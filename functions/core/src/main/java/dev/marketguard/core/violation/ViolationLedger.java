package dev.marketguard.core.violation;

import dev.marketguard.core.category.ViolationCategory;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Port: where established violations are counted. {@link #establish} is atomic: the
 * once-per-(month, category, subject) guard, the month's per-category counter and the offender's
 * total change together or not at all.
 */
public interface ViolationLedger {

    Establishment establish(EstablishedViolation violation);

    /** The month's counters: every category, zeros included, in the breakdown's order. */
    Map<ViolationCategory, Long> monthlyCounts(YearMonth month);

    /** The raw violation items of a month (for recounting); cost grows with the violations. */
    List<EstablishedViolation> violationsIn(YearMonth month);

    /** Overwrites a month's counter (used by recount to repair drift). */
    void setMonthlyCount(YearMonth month, ViolationCategory category, long count);

    /** A user's established violations so far. */
    long offenderTotal(String offenderId);
}
