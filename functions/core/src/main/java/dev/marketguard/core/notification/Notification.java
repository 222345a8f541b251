package dev.marketguard.core.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message to support, already masked.
 *
 * @param key           what makes it unique: a retried delivery with the same key is not sent again
 * @param category      the category code it is filed under (message attribute {@code category});
 *                      null when none applies (the monthly report)
 * @param categoryLabel the Japanese label of that category; null with it
 * @param subject       a one-line Japanese subject (under 100 characters, SNS's limit)
 * @param summary       a few Japanese lines a support agent can act on
 * @param details       the same facts for tools: JSON-ready values (String, Number, Boolean, List, Map), in a stable order
 */
public record Notification(DeliveryKey key, NotificationKind kind, Severity severity, String category,
                           String categoryLabel, String subject, String summary, Map<String, Object> details,
                           Instant occurredAt) {
    /** SNS refuses subjects of 100 characters or more. */
    public static final int MAX_SUBJECT_LENGTH = 99;

    public Notification {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (subject.length() > MAX_SUBJECT_LENGTH || subject.contains("\n")) {
            throw new IllegalArgumentException("subject must be one line under 100 characters: " + subject);
        }
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
