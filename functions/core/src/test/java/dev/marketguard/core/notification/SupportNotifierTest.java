package dev.marketguard.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemorySentNotifications;
import dev.marketguard.core.notification.SupportEvent.OffenderCountChanged;
import dev.marketguard.core.notification.SupportNotifier.NotificationDeliveryException;
import dev.marketguard.core.subject.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportNotifierTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** Records what it publishes; fails while {@code failures} is positive. */
    static class RecordingPublisher implements NotificationPublisher {
        final List<Notification> published = new ArrayList<>();
        int failures;

        @Override
        public String publish(Notification notification) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("SNS is unavailable");
            }
            published.add(notification);
            return "msg-" + published.size();
        }
    }

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final InMemorySentNotifications sent = new InMemorySentNotifications();
    private final MutableClock clock = new MutableClock(NOW);
    private final SupportNotifier notifier = new SupportNotifier(new NotificationRules(RepeatOffenderThresholds.DEFAULT),
            publisher, sent, clock);

    private static SupportEvent fraudReport() {
        return NotificationRulesTest.report(ReportCategory.FRAUD, false, "");
    }

    @Test
    void aRetriedRecordIsNotNotifiedTwice() {
        assertThat(notifier.deliver("evt-1", fraudReport()).published()).hasSize(1);
        SupportNotifier.Delivery retry = notifier.deliver("evt-1", fraudReport());
        assertThat(retry.published()).isEmpty();
        assertThat(retry.alreadySent()).hasSize(1);
        assertThat(publisher.published).hasSize(1);
        assertThat(sent.sentAs("record#evt-1")).contains("msg-1");
    }

    @Test
    void aFailedPublishReleasesTheClaimSoTheRetryDeliversAtOnce() {
        publisher.failures = 1;
        assertThatThrownBy(() -> notifier.deliver("evt-1", fraudReport())).isInstanceOf(NotificationDeliveryException.class)
                .hasRootCauseMessage("SNS is unavailable");
        assertThat(notifier.deliver("evt-1", fraudReport()).published()).hasSize(1);
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void aClaimLeftByADeadDeliveryBlocksUntilItsLeaseRunsOut() {
        Notification pending = new NotificationRules(RepeatOffenderThresholds.DEFAULT).notificationsFor("evt-1", fraudReport()).get(0);
        sent.claim(new SentNotifications.Claim(pending.key(), "dead", NOW, NOW.plus(SupportNotifier.DEFAULT_CLAIM_LEASE), null), pending);

        assertThatThrownBy(() -> notifier.deliver("evt-1", fraudReport())).isInstanceOf(NotificationDeliveryException.class);
        assertThat(publisher.published).isEmpty();

        clock.advance(SupportNotifier.DEFAULT_CLAIM_LEASE.plusSeconds(1));
        assertThat(notifier.deliver("evt-1", fraudReport()).published()).hasSize(1);
    }

    @Test
    void repeatOffenderThresholdsAreRememberedByOffenderNotByRecord() {
        OffenderCountChanged third = new OffenderCountChanged("u-9", 2, 3, ViolationCategory.OTHER, Subject.posting("p-1"), NOW);
        assertThat(notifier.deliver("evt-1", third).published()).hasSize(1);
        // the same change seen again through another record (a replay) notifies nobody
        assertThat(notifier.deliver("evt-2", third).published()).isEmpty();
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void whenTheSecondOfTwoCrossingsFailsTheRetrySendsOnlyTheSecond() {
        OffenderCountChanged jump = new OffenderCountChanged("u-7", 2, 5, ViolationCategory.OTHER, null, NOW);
        RecordingPublisher failSecond = new RecordingPublisher() {
            private boolean failed;

            @Override
            public String publish(Notification notification) {
                if (notification.key().id().endsWith("#5") && !failed) {
                    failed = true;
                    throw new IllegalStateException("SNS is unavailable");
                }
                return super.publish(notification);
            }
        };
        SupportNotifier flaky = new SupportNotifier(new NotificationRules(RepeatOffenderThresholds.DEFAULT), failSecond, sent, clock);
        assertThatThrownBy(() -> flaky.deliver("evt-9", jump)).isInstanceOf(NotificationDeliveryException.class);
        assertThat(failSecond.published).extracting(n -> n.key().id()).containsExactly("offender#u-7#3");

        SupportNotifier.Delivery retry = flaky.deliver("evt-9", jump);
        assertThat(retry.alreadySent()).extracting(n -> n.key().id()).containsExactly("offender#u-7#3");
        assertThat(retry.published()).extracting(n -> n.key().id()).containsExactly("offender#u-7#5");
        assertThat(failSecond.published).hasSize(2);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
