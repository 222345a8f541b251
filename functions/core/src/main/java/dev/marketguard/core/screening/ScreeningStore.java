package dev.marketguard.core.screening;

import java.util.Optional;

/** Port: where verdicts are kept (ScreeningsTable in AWS). Implementations are thread-safe. */
public interface ScreeningStore {

    /** Stores a new verdict; a pending one joins the review queue. */
    void insert(Screening screening);

    Optional<Screening> find(String screeningId);

    /**
     * Pending verdicts, oldest first.
     *
     * @param after a {@link Screening#queuePosition()} to continue after, or null from the start
     * @return at most {@code limit} verdicts; {@code next} is the last one's position when more follow
     */
    ReviewQueuePage pendingReviews(int limit, String after);

    /**
     * Records a staff decision and takes the verdict out of the queue, only while it is pending.
     *
     * @return false when the verdict is missing or no longer pending (someone decided first)
     */
    boolean recordReview(String screeningId, StaffReview review);

    /**
     * Undoes {@link #recordReview} when what should follow it failed: the verdict goes back to the
     * queue, but only if {@code review} is still the decision recorded.
     *
     * @return false when the recorded decision is not {@code review}
     */
    boolean withdrawReview(String screeningId, StaffReview review);
}
