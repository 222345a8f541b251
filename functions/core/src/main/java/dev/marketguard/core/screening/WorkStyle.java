package dev.marketguard.core.screening;

import java.util.Locale;
import java.util.Optional;

/** How the work is ordered: project (escrow), competition (コンペ) or task (タスク). */
public enum WorkStyle {
    PROJECT, COMPETITION, TASK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkStyle> fromCode(String code) {
        for (WorkStyle w : values()) {
            if (w.code().equals(code)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
