package dev.marketguard.local.backend.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemorySentNotifications;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationKind;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.SupportNotifier;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.violation.EstablishedViolation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory "streams": store changes reach the notifier once each, in order, as the template's filters pass them. */
class NotifyingStoresTest {
    private final List<Notification> published = new ArrayList<>();
    private final ChangeFeed feed = new ChangeFeed(new SupportNotifier(new NotificationRules(RepeatOffenderThresholds.DEFAULT),
            notification -> {
                published.add(notification);
                return "n-" + published.size();
            }, new InMemorySentNotifications(), Clock.systemUTC()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void aRepeatOffenderIsNotifiedOnceWhenTheThresholdIsCrossed() {
        NotifyingViolationLedger ledger = new NotifyingViolationLedger(new InMemoryViolationLedger(), feed);
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        for (int i = 1; i <= 3; i++) {
            ledger.establish(new EstablishedViolation(ViolationCategory.DIRECT_TRADING, Subject.posting("p-" + i), "c-1",
                    "screening", "s-" + i, now));
        }
        // the same violation again counts nothing and changes no offender count
        ledger.establish(new EstablishedViolation(ViolationCategory.DIRECT_TRADING, Subject.posting("p-3"), "c-1",
                "screening", "s-4", now));
        feed.drain();

        assertThat(published).extracting(Notification::kind).containsExactly(NotificationKind.REPEAT_OFFENDER);
    }

    @Test
    void nothingIsDeliveredBeforeTheFeedRunsOrDrains() {
        NotifyingViolationLedger ledger = new NotifyingViolationLedger(new InMemoryViolationLedger(), feed);
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        for (int i = 1; i <= 3; i++) {
            ledger.establish(new EstablishedViolation(ViolationCategory.OTHER, Subject.posting("p-" + i), "c-2", "report", "r-" + i, now));
        }

        assertThat(published).isEmpty();
        feed.drain();
        assertThat(published).hasSize(1);
    }
}
