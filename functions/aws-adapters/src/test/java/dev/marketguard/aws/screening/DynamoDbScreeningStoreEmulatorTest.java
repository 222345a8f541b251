package dev.marketguard.aws.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.ScreeningFixtures;
import dev.marketguard.core.screening.ScreeningStore;
import dev.marketguard.core.screening.ScreeningStoreContract;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The store contract against the template's ScreeningsTable and its ReviewQueue index. */
@EmulatorTest
class DynamoDbScreeningStoreEmulatorTest extends ScreeningStoreContract {
    private DynamoDbScreeningStore store;
    private DynamoDbClient dynamoDb;
    private String table;

    @BeforeEach
    void setUp(DeployedStack stack) {
        dynamoDb = stack.dynamoDb();
        table = stack.tableName("ScreeningsTable");
        store = new DynamoDbScreeningStore(dynamoDb, table);
        // one stack per class: start every test from an empty table, as the contract expects
        dynamoDb.scanPaginator(s -> s.tableName(table)).items()
                .forEach(item -> dynamoDb.deleteItem(d -> d.tableName(table).key(Map.of("screeningId", item.get("screeningId")))));
    }

    @Override
    protected ScreeningStore store() {
        return store;
    }

    @Test
    void itemsFollowTheArchitectureContract() {
        store.insert(ScreeningFixtures.pending("s-item", T0));
        store.insert(ScreeningFixtures.blockedMessage("s-msg-item", T0));

        Map<String, AttributeValue> pending = item("s-item");
        assertThat(pending.keySet()).containsExactlyInAnyOrder("screeningId", "subjectType", "subjectId", "authorId", "decision",
                "violations", "warnings", "rulesetVersion", "screenedAt", "workStyle", "reviewStatus", "reviewQueue", "queuedAt");
        assertThat(pending.get("subjectType").s()).isEqualTo("posting");
        assertThat(pending.get("decision").s()).isEqualTo("review");
        assertThat(pending.get("reviewStatus").s()).isEqualTo("pending");
        assertThat(pending.get("reviewQueue").s()).isEqualTo("pending");
        assertThat(pending.get("screenedAt").s()).isEqualTo("2026-11-28T19:00:00.000+09:00");
        assertThat(pending.get("queuedAt").s()).isEqualTo("2026-11-28T19:00:00.000+09:00#s-item");
        assertThat(pending.get("violations").s()).isEqualTo("[{\"category\":\"UNCERTAIN_REWARD\",\"label\":\"報酬不確定\","
                + "\"rule\":\"reward.commission\",\"score\":0.6,\"evidence\":[{\"field\":\"body\",\"start\":5,\"end\":7,\"text\":\"歩合\"}]}]");

        Map<String, AttributeValue> message = item("s-msg-item");
        assertThat(message.get("subjectType").s()).isEqualTo("message");
        assertThat(message.get("phase").s()).isEqualTo("before_contract");
        assertThat(message.get("workStyle").s()).isEqualTo("competition");
        assertThat(message.get("reviewStatus").s()).isEqualTo("none");
        assertThat(message).doesNotContainKeys("reviewQueue", "queuedAt");
    }

    private Map<String, AttributeValue> item(String screeningId) {
        return dynamoDb.getItem(g -> g.tableName(table).key(Map.of("screeningId", AttributeValue.fromS(screeningId)))).item();
    }
}
