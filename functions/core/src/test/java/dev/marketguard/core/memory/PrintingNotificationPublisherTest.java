package dev.marketguard.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.subject.Subject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrintingNotificationPublisherTest {
    @Test
    void printsOneReadableLinePerNotification() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintingNotificationPublisher publisher = new PrintingNotificationPublisher(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        SupportEvent report = new SupportEvent.ReportReceived("r-1", "u-5", Subject.posting("p-123"), ReportCategory.FRAUD,
                "", Instant.parse("2026-11-28T10:00:00Z"), false, 1);
        String id = publisher.publish(new NotificationRules(RepeatOffenderThresholds.DEFAULT).notificationsFor("evt-1", report).get(0));

        assertThat(id).isEqualTo("local-1");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("[support] urgent report_received FRAUD 【緊急】違反申告: 詐欺被害 (仕事依頼 p-123)" + System.lineSeparator());
    }
}
