package dev.marketguard.functions.screening;

import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Reward;
import dev.marketguard.core.screening.RewardType;
import dev.marketguard.core.screening.Screener;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import java.time.Instant;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Warms the function before it serves: the engine's dictionary loads on the first tokenise
 * (~290 ms), and Jackson's serialisers build on first use. Under SnapStart this runs in
 * {@code beforeCheckpoint}, so every restored instance starts warm; otherwise it runs at init.
 * It screens a sample posting only: nothing is stored or counted.
 */
final class SnapStartPriming implements Resource {
    static final Submission.Posting SAMPLE = new Submission.Posting("priming", "priming", "ロゴデザインの作成",
            "当社の新サービスのロゴを作成してください。納品形式はAIとPNGです。修正は2回まで。"
                    + "ご質問はメッセージ機能でお願いします。連絡先：090-0000-0000", WorkStyle.PROJECT,
            new Reward(RewardType.FIXED, 30000L));

    private final Screener screener;

    private SnapStartPriming(Screener screener) {
        this.screener = screener;
    }

    /** Registers the checkpoint hook when SnapStart is taking a snapshot, primes at once otherwise. */
    static SnapStartPriming primeOrRegister(Screener screener, AwsEnvironment env) {
        SnapStartPriming priming = new SnapStartPriming(screener);
        if (env.optional("AWS_LAMBDA_INITIALIZATION_TYPE").filter("snap-start"::equals).isPresent()) {
            Core.getGlobalContext().register(priming);
        } else {
            priming.prime();
        }
        return priming;
    }

    void prime() {
        Assessment assessment = screener.screen(SAMPLE);
        ScreeningViews.verdict(Screening.of("priming", SAMPLE, assessment, Instant.now())).toString();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: clients hold no connections yet, and UUIDs come from SecureRandom,
        // which Lambda reseeds on restore
    }
}
