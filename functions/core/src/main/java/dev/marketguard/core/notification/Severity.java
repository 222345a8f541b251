package dev.marketguard.core.notification;

import java.util.Locale;

/** How soon support must act; the wire code (message attribute {@code severity}) is the lower-case name. */
public enum Severity {
    /** For information; nobody needs to act soon. */
    LOW("低"),
    /** The system already acted; support follows up (false positives, advice to the author). */
    MEDIUM("中"),
    /** Nothing has been done yet and something waits on a person. */
    HIGH("高"),
    /** Someone may be losing money or many users are affected: act now. */
    URGENT("緊急");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Japanese label shown in subjects: 【緊急】. */
    public String label() {
        return label;
    }
}
