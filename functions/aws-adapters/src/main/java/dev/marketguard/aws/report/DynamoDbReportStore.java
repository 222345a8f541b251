package dev.marketguard.aws.report;

import dev.marketguard.aws.dynamodb.TransactionBackoff;
import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.report.FilingOutcome;
import dev.marketguard.core.report.NewReport;
import dev.marketguard.core.report.Priority;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportFiling;
import dev.marketguard.core.report.ReportStatus;
import dev.marketguard.core.report.ReportStore;
import dev.marketguard.core.report.Resolution;
import dev.marketguard.core.report.ResolutionOutcome;
import dev.marketguard.core.report.ResolveOutcome;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The ReportsTable (docs/architecture.md). A report is filed with ONE TransactWriteItems:
 * <ol>
 *   <li>put {@code report#<id>} (attribute_not_exists): the report, which the notifier reads from the stream;</li>
 *   <li>put {@code dedupe#<reporter>#<type>#<target>#<category>} (absent or expired): the same complaint once;</li>
 *   <li>put {@code idempotency#<key>} (absent or expired), when the caller gave a key;</li>
 *   <li>update {@code quota#<reporter>#<day>}: count + 1 if count &lt; limit;</li>
 *   <li>update {@code target#<type>#<target>#<day>}: count + 1 if count is still what we read.</li>
 * </ol>
 * The target's tally is read first and its update is conditional on that reading (optimistic), so
 * the stored report carries its exact {@code targetReportCount} and {@code priority} in its INSERT.
 * A cancelled transaction stored nothing; we then read the guards: a live one answers with its
 * report, else a failed quota condition is the daily limit, else the tally moved or a concurrent
 * transaction conflicted, and we try again with backoff.
 *
 * <p>TTL sweeps lag (up to days), so every guard condition also treats {@code expiresAt <= now} as absent.
 */
public class DynamoDbReportStore implements ReportStore {
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbReportStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public FilingOutcome file(ReportFiling filing) {
        NewReport report = filing.report();
        String dedupeKey = ReportKeys.dedupe(report.reporterId(), report.target(), report.category());
        String idempotencyKey = filing.idempotencyKey() == null ? null : ReportKeys.idempotency(filing.idempotencyKey());
        String quotaKey = ReportKeys.quota(report.reporterId(), filing.day());
        String targetKey = ReportKeys.target(report.target(), filing.day());
        long now = report.receivedAt().getEpochSecond();

        for (int attempt = 1; ; attempt++) {
            long seen = count(targetKey);
            Report stored = report.stored(seen + 1, filing.policy().priorityFor(seen + 1));

            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(put(reportItem(stored), "attribute_not_exists(pk)", Map.of()));
            writes.add(put(guard(dedupeKey, stored.reportId(), filing.dedupeExpiresAt()), GUARD_ABSENT, nowValue(now)));
            if (idempotencyKey != null) {
                writes.add(put(guard(idempotencyKey, stored.reportId(), filing.idempotencyExpiresAt()), GUARD_ABSENT, nowValue(now)));
            }
            int quotaIndex = writes.size();
            writes.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(Map.of("pk", s(quotaKey)))
                    .updateExpression("ADD #count :one SET expiresAt = :expires")
                    .conditionExpression("attribute_not_exists(pk) OR #count < :limit")
                    .expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":limit", n(filing.policy().dailyLimit()),
                            ":expires", n(filing.countersExpireAt().getEpochSecond())))).build());
            writes.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(Map.of("pk", s(targetKey)))
                    .updateExpression("ADD #count :one SET expiresAt = :expires")
                    .conditionExpression(seen == 0 ? "attribute_not_exists(pk)" : "#count = :seen")
                    .expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(seen == 0
                            ? Map.of(":one", n(1), ":expires", n(filing.countersExpireAt().getEpochSecond()))
                            : Map.of(":one", n(1), ":seen", n(seen), ":expires", n(filing.countersExpireAt().getEpochSecond()))))
                    .build());
            try {
                dynamoDb.transactWriteItems(t -> t.transactItems(writes));
                return new FilingOutcome.Stored(stored);
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (reasons.stream().anyMatch(r -> CONDITION_FAILED.equals(r.code()))) {
                    // The idempotency key first: it names the exact request being retried.
                    Optional<Report> original = idempotencyKey == null ? Optional.empty() : liveGuardReport(idempotencyKey, now);
                    if (original.isEmpty()) {
                        original = liveGuardReport(dedupeKey, now);
                    }
                    if (original.isPresent()) {
                        return new FilingOutcome.Duplicate(original.get());
                    }
                    if (reasons.size() > quotaIndex && CONDITION_FAILED.equals(reasons.get(quotaIndex).code())) {
                        return new FilingOutcome.QuotaExceeded();
                    }
                }
                // The tally moved under us, or a concurrent transaction conflicted: read again and retry.
                if (attempt >= TransactionBackoff.MAX_ATTEMPTS) {
                    throw e;
                }
                TransactionBackoff.pause(attempt);
            }
        }
    }

    private static final String GUARD_ABSENT = "attribute_not_exists(pk) OR expiresAt <= :now";

    @Override
    public Optional<Report> find(String reportId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table)
                .key(Map.of("pk", s(ReportKeys.report(reportId)))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toReport(item));
    }

    @Override
    public ResolveOutcome resolve(String reportId, Resolution resolution) {
        Map<String, String> names = new HashMap<>(Map.of("#status", "status"));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":received", s(ReportStatus.RECEIVED.code()));
        values.put(":status", s(resolution.outcome().status().code()));
        values.put(":resolver", s(resolution.resolverId()));
        values.put(":at", s(resolution.resolvedAt().toString()));
        StringBuilder update = new StringBuilder("SET #status = :status, resolverId = :resolver, resolvedAt = :at");
        if (resolution.category() != null) {
            update.append(", resolvedCategory = :category");
            values.put(":category", s(resolution.category().name()));
        }
        if (resolution.offenderId() != null) {
            update.append(", offenderId = :offender");
            values.put(":offender", s(resolution.offenderId()));
        }
        try {
            Map<String, AttributeValue> item = dynamoDb.updateItem(u -> u.tableName(table)
                    .key(Map.of("pk", s(ReportKeys.report(reportId))))
                    .updateExpression(update.toString())
                    .conditionExpression("attribute_exists(pk) AND #status = :received")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return new ResolveOutcome.Resolved(toReport(item));
        } catch (ConditionalCheckFailedException e) {
            return find(reportId).<ResolveOutcome>map(ResolveOutcome.AlreadyResolved::new)
                    .orElseGet(ResolveOutcome.NotFound::new);
        }
    }

    private Optional<Report> liveGuardReport(String guardKey, long now) {
        Map<String, AttributeValue> guard = dynamoDb.getItem(g -> g.tableName(table)
                .key(Map.of("pk", s(guardKey))).consistentRead(true)).item();
        if (guard == null || guard.isEmpty() || Long.parseLong(guard.get("expiresAt").n()) <= now) {
            return Optional.empty();
        }
        String reportId = guard.get("reportId").s();
        // The guard and its report were written in one transaction, and reports never expire.
        return Optional.of(find(reportId).orElseThrow(() -> new IllegalStateException(guardKey + " names " + reportId + ", which is missing")));
    }

    private long count(String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table)
                .key(Map.of("pk", s(key))).consistentRead(true)).item();
        return item == null || !item.containsKey("count") ? 0 : Long.parseLong(item.get("count").n());
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(p -> {
            p.tableName(table).item(item).conditionExpression(condition);
            if (!values.isEmpty()) {
                p.expressionAttributeValues(values);
            }
        }).build();
    }

    private static Map<String, AttributeValue> nowValue(long now) {
        return Map.of(":now", n(now));
    }

    private static Map<String, AttributeValue> guard(String key, String reportId, Instant expiresAt) {
        return Map.of("pk", s(key), "reportId", s(reportId), "expiresAt", n(expiresAt.getEpochSecond()));
    }

    /** The report item: docs/architecture.md names every attribute (the notifier reads them). */
    static Map<String, AttributeValue> reportItem(Report report) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(ReportKeys.report(report.reportId())));
        item.put("recordType", s("report"));
        item.put("reportId", s(report.reportId()));
        item.put("reporterId", s(report.reporterId()));
        item.put("targetType", s(report.target().type().code()));
        item.put("targetId", s(report.target().id()));
        item.put("category", s(report.category().name()));
        if (report.detail() != null) {
            item.put("detail", s(report.detail()));
        }
        item.put("receivedAt", s(report.receivedAt().toString()));
        item.put("priority", s(report.priority().code()));
        item.put("targetReportCount", n(report.targetReportCount()));
        item.put("status", s(report.status().code()));
        return item;
    }

    static Report toReport(Map<String, AttributeValue> item) {
        Resolution resolution = null;
        ReportStatus status = ReportStatus.fromCode(item.get("status").s());
        if (status != ReportStatus.RECEIVED) {
            resolution = new Resolution(
                    status == ReportStatus.CONFIRMED ? ResolutionOutcome.CONFIRMED : ResolutionOutcome.DISMISSED,
                    item.containsKey("resolvedCategory") ? ReportCategory.valueOf(item.get("resolvedCategory").s()) : null,
                    item.get("resolverId").s(),
                    item.containsKey("offenderId") ? item.get("offenderId").s() : null,
                    Instant.parse(item.get("resolvedAt").s()));
        }
        return new Report(item.get("reportId").s(), item.get("reporterId").s(),
                new Subject(SubjectType.fromCode(item.get("targetType").s()).orElseThrow(), item.get("targetId").s()),
                ReportCategory.valueOf(item.get("category").s()),
                item.containsKey("detail") ? item.get("detail").s() : null,
                Instant.parse(item.get("receivedAt").s()),
                Priority.fromCode(item.get("priority").s()),
                Long.parseLong(item.get("targetReportCount").n()),
                resolution);
    }


    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
