package dev.marketguard.core.screening;

import java.util.Locale;

/**
 * Where a verdict stands with staff: {@code none} for allow and block (nobody needs to look),
 * {@code pending} while a review verdict waits in the queue, then the staff outcome.
 */
public enum ReviewStatus {
    NONE, PENDING, VIOLATION, CLEAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromCode(String code) {
        for (ReviewStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review status " + code);
    }

    public static ReviewStatus of(ReviewOutcome outcome) {
        return outcome == ReviewOutcome.VIOLATION ? VIOLATION : CLEAN;
    }
}
