package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Reward;
import dev.marketguard.core.screening.RewardType;
import dev.marketguard.core.screening.Submission;

/**
 * The structured reward: a posting whose declared reward type is commission (成果報酬・歩合) or
 * goods (物品) is an uncertain reward by definition, whatever the text says. The evidence is the
 * field "reward.type" itself.
 */
public final class RewardFieldDetector implements Detector {
    static final String RULE = "reward.structured_type";

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        if (!(subject.submission() instanceof Submission.Posting posting)) {
            return;
        }
        Reward reward = posting.reward();
        if (reward == null) {
            return;
        }
        if (reward.type() == RewardType.COMMISSION || reward.type() == RewardType.GOODS) {
            String code = reward.type().code();
            sink.addRaw(new Finding(ViolationCategory.UNCERTAIN_REWARD, RULE, 0.9, "reward.type", 0, code.length(),
                    false, null));
        }
    }
}
