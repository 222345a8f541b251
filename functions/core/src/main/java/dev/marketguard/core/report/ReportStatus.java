package dev.marketguard.core.report;

import java.util.Locale;

/** Where a report stands: received, then confirmed or dismissed by support (once). */
public enum ReportStatus {
    RECEIVED, CONFIRMED, DISMISSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
