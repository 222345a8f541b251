package dev.marketguard.core.report;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.subject.Subject;
import java.util.Objects;

/**
 * A reporter's request, already checked field by field by the API layer.
 *
 * @param detail         free text (null when none)
 * @param idempotencyKey the caller's retry key, or null
 */
public record ReportSubmission(String reporterId, Subject target, ReportCategory category, String detail,
                               String idempotencyKey) {
    public ReportSubmission {
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(category, "category");
        if (detail != null && detail.codePointCount(0, detail.length()) > Report.MAX_DETAIL_LENGTH) {
            throw new IllegalArgumentException("detail is over " + Report.MAX_DETAIL_LENGTH + " characters");
        }
    }
}
