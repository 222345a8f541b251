package dev.marketguard.core.screening;

import java.util.Locale;
import java.util.Optional;

/** Where a conversation stands: before the contract, or after the client paid into escrow (仮払い). */
public enum Phase {
    BEFORE_CONTRACT, AFTER_ESCROW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Phase> fromCode(String code) {
        for (Phase p : values()) {
            if (p.code().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
