package dev.marketguard.core.memory;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import dev.marketguard.core.violation.ViolationLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger in memory, for unit tests and the local server. One lock keeps it atomic. */
public class InMemoryViolationLedger implements ViolationLedger {
    private final Map<String, EstablishedViolation> guards = new LinkedHashMap<>();
    private final Map<YearMonth, Map<ViolationCategory, Long>> counters = new HashMap<>();
    private final Map<String, Long> offenders = new HashMap<>();

    @Override
    public synchronized Establishment establish(EstablishedViolation v) {
        String guard = v.month() + "#" + v.category() + "#" + v.subject().key();
        if (guards.containsKey(guard)) {
            return new Establishment(false, v.offenderId() == null ? 0 : offenderTotal(v.offenderId()));
        }
        guards.put(guard, v);
        counters.computeIfAbsent(v.month(), m -> new EnumMap<>(ViolationCategory.class))
                .merge(v.category(), 1L, Long::sum);
        long total = v.offenderId() == null ? 0 : offenders.merge(v.offenderId(), 1L, Long::sum);
        return new Establishment(true, total);
    }

    @Override
    public synchronized Map<ViolationCategory, Long> monthlyCounts(YearMonth month) {
        Map<ViolationCategory, Long> counts = new EnumMap<>(ViolationCategory.class);
        Map<ViolationCategory, Long> stored = counters.getOrDefault(month, Map.of());
        for (ViolationCategory c : ViolationCategory.values()) {
            counts.put(c, stored.getOrDefault(c, 0L));
        }
        return counts;
    }

    @Override
    public synchronized List<EstablishedViolation> violationsIn(YearMonth month) {
        List<EstablishedViolation> result = new ArrayList<>();
        for (EstablishedViolation v : guards.values()) {
            if (v.month().equals(month)) {
                result.add(v);
            }
        }
        return result;
    }

    @Override
    public synchronized void setMonthlyCount(YearMonth month, ViolationCategory category, long count) {
        counters.computeIfAbsent(month, m -> new EnumMap<>(ViolationCategory.class)).put(category, count);
    }

    @Override
    public synchronized long offenderTotal(String offenderId) {
        return offenders.getOrDefault(offenderId, 0L);
    }
}
