package dev.marketguard.aws.notification;

import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.SentNotifications;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The NotificationsTable (PK {@code notificationId}, TTL {@code expiresAt}): one item per
 * delivery key, {@code status} {@code sending} while claimed and {@code sent} once published.
 * A claim is a conditional put that succeeds when the key is new or its claim's lease ran out.
 */
public final class DynamoDbSentNotifications implements SentNotifications {
    private static final int MAX_CLAIM_ATTEMPTS = 3;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbSentNotifications(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public ClaimOutcome claim(Claim claim, Notification notification) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("notificationId", s(claim.key().id()));
        item.put("status", s("sending"));
        item.put("claimToken", s(claim.token()));
        item.put("claimedAt", s(claim.claimedAt().toString()));
        item.put("leaseUntil", n(claim.leaseUntil().toEpochMilli()));
        item.put("kind", s(notification.kind().code()));
        item.put("severity", s(notification.severity().code()));
        if (notification.category() != null) {
            item.put("category", s(notification.category()));
        }
        if (claim.expiresAt() != null) {
            item.put("expiresAt", n(claim.expiresAt().getEpochSecond()));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.putItem(p -> p.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(notificationId) OR (#status = :sending AND leaseUntil < :now)")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":sending", s("sending"), ":now", n(claim.claimedAt().toEpochMilli()))));
                return ClaimOutcome.CLAIMED;
            } catch (ConditionalCheckFailedException taken) {
                Map<String, AttributeValue> existing = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                        .key(Map.of("notificationId", s(claim.key().id())))).item();
                if (existing != null && !existing.isEmpty()) {
                    AttributeValue status = existing.get("status");
                    return status != null && "sent".equals(status.s()) ? ClaimOutcome.ALREADY_SENT : ClaimOutcome.IN_PROGRESS;
                }
                // released between our put and our read: claim again
                if (attempt >= MAX_CLAIM_ATTEMPTS) {
                    return ClaimOutcome.IN_PROGRESS;
                }
            }
        }
    }

    @Override
    public void markSent(Claim claim, String messageId, Instant sentAt) {
        try {
            dynamoDb.updateItem(u -> u.tableName(table).key(Map.of("notificationId", s(claim.key().id())))
                    .updateExpression("SET #status = :sent, messageId = :messageId, sentAt = :sentAt REMOVE leaseUntil")
                    .conditionExpression("claimToken = :token")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":sent", s("sent"), ":messageId", s(messageId),
                            ":sentAt", s(sentAt.toString()), ":token", s(claim.token()))));
        } catch (ConditionalCheckFailedException takenOver) {
            // Another delivery took the claim over after our lease ran out; its record stands.
        }
    }

    @Override
    public void release(Claim claim) {
        try {
            dynamoDb.deleteItem(d -> d.tableName(table).key(Map.of("notificationId", s(claim.key().id())))
                    .conditionExpression("claimToken = :token AND #status = :sending")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":token", s(claim.token()), ":sending", s("sending"))));
        } catch (ConditionalCheckFailedException notOurs) {
            // Nothing of ours to release.
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
