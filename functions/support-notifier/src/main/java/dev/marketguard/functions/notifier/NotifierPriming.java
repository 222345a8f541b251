package dev.marketguard.functions.notifier;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.marketguard.aws.notification.NotificationDocument;
import dev.marketguard.aws.notification.SupportEventMapper;
import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationRules;
import dev.marketguard.core.notification.RepeatOffenderThresholds;
import dev.marketguard.core.notification.SupportEvent;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before the snapshot, map a made-up screening record and write its
 * notification, so class loading, the masking patterns and Jackson are warm in every restored
 * instance. Nothing is sent and no AWS call is made.
 */
final class NotifierPriming implements Resource {
    /** CRaC holds resources weakly; the handler keeps this one alive. */
    private static NotifierPriming registered;

    private NotifierPriming() {
    }

    static synchronized void register(SupportNotifierHandler handler) {
        if (registered == null) {
            registered = new NotifierPriming();
            Core.getGlobalContext().register(registered);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: SDK clients resolve credentials and connections lazily
    }

    /** Returns the notification it wrote, so tests can check that priming exercises the real path. */
    static Notification prime() {
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventID("priming");
        record.setEventName("INSERT");
        record.setDynamodb(new StreamRecord().withSequenceNumber("0")
                .withKeys(Map.of("screeningId", s("priming")))
                .withNewImage(Map.of(
                        "screeningId", s("priming"),
                        "subjectType", s("posting"),
                        "subjectId", s("p-priming"),
                        "authorId", s("c-priming"),
                        "decision", s("block"),
                        "violations", s("[{\"category\":\"DIRECT_TRADING\",\"rule\":\"contact.phone\",\"score\":0.97,"
                                + "\"evidence\":[{\"field\":\"body\",\"start\":0,\"end\":13,\"text\":\"090-1234-5678\"}]}]"),
                        "screenedAt", s("2026-11-28T10:00:00Z"))));
        SupportEvent event = new SupportEventMapper().toSupportEvent(record).orElseThrow();
        Notification notification = new NotificationRules(RepeatOffenderThresholds.DEFAULT).notificationsFor("priming", event).get(0);
        NotificationDocument.snsMessage(notification);
        return notification;
    }

    private static AttributeValue s(String value) {
        return new AttributeValue().withS(value);
    }
}
