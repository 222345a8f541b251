package dev.marketguard.aws.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.notification.Notification;

/**
 * How a notification is written on the wire (see functions/support-notifier/README.md):
 * a JSON document for tools and queues, and a plain-text rendering for e-mail.
 */
public final class NotificationDocument {
    /** Raised when the document's shape changes incompatibly. */
    public static final int VERSION = 1;

    private NotificationDocument() {
    }

    /**
     * {@code {"version":1,"notificationId":…,"kind":…,"severity":…,"category":…,"categoryLabel":…,
     * "subject":…,"summary":…,"occurredAt":…,"details":{…}}}; category and categoryLabel are null
     * when none applies.
     */
    public static String json(Notification n) {
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.put("version", VERSION);
        document.put("notificationId", n.key().id());
        document.put("kind", n.kind().code());
        document.put("severity", n.severity().code());
        document.put("category", n.category());
        document.put("categoryLabel", n.categoryLabel());
        document.put("subject", n.subject());
        document.put("summary", n.summary());
        document.put("occurredAt", n.occurredAt().toString());
        document.set("details", Json.MAPPER.valueToTree(n.details()));
        return write(document);
    }

    /** The e-mail body: the summary, then where it came from (the subject is the e-mail's subject). */
    public static String emailText(Notification n) {
        return n.summary() + "\n\n--\nmarketguard support-notifier / " + n.kind().code() + " / " + n.severity().code()
                + " / " + n.key().id() + "\n";
    }

    /** SNS MessageStructure=json: e-mail gets the text, every other protocol (SQS, HTTPS, Lambda) the JSON document. */
    public static String snsMessage(Notification n) {
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.put("default", json(n));
        message.put("email", emailText(n));
        return write(message);
    }

    private static String write(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification could not be written as JSON", e);
        }
    }
}
