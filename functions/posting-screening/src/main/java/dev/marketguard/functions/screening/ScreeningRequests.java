package dev.marketguard.functions.screening;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.api.JsonFields;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.ReviewOutcome;
import dev.marketguard.core.screening.Reward;
import dev.marketguard.core.screening.RewardType;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Request bodies to domain values, with every field problem reported at once (400). Limits
 * (README.md): ids 1–128 visible characters, title 1–200 characters on one line, body and
 * message text 1–20,000 characters, reward amount 0–10,000,000,000 yen; unknown fields are errors.
 */
final class ScreeningRequests {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final long MAX_REWARD_YEN = 10_000_000_000L;

    private static final String WORK_STYLES = codes(WorkStyle.values(), w -> w.code());
    private static final String PHASES = codes(Phase.values(), p -> p.code());
    private static final String REWARD_TYPES = codes(RewardType.values(), r -> r.code());
    private static final String OUTCOMES = codes(ReviewOutcome.values(), o -> o.code());
    private static final String CATEGORIES = codes(ViolationCategory.values(), Enum::name);

    private ScreeningRequests() {
    }

    /** A staff decision as sent: the category is null when not given. */
    record ReviewRequest(ReviewOutcome outcome, ViolationCategory category, String reviewerId) {
    }

    static Submission.Posting posting(JsonNode body) {
        JsonFields f = new JsonFields();
        f.rejectUnknown(body, "", Set.of("postingId", "clientId", "title", "body", "workStyle", "reward"));
        String postingId = f.requiredId(body, "", "postingId");
        String clientId = f.requiredId(body, "", "clientId");
        String title = f.requiredText(body, "", "title", MAX_TITLE, false);
        String text = f.requiredText(body, "", "body", MAX_TEXT, true);
        WorkStyle workStyle = f.code(body, "", "workStyle", WorkStyle::fromCode, WorkStyle.PROJECT, WORK_STYLES);
        Reward reward = null;
        JsonNode rewardNode = f.optionalObject(body, "", "reward");
        if (rewardNode != null) {
            f.rejectUnknown(rewardNode, "reward.", Set.of("type", "amount"));
            RewardType type = f.code(rewardNode, "reward.", "type", RewardType::fromCode, null, REWARD_TYPES);
            Long amount = f.optionalLong(rewardNode, "reward.", "amount", 0, MAX_REWARD_YEN);
            reward = type == null ? null : new Reward(type, amount);
        }
        f.throwIfInvalid();
        return new Submission.Posting(postingId, clientId, title, text, workStyle, reward);
    }

    static Submission.Message message(JsonNode body) {
        JsonFields f = new JsonFields();
        f.rejectUnknown(body, "", Set.of("messageId", "senderId", "recipientId", "text", "phase", "workStyle"));
        String messageId = f.requiredId(body, "", "messageId");
        String senderId = f.requiredId(body, "", "senderId");
        String recipientId = f.requiredId(body, "", "recipientId");
        String text = f.requiredText(body, "", "text", MAX_TEXT, true);
        // required, not defaulted: whether contact exchange is allowed hinges on it
        Phase phase = f.code(body, "", "phase", Phase::fromCode, null, PHASES);
        WorkStyle workStyle = f.code(body, "", "workStyle", WorkStyle::fromCode, WorkStyle.PROJECT, WORK_STYLES);
        f.throwIfInvalid();
        return new Submission.Message(messageId, senderId, recipientId, text, phase, workStyle);
    }

    static ReviewRequest review(JsonNode body) {
        JsonFields f = new JsonFields();
        f.rejectUnknown(body, "", Set.of("outcome", "category", "reviewerId"));
        ReviewOutcome outcome = f.code(body, "", "outcome", ReviewOutcome::fromCode, null, OUTCOMES);
        ViolationCategory category = optionalCategory(f, body);
        String reviewerId = f.requiredId(body, "", "reviewerId");
        f.throwIfInvalid();
        return new ReviewRequest(outcome, category, reviewerId);
    }

    private static ViolationCategory optionalCategory(JsonFields f, JsonNode body) {
        JsonNode node = body.get("category");
        if (node == null || node.isNull()) {
            return null;
        }
        return f.code(body, "", "category", ScreeningRequests::category, null, CATEGORIES);
    }

    private static Optional<ViolationCategory> category(String code) {
        return Arrays.stream(ViolationCategory.values()).filter(c -> c.name().equals(code)).findFirst();
    }

    private static <E> String codes(E[] values, java.util.function.Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
    }
}
