package dev.marketguard.core.report;

import java.util.Locale;

/** How soon support should look at a report. Stored as the lower-case code ("high"). */
public enum Priority {
    NORMAL, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
