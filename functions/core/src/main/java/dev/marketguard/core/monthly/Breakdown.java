package dev.marketguard.core.monthly;

import dev.marketguard.core.category.ViolationCategory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A month's violation counts: every one of the seven categories, zeros included, iterated in the
 * notice's order (the enum's order).
 */
public final class Breakdown {
    private final Map<ViolationCategory, Long> counts;

    private Breakdown(Map<ViolationCategory, Long> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** Categories missing from {@code counts} count zero; negative counts are rejected. */
    public static Breakdown of(Map<ViolationCategory, Long> counts) {
        Map<ViolationCategory, Long> all = new EnumMap<>(ViolationCategory.class);
        for (ViolationCategory category : ViolationCategory.values()) {
            long count = counts.getOrDefault(category, 0L);
            if (count < 0) {
                throw new IllegalArgumentException(category + " has a negative count: " + count);
            }
            all.put(category, count);
        }
        return new Breakdown(all);
    }

    public static Breakdown empty() {
        return of(Map.of());
    }

    public long count(ViolationCategory category) {
        return counts.get(category);
    }

    /** All seven, in the notice's order. */
    public Map<ViolationCategory, Long> counts() {
        return counts;
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long largest() {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /**
     * A fingerprint of the counts ("sha256:…"). The report is published again only when this
     * changes, so re-running a month with the same counts publishes nothing.
     */
    public String digest() {
        StringBuilder canonical = new StringBuilder();
        counts.forEach((category, count) -> canonical.append(category.name()).append('=').append(count).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Breakdown that && counts.equals(that.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
