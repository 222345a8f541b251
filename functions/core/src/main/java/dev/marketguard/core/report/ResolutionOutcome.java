package dev.marketguard.core.report;

import java.util.Locale;
import java.util.Optional;

/** Support's verdict on a report. A confirmed report establishes a violation. */
public enum ResolutionOutcome {
    CONFIRMED(ReportStatus.CONFIRMED), DISMISSED(ReportStatus.DISMISSED);

    private final ReportStatus status;

    ResolutionOutcome(ReportStatus status) {
        this.status = status;
    }

    public ReportStatus status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResolutionOutcome> fromCode(String code) {
        for (ResolutionOutcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
