package dev.marketguard.local.backend.memory;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import dev.marketguard.core.violation.ViolationLedger;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A ledger whose offender counts flow to the change feed (template.yaml's Offenders filter): repeat offenders. */
final class NotifyingViolationLedger implements ViolationLedger {
    private final ViolationLedger ledger;
    private final ChangeFeed feed;

    NotifyingViolationLedger(ViolationLedger ledger, ChangeFeed feed) {
        this.ledger = ledger;
        this.feed = feed;
    }

    @Override
    public Establishment establish(EstablishedViolation violation) {
        Establishment establishment = ledger.establish(violation);
        if (establishment.counted() && violation.offenderId() != null) {
            feed.append(new SupportEvent.OffenderCountChanged(violation.offenderId(), establishment.offenderTotal() - 1,
                    establishment.offenderTotal(), violation.category(), violation.subject(), violation.establishedAt()));
        }
        return establishment;
    }

    @Override
    public Map<ViolationCategory, Long> monthlyCounts(YearMonth month) {
        return ledger.monthlyCounts(month);
    }

    @Override
    public List<EstablishedViolation> violationsIn(YearMonth month) {
        return ledger.violationsIn(month);
    }

    @Override
    public void setMonthlyCount(YearMonth month, ViolationCategory category, long count) {
        ledger.setMonthlyCount(month, category, count);
    }

    @Override
    public long offenderTotal(String offenderId) {
        return ledger.offenderTotal(offenderId);
    }
}
