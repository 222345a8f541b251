package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in engine with three plain rules, so service and handler tests control the decision:
 * "090-1234-5678" blocks as DIRECT_TRADING (unless contact exchange is allowed for a message),
 * "歩合" sends to review as UNCERTAIN_REWARD, "サンプル無償" sends to review as UNPAID_SAMPLE_REQUEST;
 * anything else is allowed. Counts its calls.
 */
public class FakeScreener implements Screener {
    public static final String PHONE = "090-1234-5678";
    public static final String VERSION = "fake-1";
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Assessment screen(Submission submission) {
        calls.incrementAndGet();
        List<Violation> violations = new ArrayList<>();
        boolean contactAllowed = submission instanceof Submission.Message m && m.contactExchangeAllowed();
        find(submission, PHONE, ViolationCategory.DIRECT_TRADING, "contact.phone", 0.97, contactAllowed, violations);
        find(submission, "歩合", ViolationCategory.UNCERTAIN_REWARD, "reward.commission", 0.6, false, violations);
        find(submission, "サンプル無償", ViolationCategory.UNPAID_SAMPLE_REQUEST, "sample.unpaid", 0.7, false, violations);
        double top = violations.stream().mapToDouble(Violation::score).max().orElse(0);
        Decision decision = top >= 0.85 ? Decision.BLOCK : top >= 0.5 ? Decision.REVIEW : Decision.ALLOW;
        List<Warning> warnings = submission.textFields().values().stream().anyMatch(t -> t.contains("リモートデスクトップ"))
                ? List.of(new Warning("REMOTE_DESKTOP_REQUEST", "リモートデスクトップでの作業依頼にはご注意ください。"))
                : List.of();
        return new Assessment(decision, violations, warnings, VERSION);
    }

    private static void find(Submission submission, String needle, ViolationCategory category, String rule, double score,
                             boolean suppressed, List<Violation> violations) {
        if (suppressed) {
            return;
        }
        for (Map.Entry<String, String> field : submission.textFields().entrySet()) {
            int at = field.getValue().indexOf(needle);
            if (at >= 0) {
                violations.add(new Violation(category, rule, score,
                        List.of(Evidence.of(field.getKey(), field.getValue(), at, at + needle.length()))));
                return;
            }
        }
    }

    public int calls() {
        return calls.get();
    }
}
