package dev.marketguard.core.memory;

import dev.marketguard.core.screening.ReviewQueuePage;
import dev.marketguard.core.screening.ReviewStatus;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.ScreeningStore;
import dev.marketguard.core.screening.StaffReview;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Verdicts in memory, for unit tests and the local server. One lock keeps each call atomic. */
public class InMemoryScreeningStore implements ScreeningStore {
    private final Map<String, Screening> screenings = new HashMap<>();
    /** queue position -> screeningId, like the ReviewQueue index: only pending verdicts. */
    private final NavigableMap<String, String> queue = new TreeMap<>();

    @Override
    public synchronized void insert(Screening screening) {
        if (screenings.putIfAbsent(screening.screeningId(), screening) != null) {
            throw new IllegalStateException("screening " + screening.screeningId() + " already stored");
        }
        if (screening.reviewStatus() == ReviewStatus.PENDING) {
            queue.put(screening.queuePosition(), screening.screeningId());
        }
    }

    @Override
    public synchronized Optional<Screening> find(String screeningId) {
        return Optional.ofNullable(screenings.get(screeningId));
    }

    @Override
    public synchronized ReviewQueuePage pendingReviews(int limit, String after) {
        NavigableMap<String, String> rest = after == null ? queue : queue.tailMap(after, false);
        List<Screening> items = new ArrayList<>();
        for (String id : rest.values()) {
            if (items.size() == limit) {
                return new ReviewQueuePage(items, items.get(items.size() - 1).queuePosition());
            }
            items.add(screenings.get(id));
        }
        return new ReviewQueuePage(items, null);
    }

    @Override
    public synchronized boolean recordReview(String screeningId, StaffReview review) {
        Screening screening = screenings.get(screeningId);
        if (screening == null || screening.reviewStatus() != ReviewStatus.PENDING) {
            return false;
        }
        screenings.put(screeningId, screening.withReview(review));
        queue.remove(screening.queuePosition());
        return true;
    }

    @Override
    public synchronized boolean withdrawReview(String screeningId, StaffReview review) {
        Screening screening = screenings.get(screeningId);
        if (screening == null || !review.equals(screening.review())) {
            return false;
        }
        Screening pending = new Screening(screening.screeningId(), screening.subject(), screening.authorId(),
                screening.workStyle(), screening.phase(), screening.assessment(), screening.screenedAt(),
                ReviewStatus.PENDING, null);
        screenings.put(screeningId, pending);
        queue.put(pending.queuePosition(), screeningId);
        return true;
    }
}
