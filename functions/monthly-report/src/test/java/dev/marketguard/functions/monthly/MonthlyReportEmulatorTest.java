package dev.marketguard.functions.monthly;

import static dev.marketguard.core.category.ViolationCategory.DIRECT_TRADING;
import static dev.marketguard.core.category.ViolationCategory.OTHER;
import static dev.marketguard.core.category.ViolationCategory.UNCERTAIN_REWARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.testing.MutableClock;
import dev.marketguard.core.violation.EstablishedViolation;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.EmulatorTest;
import dev.marketguard.emulator.SqsInbox;
import dev.marketguard.emulator.StreamTap;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The function against template.yaml's tables and topic in the emulator: the documented item is
 * stored and a month is published once, until its counts change. (Request counts with 10,000
 * violations: {@link MonthlyReportScaleEmulatorTest}.)
 */
@EmulatorTest
class MonthlyReportEmulatorTest {
    private DeployedStack stack;
    private final MutableClock clock = new MutableClock(OffsetDateTime.parse("2019-01-01T00:10:00+09:00").toInstant());
    private DynamoDbViolationLedger ledger;
    private MonthlyReportHandler handler;

    @BeforeEach
    void setUp(DeployedStack stack) {
        this.stack = stack;
        EmulatedFunction function = new EmulatedFunction(stack, clock);
        ledger = function.ledger;
        handler = function.handler;
    }

    @Test
    void storesTheReportAndPublishesTheMonthOnceUntilItsCountsChange() throws Exception {
        SqsInbox inbox = stack.subscribeQueue("MonthlyReportTopic", "{\"month\":[\"2018-11\"]}");
        StreamTap reports = stack.tapStream("MonthlyReportsTable");
        establish(DIRECT_TRADING, "p-n1", "2018-11-01T00:00:00+09:00");
        establish(DIRECT_TRADING, "p-n2", "2018-11-30T23:59:59+09:00");
        establish(OTHER, "p-n3", "2018-12-01T00:00:00+09:00");   // December in Tokyo

        Events.invoke(handler, "{\"month\":\"2018-11\"}");
        clock.advance(Duration.ofMinutes(5));
        JsonNode rerun = Events.invoke(handler, "{\"month\":\"2018-11\"}");

        List<JsonNode> messages = inbox.await(1, Duration.ofSeconds(10));
        messages.addAll(inbox.drain(Duration.ofSeconds(1)));
        assertThat(messages).hasSize(1);
        assertThat(rerun.path("published").asBoolean()).isFalse();
        JsonNode message = messages.get(0);
        assertThat(message.path("MessageAttributes").path("month").path("Value").asText()).isEqualTo("2018-11");
        JsonNode published = Json.MAPPER.readTree(message.path("Message").asText());
        assertThat(published.path("total").asLong()).isEqualTo(2);
        assertThat(published.path("generatedAt").asText()).isEqualTo("2019-01-01T00:10:00+09:00");

        Map<String, AttributeValue> item = reportItem("2018-11");
        assertThat(item.keySet()).containsExactlyInAnyOrder("month", "timeZone", "generatedAt", "total", "categories", "notice",
                "countsDigest", "publishedAt", "publishedDigest");
        assertThat(item.get("generatedAt").s()).isEqualTo("2019-01-01T00:15:00+09:00");   // the re-run updated it
        assertThat(item.get("publishedAt").s()).isEqualTo("2019-01-01T00:10:00+09:00");   // …and kept the publication
        assertThat(item.get("publishedDigest").s()).isEqualTo(item.get("countsDigest").s());
        JsonNode served = Json.MAPPER.readTree(Events.invoke(handler, Events.apiGet("api-get.json", "2018-11")).path("body").asText());
        assertThat(served.path("notice").asText()).isEqualTo(item.get("notice").s());

        // A violation established late for November changes the counts: publish again, once.
        establish(UNCERTAIN_REWARD, "p-n4", "2018-11-15T12:00:00+09:00");
        clock.advance(Duration.ofMinutes(5));
        assertThat(Events.invoke(handler, "{\"month\":\"2018-11\"}").path("published").asBoolean()).isTrue();
        Events.invoke(handler, "{\"month\":\"2018-11\"}");

        List<JsonNode> more = inbox.await(1, Duration.ofSeconds(10));
        more.addAll(inbox.drain(Duration.ofSeconds(1)));
        assertThat(more).hasSize(1);
        assertThat(Json.MAPPER.readTree(more.get(0).path("Message").asText()).path("total").asLong()).isEqualTo(3);
        assertThat(reportItem("2018-11").get("publishedAt").s()).isEqualTo("2019-01-01T00:20:00+09:00");

        // The support notifier announces a publication when publishedAt changes: twice for two publications.
        long publicationsInStream = reports.poll().stream()
                .filter(r -> "2018-11".equals(r.dynamodb().keys().get("month").s()))
                .filter(MonthlyReportEmulatorTest::publishedAtChanged)
                .count();
        assertThat(publicationsInStream).isEqualTo(2);
    }

    @Test
    void runsWithTheEnvironmentTemplateYamlGivesIt() throws Exception {
        MonthlyReportHandler deployed = new MonthlyReportHandler(new AwsEnvironment(stack.functionEnvironment("MonthlyReportFunction")));
        YearMonth previous = JstCalendar.previousMonth(Instant.now());

        JsonNode summary = Events.invoke(deployed, Events.load("schedule.json"));

        assertThat(summary.path("month").asText()).isEqualTo(JstCalendar.format(previous));
        JsonNode response = Events.invoke(deployed, Events.apiGet("api-get.json", JstCalendar.format(previous)));
        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.path("body").asText()).path("month").asText()).isEqualTo(JstCalendar.format(previous));
        assertThat(Events.invoke(deployed, Events.apiGet("api-get.json", "2000-01")).path("statusCode").asInt()).isEqualTo(404);
    }

    private static boolean publishedAtChanged(Record record) {
        Map<String, AttributeValue> before = record.dynamodb().oldImage() == null ? Map.of() : record.dynamodb().oldImage();
        Map<String, AttributeValue> after = record.dynamodb().newImage() == null ? Map.of() : record.dynamodb().newImage();
        return after.containsKey("publishedAt") && !after.get("publishedAt").equals(before.get("publishedAt"));
    }

    private Map<String, AttributeValue> reportItem(String month) {
        return stack.dynamoDb().getItem(g -> g.tableName(stack.tableName("MonthlyReportsTable"))
                .key(Map.of("month", AttributeValue.fromS(month))).consistentRead(true)).item();
    }

    private void establish(ViolationCategory category, String postingId, String jstTime) {
        ledger.establish(new EstablishedViolation(category, Subject.posting(postingId), "c-" + postingId, "screening",
                "s-" + postingId, OffsetDateTime.parse(jstTime).toInstant()));
    }

}
