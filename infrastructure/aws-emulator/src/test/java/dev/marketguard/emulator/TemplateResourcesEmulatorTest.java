package dev.marketguard.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** Proves the emulator stack is template.yaml's: every table writes and reads, every topic delivers. */
@EmulatorTest
class TemplateResourcesEmulatorTest {

    @Test
    void everyDeclaredTableWritesAndReads(DeployedStack stack) {
        List<String> tables = stack.logicalIdsOfType("AWS::DynamoDB::Table");
        assertThat(tables).contains("ScreeningsTable", "ReportsTable", "ViolationsTable", "MonthlyReportsTable", "NotificationsTable");
        for (String logicalId : tables) {
            String name = stack.tableName(logicalId);
            TableDescription table = stack.dynamoDb().describeTable(b -> b.tableName(name)).table();
            Map<String, AttributeValue> item = new java.util.HashMap<>();
            for (KeySchemaElement key : table.keySchema()) {
                item.put(key.attributeName(), AttributeValue.fromS("probe-" + logicalId));
            }
            item.put("payload", AttributeValue.fromS("書き込みテスト"));
            stack.dynamoDb().putItem(b -> b.tableName(name).item(item));

            Map<String, AttributeValue> key = new java.util.HashMap<>(item);
            key.remove("payload");
            Map<String, AttributeValue> read = stack.dynamoDb().getItem(b -> b.tableName(name).key(key).consistentRead(true)).item();
            assertThat(read.get("payload").s()).as(logicalId).isEqualTo("書き込みテスト");
        }
    }

    @Test
    void streamsExistWhereTheTemplateDeclaresThem(DeployedStack stack) {
        for (String logicalId : List.of("ScreeningsTable", "ReportsTable", "ViolationsTable", "MonthlyReportsTable")) {
            assertThat(stack.streamArn(logicalId)).as(logicalId).startsWith("arn:aws:dynamodb:");
        }
    }

    @Test
    void reviewQueueIndexIsDeployed(DeployedStack stack) {
        TableDescription table = stack.dynamoDb().describeTable(b -> b.tableName(stack.tableName("ScreeningsTable"))).table();
        assertThat(table.globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("ReviewQueue");
    }

    @Test
    void everyDeclaredTopicDeliversToASubscribedQueue(DeployedStack stack) {
        for (String logicalId : stack.logicalIdsOfType("AWS::SNS::Topic")) {
            SqsInbox inbox = stack.subscribeQueue(logicalId, null);
            stack.sns().publish(b -> b.topicArn(stack.topicArn(logicalId)).subject("probe").message("配信テスト " + logicalId)
                    .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("probe").build())));
            List<JsonNode> received = inbox.await(1, Duration.ofSeconds(10));
            assertThat(received).as(logicalId).hasSize(1);
            assertThat(received.get(0).path("Message").asText()).isEqualTo("配信テスト " + logicalId);
            assertThat(received.get(0).path("MessageAttributes").path("kind").path("Value").asText()).isEqualTo("probe");
        }
    }

    @Test
    void supportQueueReceivesEverythingOnTheSupportTopic(DeployedStack stack) {
        stack.sns().publish(b -> b.topicArn(stack.topicArn("SupportTopic")).message("support queue probe"));
        List<JsonNode> received = new java.util.ArrayList<>();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (received.stream().noneMatch(n -> n.path("Message").asText().equals("support queue probe"))
                && java.time.Instant.now().isBefore(deadline)) {
            stack.sqs().receiveMessage(b -> b.queueUrl(stack.queueUrl("SupportQueue")).waitTimeSeconds(0)).messages()
                    .forEach(m -> received.add(readJson(m.body())));
        }
        assertThat(received).extracting(n -> n.path("Message").asText()).contains("support queue probe");
    }

    @Test
    void functionEnvironmentResolvesTheTemplatesRefs(DeployedStack stack) {
        Map<String, String> env = stack.functionEnvironment("PostingScreeningFunction");
        assertThat(env).containsEntry("SCREENINGS_TABLE", stack.tableName("ScreeningsTable"))
                .containsEntry("VIOLATIONS_TABLE", stack.tableName("ViolationsTable"))
                .containsEntry("AWS_ENDPOINT_URL", stack.endpoint().toString())
                .containsKey("REVIEW_THRESHOLD");
    }

    @Test
    void openCreatesAMissingStackOnceAndThenReusesIt(DeployedStack stack) throws java.io.IOException {
        String template = java.nio.file.Files.readString(DeployedStack.findTemplate());
        String name = "mg-open-" + java.util.UUID.randomUUID();
        try (DeployedStack created = DeployedStack.open(stack.endpoint(), name, template)) {
            created.dynamoDb().putItem(b -> b.tableName(created.tableName("ReportsTable"))
                    .item(Map.of("pk", AttributeValue.fromS("kept"))));
            try (DeployedStack reused = DeployedStack.open(stack.endpoint(), name, template)) {
                assertThat(reused.tableName("ReportsTable")).isEqualTo(created.tableName("ReportsTable"));
                assertThat(reused.topicArn("SupportTopic")).isEqualTo(created.topicArn("SupportTopic"));
                assertThat(reused.dynamoDb().getItem(b -> b.tableName(reused.tableName("ReportsTable"))
                        .key(Map.of("pk", AttributeValue.fromS("kept")))).hasItem()).isTrue();
            }
        }
    }

    @Test
    void streamEventSourcesAreTheTemplates(DeployedStack stack) {
        List<StreamEventSource> sources = stack.streamEventSources("SupportNotifierFunction");
        assertThat(sources).extracting(StreamEventSource::tableLogicalId)
                .containsExactly("ScreeningsTable", "ReportsTable", "ViolationsTable", "MonthlyReportsTable");
        assertThat(sources.get(0).batchSize()).isEqualTo(25);
        assertThat(sources.get(0).maximumRetryAttempts()).isEqualTo(5);
        assertThat(sources.get(1).filterPatterns()).containsExactly(
                "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"NewImage\":{\"recordType\":{\"S\":[\"report\"]}}}}");
    }

    private static JsonNode readJson(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
