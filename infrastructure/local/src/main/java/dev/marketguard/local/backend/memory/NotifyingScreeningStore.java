package dev.marketguard.local.backend.memory;

import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.ReviewQueuePage;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.ScreeningStore;
import dev.marketguard.core.screening.StaffReview;
import java.util.Optional;

/** A screening store whose new block and review verdicts flow to the change feed (template.yaml's Screenings filter). */
final class NotifyingScreeningStore implements ScreeningStore {
    private final ScreeningStore store;
    private final ChangeFeed feed;

    NotifyingScreeningStore(ScreeningStore store, ChangeFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @Override
    public void insert(Screening screening) {
        store.insert(screening);
        if (screening.decision() == Decision.BLOCK || screening.decision() == Decision.REVIEW) {
            feed.append(new SupportEvent.ScreeningFlagged(screening.screeningId(), screening.subject(), screening.authorId(),
                    screening.decision(), screening.violations(), screening.assessment().warnings(), screening.phase(),
                    screening.assessment().rulesetVersion(), screening.screenedAt()));
        }
    }

    @Override
    public Optional<Screening> find(String screeningId) {
        return store.find(screeningId);
    }

    @Override
    public ReviewQueuePage pendingReviews(int limit, String after) {
        return store.pendingReviews(limit, after);
    }

    @Override
    public boolean recordReview(String screeningId, StaffReview review) {
        return store.recordReview(screeningId, review);
    }

    @Override
    public boolean withdrawReview(String screeningId, StaffReview review) {
        return store.withdrawReview(screeningId, review);
    }
}
