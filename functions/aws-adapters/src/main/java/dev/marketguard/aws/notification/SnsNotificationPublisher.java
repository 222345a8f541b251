package dev.marketguard.aws.notification;

import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationPublisher;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes to the support topic with message attributes {@code kind}, {@code severity} and
 * (when one applies) {@code category}, which subscriptions' filter policies match on.
 */
public final class SnsNotificationPublisher implements NotificationPublisher {
    private final SnsClient sns;
    private final String topicArn;

    public SnsNotificationPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public String publish(Notification n) {
        return sns.publish(b -> b.topicArn(topicArn)
                .subject(n.subject())
                .messageStructure("json")
                .message(NotificationDocument.snsMessage(n))
                .messageAttributes(attributes(n))).messageId();
    }

    static Map<String, MessageAttributeValue> attributes(Notification n) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("kind", text(n.kind().code()));
        attributes.put("severity", text(n.severity().code()));
        if (n.category() != null) {
            attributes.put("category", text(n.category()));
        }
        return attributes;
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
