package dev.marketguard.integration;

import dev.marketguard.aws.lambda.InProcessContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.streams.StreamRecordConverter;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.StreamTap;
import dev.marketguard.functions.monthly.MonthlyReportHandler;
import dev.marketguard.functions.notifier.SupportNotifierHandler;
import dev.marketguard.functions.reports.ReportApiHandler;
import dev.marketguard.functions.screening.ScreeningApiHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The four functions of template.yaml, in-process, each built by its Lambda constructor from the
 * environment the template gives it, and wired to each other only through the deployed tables,
 * streams and topics: API calls go to the handlers as API Gateway proxy events, and
 * {@link #deliverStream} plays SupportNotifierFunction's event source mapping for a table (its
 * filter criteria and batch size from template.yaml, records converted by {@link StreamRecordConverter}).
 */
final class Marketplace {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTIFIER = "SupportNotifierFunction";

    private final DeployedStack stack;
    private final TemplateYaml template = TemplateYaml.load();
    private final InProcessContext context = InProcessContext.discarding("marketplace");
    private final Map<String, StreamTap> taps = new HashMap<>();
    private ScreeningApiHandler screening;
    private ReportApiHandler reports;
    private SupportNotifierHandler notifier;

    Marketplace(DeployedStack stack) {
        this.stack = stack;
    }

    TemplateYaml template() {
        return template;
    }

    AwsEnvironment environment(String functionLogicalId) {
        return new AwsEnvironment(stack.functionEnvironment(functionLogicalId));
    }

    // ------------------------------------------------------------------ PostingScreeningFunction

    private ScreeningApiHandler screening() {
        if (screening == null) {
            screening = new ScreeningApiHandler(environment("PostingScreeningFunction"));
        }
        return screening;
    }

    /** POST /screenings/postings; the verdict (200 asserted). */
    JsonNode screenPosting(String postingId, String clientId, String title, String body, String workStyle) {
        ObjectNode posting = JSON.createObjectNode().put("postingId", postingId).put("clientId", clientId)
                .put("title", title).put("body", body).put("workStyle", workStyle);
        return ok(200, screening().handleRequest(post("/screenings/postings", "/screenings/postings", Map.of(), posting), context));
    }

    /** POST /screenings/{screeningId}/review by staff; the reviewed verdict (200 asserted). */
    JsonNode review(String screeningId, ObjectNode decision) {
        return ok(200, screening().handleRequest(post("/screenings/{screeningId}/review", "/screenings/" + screeningId + "/review",
                Map.of("screeningId", screeningId), decision), context));
    }

    // ------------------------------------------------------------------ ViolationReportIntakeFunction

    private ReportApiHandler reports() {
        if (reports == null) {
            reports = new ReportApiHandler(environment("ViolationReportIntakeFunction"));
        }
        return reports;
    }

    /** POST /reports; the reportId (202 asserted). */
    String fileReport(String reporterId, String targetType, String targetId, String category, String detail) {
        ObjectNode report = JSON.createObjectNode().put("reporterId", reporterId).put("category", category).put("detail", detail);
        report.putObject("target").put("type", targetType).put("id", targetId);
        return ok(202, reports().handleRequest(post("/reports", "/reports", Map.of(), report), context)).get("reportId").asText();
    }

    /** POST /reports/{reportId}/resolution by support; the resolution (200 asserted). */
    JsonNode resolveReport(String reportId, ObjectNode resolution) {
        return ok(200, reports().handleRequest(post("/reports/{reportId}/resolution", "/reports/" + reportId + "/resolution",
                Map.of("reportId", reportId), resolution), context));
    }

    // ------------------------------------------------------------------ MonthlyReportFunction

    /**
     * MonthlyReportFunction as template.yaml configures it, on a clock of our choosing: the run
     * for a month is made after it ended, as the schedule does (00:10 JST on the 1st).
     */
    MonthlyReportHandler monthlyReportAt(Clock clock) {
        return new MonthlyReportHandler(MonthlyReportHandler.service(environment("MonthlyReportFunction"), clock));
    }

    static Clock firstOfMonthAfter(YearMonth month) {
        return Clock.fixed(month.plusMonths(1).atDay(1).atTime(0, 10).atZone(JstCalendar.TOKYO).toInstant(), ZoneOffset.UTC);
    }

    /** Invokes the stream handler with {@code event} as Lambda would (JSON in, JSON out). */
    JsonNode invoke(MonthlyReportHandler handler, JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, context);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET /monthly-reports/{month} with Accept: application/json, as API Gateway sends it. */
    static JsonNode monthlyReportRequest(YearMonth month) {
        APIGatewayProxyRequestEvent event = request("GET", "/monthly-reports/{month}", "/monthly-reports/" + month,
                Map.of("month", month.toString()), null).withHeaders(Map.of("Accept", "application/json"));
        return JSON.valueToTree(event);
    }

    // ------------------------------------------------------------------ SupportNotifierFunction

    private SupportNotifierHandler notifier() {
        if (notifier == null) {
            notifier = new SupportNotifierHandler(environment(NOTIFIER));
        }
        return notifier;
    }

    /** What one event source mapping did with a table's new stream records. */
    record Delivery(List<Record> read, List<Record> delivered) {
    }

    /** Starts reading a table's stream from its start (TRIM_HORIZON, as the mapping is configured). */
    void tap(String tableLogicalId) {
        taps.computeIfAbsent(tableLogicalId, stack::tapStream);
    }

    /**
     * SupportNotifierFunction's event source mapping for {@code tableLogicalId}: reads the stream's
     * new records, keeps those matching one of the mapping's filter patterns (template.yaml), and
     * invokes the notifier with them in batches of the mapping's BatchSize, asserting that no
     * record was reported failed.
     */
    Delivery deliverStream(String tableLogicalId) {
        tap(tableLogicalId);
        StreamTap tap = taps.get(tableLogicalId);
        TemplateYaml.StreamMapping mapping = template.streamMapping(NOTIFIER, tableLogicalId);
        List<EventFilterPattern> filters = mapping.filterPatterns().stream().map(EventFilterPattern::parse).toList();
        List<Record> read = tap.poll();
        List<Record> delivered = new ArrayList<>();
        for (Record record : read) {
            JsonNode json = EventFilterPattern.asLambdaJson(record, tap.streamArn());
            if (filters.isEmpty() || filters.stream().anyMatch(f -> f.matches(json))) {
                delivered.add(record);
            }
        }
        invokeNotifier(tableLogicalId, delivered);
        return new Delivery(read, delivered);
    }

    /** The mapping delivering the same records again, as Lambda does when it retries a batch. */
    void redeliver(String tableLogicalId, Delivery delivery) {
        invokeNotifier(tableLogicalId, delivery.delivered());
    }

    private void invokeNotifier(String tableLogicalId, List<Record> records) {
        int batchSize = template.streamMapping(NOTIFIER, tableLogicalId).batchSize();
        String streamArn = taps.get(tableLogicalId).streamArn();
        for (int from = 0; from < records.size(); from += batchSize) {
            List<Record> batch = records.subList(from, Math.min(records.size(), from + batchSize));
            DynamodbEvent event = StreamRecordConverter.toEvent(batch, streamArn);
            StreamsEventResponse response = notifier().handleRequest(event, context);
            assertThat(response.getBatchItemFailures()).as("records of %s the notifier failed", tableLogicalId).isEmpty();
        }
    }

    // ------------------------------------------------------------------ tables

    /** The ViolationsTable's counter of a JST month and category (0 when absent). */
    long violationCounter(YearMonth month, String category) {
        Map<String, AttributeValue> item = stack.dynamoDb().getItem(g -> g.tableName(stack.tableName("ViolationsTable")).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(JstCalendar.format(month)), "sk", AttributeValue.fromS("count#" + category)))).item();
        return item == null || item.isEmpty() ? 0 : Long.parseLong(item.get("count").n());
    }

    // ------------------------------------------------------------------ events

    private static APIGatewayProxyRequestEvent post(String resource, String path, Map<String, String> parameters, JsonNode body) {
        return request("POST", resource, path, parameters, body.toString())
                .withHeaders(Map.of("Content-Type", "application/json; charset=utf-8"));
    }

    private static APIGatewayProxyRequestEvent request(String method, String resource, String path, Map<String, String> parameters,
            String body) {
        APIGatewayProxyRequestEvent.ProxyRequestContext requestContext = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withResourcePath(resource).withHttpMethod(method).withStage("v1").withPath("/v1" + path)
                .withRequestId(java.util.UUID.randomUUID().toString());
        return new APIGatewayProxyRequestEvent().withResource(resource).withPath(path).withHttpMethod(method)
                .withPathParameters(parameters.isEmpty() ? null : new LinkedHashMap<>(parameters))
                .withRequestContext(requestContext).withBody(body).withIsBase64Encoded(false);
    }

    private static JsonNode ok(int expectedStatus, APIGatewayProxyResponseEvent response) {
        assertThat(response.getStatusCode()).as("status of %s", response.getBody()).isEqualTo(expectedStatus);
        return json(response.getBody());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SNS envelope's message attributes as name -> value. */
    static Map<String, String> attributes(JsonNode envelope) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        envelope.path("MessageAttributes").fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue().path("Value").asText()));
        return attributes;
    }

    /** The JSON document the notifier publishes for SQS subscribers. */
    static JsonNode document(JsonNode envelope) {
        return json(envelope.path("Message").asText());
    }
}
