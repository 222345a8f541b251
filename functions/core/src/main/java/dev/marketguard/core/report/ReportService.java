package dev.marketguard.core.report;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import dev.marketguard.core.validation.FieldError;
import dev.marketguard.core.validation.InvalidInputException;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.ViolationLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Violation reports (違反申告): intake with duplicate, idempotency and abuse limits, and support's
 * resolutions, of which a confirmed one establishes a violation in the ledger exactly as a blocked
 * posting does (source "report").
 *
 * <p>Reports are send-only: nothing here tells a reporter what became of a report.
 */
public class ReportService {
    /** The ledger's {@code source} for violations established by a confirmed report. */
    public static final String VIOLATION_SOURCE = "report";

    private final ReportStore store;
    private final ViolationLedger ledger;
    private final ReportPolicy policy;
    private final Clock clock;
    private final Supplier<String> reportIds;

    public ReportService(ReportStore store, ViolationLedger ledger, ReportPolicy policy, Clock clock) {
        this(store, ledger, policy, clock, () -> UUID.randomUUID().toString());
    }

    public ReportService(ReportStore store, ViolationLedger ledger, ReportPolicy policy, Clock clock, Supplier<String> reportIds) {
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reportIds = Objects.requireNonNull(reportIds, "reportIds");
    }

    public ReportPolicy policy() {
        return policy;
    }

    /** Stores a report (or recognises a repeat of one) before anyone is told it was received. */
    public FilingResult file(ReportSubmission submission) {
        if (submission.target().type() == SubjectType.USER && submission.target().id().equals(submission.reporterId())) {
            throw new InvalidInputException("a user cannot report themselves",
                    List.of(new FieldError("target.id", "is the reporter; a user cannot report themselves")));
        }
        // Millisecond precision: what is stored and what is answered are the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        NewReport report = new NewReport(reportIds.get(), submission.reporterId(), submission.target(),
                submission.category(), submission.detail(), now);
        ReportFiling filing = new ReportFiling(report, submission.idempotencyKey(), policy);

        FilingOutcome outcome = store.file(filing);
        if (outcome instanceof FilingOutcome.Stored stored) {
            return new FilingResult.Accepted(stored.report(), false);
        }
        if (outcome instanceof FilingOutcome.Duplicate duplicate) {
            // Same complaint: the repeat. Different complaint: only the key matched, a client bug.
            return report.sameComplaintAs(duplicate.original())
                    ? new FilingResult.Accepted(duplicate.original(), true)
                    : new FilingResult.KeyReused(duplicate.original().reportId());
        }
        return new FilingResult.RateLimited(policy.dailyLimit(), secondsUntil(now, filing.nextDayStartsAt()));
    }

    /**
     * Records support's decision once. Repeating the same decision changes nothing (and re-drives
     * the ledger, which counts once, so a confirmation interrupted between the two writes completes
     * on retry); a different decision on a resolved report is a conflict.
     */
    public ResolutionResult resolve(String reportId, ResolutionRequest request) {
        Optional<Report> found = store.find(reportId);
        if (found.isEmpty()) {
            return new ResolutionResult.NotFound();
        }
        Report report = found.get();
        Resolution resolution = new Resolution(request.outcome(), decidedCategory(request), request.resolverId(),
                offenderFor(report.target(), request), clock.instant().truncatedTo(ChronoUnit.MILLIS));

        if (report.resolution() == null) {
            ResolveOutcome outcome = store.resolve(reportId, resolution);
            if (outcome instanceof ResolveOutcome.Resolved resolved) {
                establishIfConfirmed(resolved.report());
                return new ResolutionResult.Resolved(resolved.report(), true);
            }
            if (outcome instanceof ResolveOutcome.NotFound) {
                return new ResolutionResult.NotFound();
            }
            // Someone resolved it between our read and our write.
            report = ((ResolveOutcome.AlreadyResolved) outcome).report();
        }
        if (!report.resolution().sameDecisionAs(resolution)) {
            return new ResolutionResult.Conflict(report);
        }
        establishIfConfirmed(report);
        return new ResolutionResult.Resolved(report, false);
    }

    private static ReportCategory decidedCategory(ResolutionRequest request) {
        if (request.outcome() == ResolutionOutcome.CONFIRMED && request.category() == null) {
            throw new InvalidInputException("a confirmed report needs the category support decided",
                    List.of(new FieldError("category", "required when outcome is confirmed")));
        }
        return request.category();
    }

    /**
     * Who is held responsible: the target itself when it is a user; otherwise the offenderId
     * support gives, or nobody (the violation still counts, without a repeat-offence count).
     */
    static String offenderFor(Subject target, ResolutionRequest request) {
        if (request.outcome() == ResolutionOutcome.DISMISSED) {
            if (request.offenderId() != null) {
                throw new InvalidInputException("a dismissed report has no offender",
                        List.of(new FieldError("offenderId", "only allowed when outcome is confirmed")));
            }
            return null;
        }
        if (target.type() == SubjectType.USER) {
            if (request.offenderId() != null && !request.offenderId().equals(target.id())) {
                throw new InvalidInputException("the reported user is the offender",
                        List.of(new FieldError("offenderId", "the target is a user, so the offender is " + target.id()
                                + "; omit offenderId or give the same id")));
            }
            return target.id();
        }
        return request.offenderId();
    }

    private void establishIfConfirmed(Report report) {
        Resolution resolution = report.resolution();
        if (resolution.outcome() != ResolutionOutcome.CONFIRMED) {
            return;
        }
        // establishedAt is the stored resolvedAt, so a re-drive lands in the same JST month's guard.
        ledger.establish(new EstablishedViolation(resolution.category().breakdownCategory(), report.target(),
                resolution.offenderId(), VIOLATION_SOURCE, report.reportId(), resolution.resolvedAt()));
    }

    private static Duration secondsUntil(Instant now, Instant then) {
        long millis = Duration.between(now, then).toMillis();
        return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
    }
}
