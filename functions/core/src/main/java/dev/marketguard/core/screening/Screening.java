package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stored verdict: what was screened, what the engine concluded, and what staff decided.
 *
 * @param authorId who is held responsible (a posting's client, a message's sender)
 * @param phase    the conversation phase of a message; null for postings
 * @param review   the staff decision; present exactly when {@code reviewStatus} is violation or clean
 */
public record Screening(String screeningId, Subject subject, String authorId, WorkStyle workStyle, Phase phase,
                        Assessment assessment, Instant screenedAt, ReviewStatus reviewStatus, StaffReview review) {
    public Screening {
        Objects.requireNonNull(screeningId, "screeningId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(workStyle, "workStyle");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(screenedAt, "screenedAt");
        Objects.requireNonNull(reviewStatus, "reviewStatus");
        if ((subject.type() == SubjectType.MESSAGE) != (phase != null)) {
            throw new IllegalArgumentException("messages, and only messages, have a phase");
        }
        boolean decided = reviewStatus == ReviewStatus.VIOLATION || reviewStatus == ReviewStatus.CLEAN;
        if (decided != (review != null) || (decided && ReviewStatus.of(review.outcome()) != reviewStatus)) {
            throw new IllegalArgumentException("review status " + reviewStatus + " does not match the review " + review);
        }
    }

    /** A fresh verdict: a review decision waits for staff, allow and block need nobody. */
    public static Screening of(String screeningId, Submission submission, Assessment assessment, Instant screenedAt) {
        Phase phase = submission instanceof Submission.Message message ? message.phase() : null;
        ReviewStatus status = assessment.decision() == Decision.REVIEW ? ReviewStatus.PENDING : ReviewStatus.NONE;
        return new Screening(screeningId, submission.subject(), submission.authorId(), submission.workStyle(), phase,
                assessment, screenedAt, status, null);
    }

    public Decision decision() {
        return assessment.decision();
    }

    public List<Violation> violations() {
        return assessment.violations();
    }

    /** The violated categories, each once, in the order the engine reported them. */
    public Set<ViolationCategory> categories() {
        Set<ViolationCategory> categories = new LinkedHashSet<>();
        assessment.violations().forEach(v -> categories.add(v.category()));
        return categories;
    }

    /** The review queue's sort key: oldest first, the id breaks ties. */
    public String queuePosition() {
        return ScreeningTimes.format(screenedAt) + "#" + screeningId;
    }

    public Screening withReview(StaffReview staffReview) {
        return new Screening(screeningId, subject, authorId, workStyle, phase, assessment, screenedAt,
                ReviewStatus.of(staffReview.outcome()), staffReview);
    }
}
