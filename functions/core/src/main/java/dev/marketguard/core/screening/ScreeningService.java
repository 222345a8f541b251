package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.validation.FieldError;
import dev.marketguard.core.validation.InvalidInputException;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import dev.marketguard.core.violation.ViolationLedger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Screens postings and messages, keeps every verdict, and turns blocks and confirmed reviews
 * into established violations (counted once per JST month, category and subject by the ledger).
 */
public class ScreeningService {
    public static final String SOURCE = "screening";
    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;

    private final Screener screener;
    private final ScreeningStore store;
    private final ViolationLedger ledger;
    private final Clock clock;
    private final Supplier<String> ids;

    public ScreeningService(Screener screener, ScreeningStore store, ViolationLedger ledger, Clock clock, Supplier<String> ids) {
        this.screener = Objects.requireNonNull(screener, "screener");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public ScreeningService(Screener screener, ScreeningStore store, ViolationLedger ledger) {
        this(screener, store, ledger, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** The engine behind this service, e.g. for priming it before a snapshot. */
    public Screener screener() {
        return screener;
    }

    /**
     * Screens and stores a verdict. A block establishes its violations BEFORE the verdict is
     * stored: if the ledger fails nothing is stored and the caller may retry; if storing fails
     * after the ledger counted, a retry finds the violation already counted this month and
     * stores its verdict, so a retry never counts twice and never leaves a block uncounted.
     */
    public Screening screen(Submission submission) {
        Instant now = ScreeningTimes.truncate(clock.instant());
        Assessment assessment = screener.screen(submission);
        Screening screening = Screening.of(ids.get(), submission, assessment, now);
        if (screening.decision() == Decision.BLOCK) {
            establish(screening, screening.categories(), now);
        }
        store.insert(screening);
        return screening;
    }

    /** Verdicts waiting for staff, oldest first; {@code cursor} is a previous page's nextCursor or null. */
    public ReviewQueuePage reviewQueue(int limit, String cursor) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw invalid("limit", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        ReviewQueuePage page = store.pendingReviews(limit, cursor == null ? null : decodeCursor(cursor));
        return new ReviewQueuePage(page.items(), page.next() == null ? null : encodeCursor(page.next()));
    }

    /**
     * Records a staff decision on a pending review verdict; a confirmed violation is established
     * for {@code category}, or for the verdict's categories when none is named.
     *
     * <p>The decision is recorded first (a conditional write: of two staff deciding at once, one
     * wins, the other gets a conflict), then established. If establishing fails, the decision is
     * withdrawn so the verdict waits in the queue again. Should even that fail, the same request
     * repeated by the same reviewer completes the establishment with the recorded time (the same
     * month, so it still counts once).
     *
     * @throws ScreeningNotFoundException no such verdict
     * @throws ReviewConflictException    the verdict is not pending (and this is no retry of its decision)
     * @throws InvalidInputException      a category with a clean outcome, or none where the verdict names none
     */
    public ReviewResult review(String screeningId, ReviewOutcome outcome, ViolationCategory category, String reviewerId) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewerId, "reviewerId");
        if (outcome == ReviewOutcome.CLEAN && category != null) {
            throw invalid("category", "only with outcome violation");
        }
        Screening screening = store.find(screeningId).orElseThrow(() -> new ScreeningNotFoundException(screeningId));
        if (screening.reviewStatus() != ReviewStatus.PENDING) {
            StaffReview recorded = screening.review();
            if (recorded != null && recorded.sameDecision(outcome, category, reviewerId)) {
                return new ReviewResult(screening, establishReviewed(screening));
            }
            throw new ReviewConflictException("screening " + screeningId + " is not waiting for review (review status "
                    + screening.reviewStatus().code() + ")");
        }
        if (outcome == ReviewOutcome.VIOLATION && category == null && screening.categories().isEmpty()) {
            throw invalid("category", "required: the verdict names no category");
        }
        StaffReview review = new StaffReview(outcome, category, reviewerId, ScreeningTimes.truncate(clock.instant()));
        if (!store.recordReview(screeningId, review)) {
            throw new ReviewConflictException("screening " + screeningId + " was decided by someone else meanwhile");
        }
        Screening reviewed = screening.withReview(review);
        try {
            return new ReviewResult(reviewed, establishReviewed(reviewed));
        } catch (RuntimeException e) {
            try {
                store.withdrawReview(screeningId, review);
            } catch (RuntimeException withdrawFailed) {
                e.addSuppressed(withdrawFailed);
            }
            throw e;
        }
    }

    private Map<ViolationCategory, Establishment> establishReviewed(Screening reviewed) {
        StaffReview review = reviewed.review();
        if (review.outcome() != ReviewOutcome.VIOLATION) {
            return Map.of();
        }
        Collection<ViolationCategory> categories = review.category() != null ? List.of(review.category()) : reviewed.categories();
        return establish(reviewed, categories, review.reviewedAt());
    }

    private Map<ViolationCategory, Establishment> establish(Screening screening, Collection<ViolationCategory> categories, Instant at) {
        Map<ViolationCategory, Establishment> results = new LinkedHashMap<>();
        for (ViolationCategory category : categories) {
            results.put(category, ledger.establish(new EstablishedViolation(category, screening.subject(),
                    screening.authorId(), SOURCE, screening.screeningId(), at)));
        }
        return results;
    }

    /** Cursors are opaque to clients: base64url of the store's queue position. */
    static String encodeCursor(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeCursor(String cursor) {
        String position;
        try {
            position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("cursor", "not a cursor this API returned");
        }
        int hash = position.indexOf('#');
        if (hash < 0 || hash == position.length() - 1 || ScreeningTimes.tryParse(position.substring(0, hash)).isEmpty()) {
            throw invalid("cursor", "not a cursor this API returned");
        }
        return position;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("the request has invalid fields", List.of(new FieldError(field, message)));
    }
}
