package dev.marketguard.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** An SQS queue subscribed to an SNS topic: what a subscriber with that filter policy receives. */
public final class SqsInbox {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeployedStack stack;
    private final String queueUrl;

    private SqsInbox(DeployedStack stack, String queueUrl) {
        this.stack = stack;
        this.queueUrl = queueUrl;
    }

    static SqsInbox subscribe(DeployedStack stack, String topicArn, String filterPolicyJson) {
        String queueUrl = stack.sqs().createQueue(b -> b.queueName("inbox-" + UUID.randomUUID())).queueUrl();
        String queueArn = stack.sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        Map<String, String> attributes = new HashMap<>();
        if (filterPolicyJson != null) {
            attributes.put("FilterPolicy", filterPolicyJson);
        }
        stack.sns().subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn).attributes(attributes));
        return new SqsInbox(stack, queueUrl);
    }

    /**
     * Waits until at least {@code expected} notifications arrived (or the timeout passed), then
     * returns every one received so far, each as SNS wrote it (Subject, Message, MessageAttributes).
     */
    public List<JsonNode> await(int expected, Duration timeout) {
        List<JsonNode> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (received.size() < expected && Instant.now().isBefore(deadline)) {
            List<JsonNode> batch = receiveOnce();
            received.addAll(batch);
            if (batch.isEmpty()) {
                DeployedStack.sleep(Duration.ofMillis(100));
            }
        }
        return received;
    }

    /** Everything waiting now, after a short grace period for late deliveries. */
    public List<JsonNode> drain(Duration grace) {
        DeployedStack.sleep(grace);
        List<JsonNode> received = new ArrayList<>();
        List<JsonNode> batch;
        do {
            batch = receiveOnce();
            received.addAll(batch);
        } while (!batch.isEmpty());
        return received;
    }

    // No long polling: the emulator may serve one request at a time, and a waiting poll would stall it.
    private List<JsonNode> receiveOnce() {
        List<Message> messages = stack.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
        List<JsonNode> result = new ArrayList<>();
        for (Message message : messages) {
            try {
                result.add(JSON.readTree(message.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stack.sqs().deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        return result;
    }
}
