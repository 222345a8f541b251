package dev.marketguard.core.screening;

import java.util.Locale;
import java.util.Optional;

/** A staff decision on a review verdict: a violation (it counts) or clean (nothing counts). */
public enum ReviewOutcome {
    VIOLATION, CLEAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewOutcome> fromCode(String code) {
        for (ReviewOutcome o : values()) {
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
