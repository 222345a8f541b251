package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import java.time.Instant;
import java.util.List;

/** Submissions and stored verdicts for tests of the service and of the stores. */
public final class ScreeningFixtures {
    private ScreeningFixtures() {
    }

    public static Submission.Posting posting(String postingId, String clientId, String body) {
        return new Submission.Posting(postingId, clientId, "ロゴ作成のお仕事", body, WorkStyle.PROJECT,
                new Reward(RewardType.FIXED, 30000L));
    }

    public static Submission.Message message(String messageId, String text, Phase phase, WorkStyle workStyle) {
        return new Submission.Message(messageId, "u-1", "u-2", text, phase, workStyle);
    }

    /** A review verdict on a posting whose body holds "歩合" at index 5. */
    public static Screening pending(String screeningId, Instant screenedAt) {
        String body = "報酬は完全歩合です";
        Assessment assessment = new Assessment(Decision.REVIEW,
                List.of(new Violation(ViolationCategory.UNCERTAIN_REWARD, "reward.commission", 0.6,
                        List.of(Evidence.of("body", body, 5, 7)))),
                List.of(new Warning("REMOTE_DESKTOP_REQUEST", "リモートデスクトップでの作業依頼にはご注意ください。")), "fake-1");
        return Screening.of(screeningId, posting("p-" + screeningId, "c-" + screeningId, body), assessment, screenedAt);
    }

    public static Screening blockedMessage(String screeningId, Instant screenedAt) {
        String text = "電話番号は " + FakeScreener.PHONE + " です";
        Assessment assessment = new Assessment(Decision.BLOCK,
                List.of(new Violation(ViolationCategory.DIRECT_TRADING, "contact.phone", 0.97,
                        List.of(Evidence.of("text", text, 6, 6 + FakeScreener.PHONE.length())))),
                List.of(), "fake-1");
        return Screening.of(screeningId, message("m-" + screeningId, text, Phase.BEFORE_CONTRACT, WorkStyle.COMPETITION),
                assessment, screenedAt);
    }
}
