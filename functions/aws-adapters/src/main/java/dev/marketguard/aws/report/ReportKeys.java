package dev.marketguard.aws.report;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.subject.Subject;
import java.time.LocalDate;

/**
 * The ReportsTable's partition keys (docs/architecture.md). Ids are the marketplace's and may in
 * principle contain '#', the separator; escaping '%' and '#' in every id keeps
 * {@code dedupe#a#user#b#…} from meaning two different complaints, and leaves ordinary ids as they are.
 */
final class ReportKeys {
    private ReportKeys() {
    }

    static String report(String reportId) {
        return "report#" + reportId;
    }

    static String idempotency(String key) {
        return "idempotency#" + key;
    }

    static String dedupe(String reporterId, Subject target, ReportCategory category) {
        return "dedupe#" + escape(reporterId) + "#" + target.type().code() + "#" + escape(target.id()) + "#" + category.name();
    }

    static String quota(String reporterId, LocalDate day) {
        return "quota#" + escape(reporterId) + "#" + day;
    }

    static String target(Subject target, LocalDate day) {
        return "target#" + target.type().code() + "#" + escape(target.id()) + "#" + day;
    }

    static String escape(String id) {
        return id.replace("%", "%25").replace("#", "%23");
    }
}
