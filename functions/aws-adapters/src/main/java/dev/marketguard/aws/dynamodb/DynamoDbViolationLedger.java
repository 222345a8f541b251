package dev.marketguard.aws.dynamodb;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.core.violation.Establishment;
import dev.marketguard.core.violation.ViolationLedger;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The ViolationsTable (docs/architecture.md):
 * <ul>
 *   <li>guard  {@code pk=2026-11#DIRECT_TRADING, sk=posting#p-123}: the violation itself, once per month, category and subject;</li>
 *   <li>counter {@code pk=2026-11, sk=count#DIRECT_TRADING}: the month's count for the breakdown;</li>
 *   <li>offender {@code pk=offender#c-9, sk=total}: the user's established violations (its stream feeds repeat-offender notices).</li>
 * </ul>
 * All three are written in one TransactWriteItems, so a counted violation is never half-counted.
 */
public class DynamoDbViolationLedger implements ViolationLedger {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbViolationLedger(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    static String guardPk(YearMonth month, ViolationCategory category) {
        return JstCalendar.format(month) + "#" + category.name();
    }

    static String counterSk(ViolationCategory category) {
        return "count#" + category.name();
    }

    @Override
    public Establishment establish(EstablishedViolation v) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> guard = new HashMap<>();
        guard.put("pk", s(guardPk(v.month(), v.category())));
        guard.put("sk", s(v.subject().key()));
        guard.put("recordType", s("violation"));
        guard.put("month", s(JstCalendar.format(v.month())));
        guard.put("category", s(v.category().name()));
        guard.put("subjectType", s(v.subject().type().code()));
        guard.put("subjectId", s(v.subject().id()));
        guard.put("source", s(v.source()));
        guard.put("sourceId", s(v.sourceId()));
        guard.put("establishedAt", s(v.establishedAt().toString()));
        if (v.offenderId() != null) {
            guard.put("offenderId", s(v.offenderId()));
        }
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(guard)
                .conditionExpression("attribute_not_exists(pk)")).build());

        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Map.of("pk", s(JstCalendar.format(v.month())), "sk", s(counterSk(v.category()))))
                .updateExpression("ADD #count :one SET recordType = :type, #month = :month, category = :category")
                .expressionAttributeNames(Map.of("#count", "count", "#month", "month"))
                .expressionAttributeValues(Map.of(":one", n(1), ":type", s("counter"),
                        ":month", s(JstCalendar.format(v.month())), ":category", s(v.category().name())))).build());

        if (v.offenderId() != null) {
            writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                    .key(offenderKey(v.offenderId()))
                    .updateExpression("ADD #count :one SET recordType = :type, offenderId = :offender, "
                            + "lastCategory = :category, lastSubject = :subject, updatedAt = :at")
                    .expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":type", s("offender"), ":offender", s(v.offenderId()),
                            ":category", s(v.category().name()), ":subject", s(v.subject().key()),
                            ":at", s(v.establishedAt().toString())))).build());
        }

        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.transactWriteItems(t -> t.transactItems(writes));
                return new Establishment(true, v.offenderId() == null ? 0 : offenderTotal(v.offenderId()));
            } catch (TransactionCanceledException e) {
                if (guardAlreadyExists(e)) {
                    return new Establishment(false, v.offenderId() == null ? 0 : offenderTotal(v.offenderId()));
                }
                if (attempt >= TransactionBackoff.MAX_ATTEMPTS || !conflicted(e)) {
                    throw e;
                }
                TransactionBackoff.pause(attempt);
            }
        }
    }

    private static boolean guardAlreadyExists(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return !reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.get(0).code());
    }

    /** Concurrent transactions on the same items cancel each other; retrying settles them. */
    private static boolean conflicted(TransactionCanceledException e) {
        return e.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
    }


    @Override
    public Map<ViolationCategory, Long> monthlyCounts(YearMonth month) {
        Map<ViolationCategory, Long> counts = new EnumMap<>(ViolationCategory.class);
        for (ViolationCategory c : ViolationCategory.values()) {
            counts.put(c, 0L);
        }
        // One query: the seven counters share the month's partition.
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :month AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":month", s(JstCalendar.format(month)), ":prefix", s("count#")))
                .build();
        for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(request).items()) {
            ViolationCategory category = ViolationCategory.valueOf(item.get("sk").s().substring("count#".length()));
            counts.put(category, Long.parseLong(item.get("count").n()));
        }
        return counts;
    }

    @Override
    public List<EstablishedViolation> violationsIn(YearMonth month) {
        List<EstablishedViolation> violations = new ArrayList<>();
        for (ViolationCategory category : ViolationCategory.values()) {
            QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(guardPk(month, category))))
                    .build();
            for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(request).items()) {
                violations.add(new EstablishedViolation(category,
                        new Subject(SubjectType.fromCode(item.get("subjectType").s()).orElseThrow(), item.get("subjectId").s()),
                        item.containsKey("offenderId") ? item.get("offenderId").s() : null,
                        item.get("source").s(), item.get("sourceId").s(), Instant.parse(item.get("establishedAt").s())));
            }
        }
        return violations;
    }

    @Override
    public void setMonthlyCount(YearMonth month, ViolationCategory category, long count) {
        dynamoDb.updateItem(u -> u.tableName(table)
                .key(Map.of("pk", s(JstCalendar.format(month)), "sk", s(counterSk(category))))
                .updateExpression("SET #count = :count, recordType = :type, #month = :month, category = :category")
                .expressionAttributeNames(Map.of("#count", "count", "#month", "month"))
                .expressionAttributeValues(Map.of(":count", n(count), ":type", s("counter"),
                        ":month", s(JstCalendar.format(month)), ":category", s(category.name()))));
    }

    @Override
    public long offenderTotal(String offenderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).key(offenderKey(offenderId)).consistentRead(true)).item();
        return item == null || !item.containsKey("count") ? 0 : Long.parseLong(item.get("count").n());
    }

    private static Map<String, AttributeValue> offenderKey(String offenderId) {
        return Map.of("pk", s("offender#" + offenderId), "sk", s("total"));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
