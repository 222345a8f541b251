package dev.marketguard.aws.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Decision;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.ReviewOutcome;
import dev.marketguard.core.screening.ReviewQueuePage;
import dev.marketguard.core.screening.ReviewStatus;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.ScreeningStore;
import dev.marketguard.core.screening.ScreeningTimes;
import dev.marketguard.core.screening.StaffReview;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * ScreeningsTable (docs/architecture.md): one item per verdict, keyed by screeningId. A pending
 * verdict carries {@code reviewQueue="pending"} and {@code queuedAt="<screenedAt>#<screeningId>"},
 * which put it in the sparse ReviewQueue index (oldest first); a staff decision removes both in
 * the same conditional update that records it, so two staff cannot both decide one verdict.
 */
public class DynamoDbScreeningStore implements ScreeningStore {
    public static final String REVIEW_QUEUE_INDEX = "ReviewQueue";
    private static final String PENDING = ReviewStatus.PENDING.code();

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbScreeningStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void insert(Screening screening) {
        dynamoDb.putItem(p -> p.tableName(table).item(toItem(screening))
                .conditionExpression("attribute_not_exists(screeningId)"));
    }

    @Override
    public Optional<Screening> find(String screeningId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(g -> g.tableName(table).key(key(screeningId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public ReviewQueuePage pendingReviews(int limit, String after) {
        // One item more than asked tells whether another page follows. A query page can also end
        // early at 1 MB, so keep reading until enough items or the end of the queue.
        List<Screening> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> exclusiveStart = startKey;
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":queue", s(PENDING));
            String condition = "reviewQueue = :queue";
            if (after != null) {
                condition += " AND queuedAt > :after";
                values.put(":after", s(after));
            }
            String keyCondition = condition;
            QueryResponse response = dynamoDb.query(q -> q.tableName(table).indexName(REVIEW_QUEUE_INDEX)
                    .keyConditionExpression(keyCondition).expressionAttributeValues(values)
                    .limit(limit + 1 - items.size()).exclusiveStartKey(exclusiveStart));
            response.items().forEach(item -> items.add(fromItem(item)));
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (startKey != null && items.size() <= limit);
        if (items.size() > limit) {
            List<Screening> page = items.subList(0, limit);
            return new ReviewQueuePage(page, page.get(limit - 1).queuePosition());
        }
        return new ReviewQueuePage(items, null);
    }

    @Override
    public boolean recordReview(String screeningId, StaffReview review) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", s(ReviewStatus.of(review.outcome()).code()));
        values.put(":reviewer", s(review.reviewerId()));
        values.put(":at", s(ScreeningTimes.format(review.reviewedAt())));
        values.put(":pending", s(PENDING));
        String set = "SET reviewStatus = :status, reviewerId = :reviewer, reviewedAt = :at";
        if (review.category() != null) {
            set += ", reviewCategory = :category";
            values.put(":category", s(review.category().name()));
        }
        String update = set + " REMOVE reviewQueue, queuedAt";
        return conditionally(() -> dynamoDb.updateItem(u -> u.tableName(table).key(key(screeningId))
                .updateExpression(update)
                .conditionExpression("attribute_exists(screeningId) AND reviewStatus = :pending")
                .expressionAttributeValues(values)));
    }

    @Override
    public boolean withdrawReview(String screeningId, StaffReview review) {
        Optional<Screening> current = find(screeningId);
        if (current.isEmpty()) {
            return false;
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pending", s(PENDING));
        values.put(":position", s(current.get().queuePosition()));
        values.put(":status", s(ReviewStatus.of(review.outcome()).code()));
        values.put(":reviewer", s(review.reviewerId()));
        values.put(":at", s(ScreeningTimes.format(review.reviewedAt())));
        return conditionally(() -> dynamoDb.updateItem(u -> u.tableName(table).key(key(screeningId))
                .updateExpression("SET reviewStatus = :pending, reviewQueue = :pending, queuedAt = :position "
                        + "REMOVE reviewerId, reviewedAt, reviewCategory")
                .conditionExpression("reviewStatus = :status AND reviewerId = :reviewer AND reviewedAt = :at")
                .expressionAttributeValues(values)));
    }

    private static boolean conditionally(Runnable update) {
        try {
            update.run();
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    static Map<String, AttributeValue> toItem(Screening screening) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("screeningId", s(screening.screeningId()));
        item.put("subjectType", s(screening.subject().type().code()));
        item.put("subjectId", s(screening.subject().id()));
        item.put("authorId", s(screening.authorId()));
        item.put("decision", s(screening.decision().code()));
        item.put("violations", s(json(ScreeningJson.violations(screening.violations()))));
        item.put("warnings", s(json(ScreeningJson.warnings(screening.assessment().warnings()))));
        item.put("rulesetVersion", s(screening.assessment().rulesetVersion()));
        item.put("screenedAt", s(ScreeningTimes.format(screening.screenedAt())));
        item.put("workStyle", s(screening.workStyle().code()));
        if (screening.phase() != null) {
            item.put("phase", s(screening.phase().code()));
        }
        item.put("reviewStatus", s(screening.reviewStatus().code()));
        if (screening.reviewStatus() == ReviewStatus.PENDING) {
            item.put("reviewQueue", s(PENDING));
            item.put("queuedAt", s(screening.queuePosition()));
        }
        StaffReview review = screening.review();
        if (review != null) {
            item.put("reviewerId", s(review.reviewerId()));
            item.put("reviewedAt", s(ScreeningTimes.format(review.reviewedAt())));
            if (review.category() != null) {
                item.put("reviewCategory", s(review.category().name()));
            }
        }
        return item;
    }

    static Screening fromItem(Map<String, AttributeValue> item) {
        try {
            Assessment assessment = new Assessment(
                    Decision.valueOf(text(item, "decision").toUpperCase(Locale.ROOT)),
                    ScreeningJson.parseViolations(Json.MAPPER.readTree(text(item, "violations"))),
                    ScreeningJson.parseWarnings(Json.MAPPER.readTree(text(item, "warnings"))),
                    text(item, "rulesetVersion"));
            ReviewStatus status = ReviewStatus.fromCode(text(item, "reviewStatus"));
            StaffReview review = null;
            if (status == ReviewStatus.VIOLATION || status == ReviewStatus.CLEAN) {
                review = new StaffReview(
                        status == ReviewStatus.VIOLATION ? ReviewOutcome.VIOLATION : ReviewOutcome.CLEAN,
                        item.containsKey("reviewCategory") ? ViolationCategory.valueOf(text(item, "reviewCategory")) : null,
                        text(item, "reviewerId"), ScreeningTimes.parse(text(item, "reviewedAt")));
            }
            return new Screening(text(item, "screeningId"),
                    new Subject(SubjectType.fromCode(text(item, "subjectType")).orElseThrow(), text(item, "subjectId")),
                    text(item, "authorId"),
                    WorkStyle.fromCode(text(item, "workStyle")).orElseThrow(),
                    item.containsKey("phase") ? Phase.fromCode(text(item, "phase")).orElseThrow() : null,
                    assessment, ScreeningTimes.parse(text(item, "screenedAt")), status, review);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("screening item " + item.get("screeningId") + " holds invalid JSON", e);
        }
    }

    private static String json(Object node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("screening item " + item.get("screeningId") + " lacks " + name);
        }
        return value.s();
    }

    private static Map<String, AttributeValue> key(String screeningId) {
        return Map.of("screeningId", s(screeningId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
