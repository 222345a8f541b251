package dev.marketguard.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * template.yaml's tables, topics and queues, deployed through the CloudFormation API of an
 * emulator, with clients pointed at it. One stack per test class keeps classes apart.
 */
public final class DeployedStack implements AutoCloseable {
    public static final Region REGION = Region.AP_NORTHEAST_1;
    private static final AtomicInteger STACKS = new AtomicInteger();
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);

    private final URI endpoint;
    private final TemplateResources template;
    private final Map<String, String> physicalIds = new LinkedHashMap<>();
    private final String stackName;
    private DynamoDbClient dynamoDb;
    private DynamoDbStreamsClient dynamoDbStreams;
    private SnsClient sns;
    private SqsClient sqs;

    private DeployedStack(URI endpoint, TemplateResources template, String stackName) {
        this.endpoint = endpoint;
        this.template = template;
        this.stackName = stackName;
    }

    /** Deploys the emulator-supported resources of the template.yaml found above the working directory. */
    public static DeployedStack deploy(URI endpoint, String nameHint) {
        try {
            TemplateResources template = new TemplateResources(CloudFormationYaml.read(findTemplate()));
            String stackName = ("mg-" + nameHint.replaceAll("[^A-Za-z0-9-]", "-") + "-" + STACKS.incrementAndGet());
            if (stackName.length() > 120) {
                stackName = stackName.substring(0, 120);
            }
            DeployedStack stack = new DeployedStack(endpoint, template, stackName);
            stack.create();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stack named {@code stackName}, created from {@code templateYaml} only if it does not
     * exist yet: what {@code marketguard serve} does against an emulator, so that its data
     * survives a restart of the command.
     */
    public static DeployedStack open(URI endpoint, String stackName, String templateYaml) {
        DeployedStack stack = new DeployedStack(endpoint,
                new TemplateResources(CloudFormationYaml.read(new java.io.StringReader(templateYaml))), stackName);
        try (CloudFormationClient cfn = stack.configure(CloudFormationClient.builder()).build()) {
            if (stack.exists(cfn)) {
                stack.readResources(cfn);
            } else {
                stack.create();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stack;
    }

    private boolean exists(CloudFormationClient cfn) {
        try {
            Stack existing = cfn.describeStacks(b -> b.stackName(stackName)).stacks().get(0);
            String status = existing.stackStatusAsString();
            if (!status.endsWith("_COMPLETE") || status.contains("ROLLBACK") || status.startsWith("DELETE")) {
                throw new IllegalStateException("stack " + stackName + " exists but is " + status + "; delete it or choose another name");
            }
            return true;
        } catch (software.amazon.awssdk.services.cloudformation.model.CloudFormationException e) {
            if (e.statusCode() == 400 && String.valueOf(e.getMessage()).contains("does not exist")) {
                return false;
            }
            throw e;
        }
    }

    static Path findTemplate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate) && Files.isDirectory(dir.resolve("functions"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
    }

    private void create() throws IOException {
        String body = new ObjectMapper().writeValueAsString(template.emulatorTemplate());
        try (CloudFormationClient cfn = configure(CloudFormationClient.builder()).build()) {
            cfn.createStack(b -> b.stackName(stackName).templateBody(body)
                    .parameters(template.parameters().keySet().stream()
                            .filter(name -> template.parameterDefault(name) != null)
                            .map(name -> Parameter.builder().parameterKey(name).parameterValue(template.parameterDefault(name)).build())
                            .toList()));
            Instant deadline = Instant.now().plus(DEPLOY_TIMEOUT);
            while (true) {
                Stack stack = cfn.describeStacks(b -> b.stackName(stackName)).stacks().get(0);
                String status = stack.stackStatusAsString();
                if (status.equals("CREATE_COMPLETE")) {
                    break;
                }
                if (status.contains("FAILED") || status.contains("ROLLBACK") || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("stack " + stackName + " ended " + status + ": " + stack.stackStatusReason());
                }
                sleep(Duration.ofMillis(200));
            }
            readResources(cfn);
        }
    }

    private void readResources(CloudFormationClient cfn) {
        for (StackResource resource : cfn.describeStackResources(b -> b.stackName(stackName)).stackResources()) {
            physicalIds.put(resource.logicalResourceId(), resource.physicalResourceId());
        }
        subscribeWhatTheEmulatorSkipped();
        for (String logicalId : TemplateResources.REQUIRED_TYPES.stream().flatMap(t -> template.logicalIdsOfType(t).stream()).toList()) {
            if (!physicalIds.containsKey(logicalId)) {
                throw new IllegalStateException("the emulator did not create " + logicalId);
            }
        }
    }

    /**
     * moto's CloudFormation does not model AWS::SNS::Subscription; make those subscriptions through
     * the SNS API with the template's own properties (protocol, endpoint, filter policy).
     */
    @SuppressWarnings("unchecked")
    private void subscribeWhatTheEmulatorSkipped() {
        for (String logicalId : template.logicalIdsOfType("AWS::SNS::Subscription")) {
            if (physicalIds.containsKey(logicalId)) {
                continue;
            }
            Map<String, Object> properties = (Map<String, Object>) template.resources().get(logicalId).get("Properties");
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String attribute : new String[] {"FilterPolicy", "FilterPolicyScope", "RawMessageDelivery"}) {
                if (properties.containsKey(attribute)) {
                    Object value = resolveValue(attribute, properties.get(attribute));
                    attributes.put(attribute, value instanceof String text ? text : toJson(value));
                }
            }
            String arn = sns().subscribe(b -> b.topicArn(resolve("TopicArn", properties.get("TopicArn")))
                    .protocol(resolve("Protocol", properties.get("Protocol")))
                    .endpoint(resolve("Endpoint", properties.get("Endpoint")))
                    .attributes(attributes)
                    .returnSubscriptionArn(true)).subscriptionArn();
            physicalIds.put(logicalId, arn);
        }
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public String stackName() {
        return stackName;
    }

    /** The physical id CloudFormation gave a resource: a table's name, a topic's ARN, a queue's URL. */
    public String physicalId(String logicalId) {
        String id = physicalIds.get(logicalId);
        if (id == null) {
            throw new IllegalArgumentException("no deployed resource " + logicalId + " (deployed: " + physicalIds.keySet() + ")");
        }
        return id;
    }

    public String tableName(String logicalId) {
        requireType(logicalId, "AWS::DynamoDB::Table");
        return physicalId(logicalId);
    }

    public String topicArn(String logicalId) {
        requireType(logicalId, "AWS::SNS::Topic");
        return physicalId(logicalId);
    }

    public String queueUrl(String logicalId) {
        requireType(logicalId, "AWS::SQS::Queue");
        return physicalId(logicalId);
    }

    public String streamArn(String tableLogicalId) {
        String arn = dynamoDb().describeTable(b -> b.tableName(tableName(tableLogicalId))).table().latestStreamArn();
        if (arn == null) {
            throw new IllegalStateException(tableLogicalId + " has no stream in template.yaml");
        }
        return arn;
    }

    /** All logical ids of a resource type the stack deployed, e.g. every table. */
    public java.util.List<String> logicalIdsOfType(String type) {
        return template.logicalIdsOfType(type);
    }

    /**
     * The environment template.yaml gives a function (Globals and its own variables, Refs
     * resolved to this stack), plus the endpoint, region and dummy credentials of the emulator.
     */
    public Map<String, String> functionEnvironment(String functionLogicalId) {
        Map<String, String> env = new LinkedHashMap<>();
        template.functionVariables(functionLogicalId).forEach((name, value) -> env.put(name, resolve(name, value)));
        env.put("AWS_ENDPOINT_URL", endpoint.toString());
        env.put("AWS_REGION", REGION.id());
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        return env;
    }

    private String resolve(String variable, Object value) {
        return String.valueOf(resolveValue(variable, value));
    }

    /** Resolves !Ref (resources and parameter defaults) and !GetAtt X.Arn of queues and topics. */
    private Object resolveValue(String variable, Object value) {
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1 && intrinsic.containsKey("Fn::GetAtt")) {
            java.util.List<?> target = (java.util.List<?>) intrinsic.get("Fn::GetAtt");
            String logicalId = (String) target.get(0);
            if ("Arn".equals(target.get(1)) && "AWS::SQS::Queue".equals(template.resourceType(logicalId))) {
                return sqs().getQueueAttributes(b -> b.queueUrl(physicalId(logicalId))
                        .attributeNames(software.amazon.awssdk.services.sqs.model.QueueAttributeName.QUEUE_ARN))
                        .attributes().get(software.amazon.awssdk.services.sqs.model.QueueAttributeName.QUEUE_ARN);
            }
            throw new IllegalStateException(variable + ": cannot resolve " + value + " in tests");
        }
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1 && intrinsic.containsKey("Ref")) {
            String ref = (String) intrinsic.get("Ref");
            if (physicalIds.containsKey(ref)) {
                return physicalIds.get(ref);
            }
            String parameter = template.parameterDefault(ref);
            if (parameter != null) {
                return parameter;
            }
            throw new IllegalStateException(variable + " refers to " + ref + ", which the emulator did not deploy");
        }
        if (value instanceof Map<?, ?>) {
            throw new IllegalStateException(variable + ": only literals, !Ref and !GetAtt X.Arn are resolved in tests, not " + value);
        }
        return value;
    }

    private void requireType(String logicalId, String type) {
        String actual = template.resourceType(logicalId);
        if (!type.equals(actual)) {
            throw new IllegalArgumentException(logicalId + " is a " + actual + ", not a " + type);
        }
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = configure(DynamoDbClient.builder()).build();
        }
        return dynamoDb;
    }

    public synchronized DynamoDbStreamsClient dynamoDbStreams() {
        if (dynamoDbStreams == null) {
            dynamoDbStreams = configure(DynamoDbStreamsClient.builder()).build();
        }
        return dynamoDbStreams;
    }

    public synchronized SnsClient sns() {
        if (sns == null) {
            sns = configure(SnsClient.builder()).build();
        }
        return sns;
    }

    public synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = configure(SqsClient.builder()).build();
        }
        return sqs;
    }

    /** Points any SDK client builder at the emulator. */
    public <B extends AwsClientBuilder<B, C>, C> B configure(B builder) {
        if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(UrlConnectionHttpClient.builder());
        }
        return builder.endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    /** Subscribes a new SQS queue to a topic of the stack, to observe what is published there. */
    public SqsInbox subscribeQueue(String topicLogicalId, String filterPolicyJson) {
        return SqsInbox.subscribe(this, topicArn(topicLogicalId), filterPolicyJson);
    }

    /** The DynamoDB stream event sources template.yaml gives a function (tables, batch sizes, filters). */
    public java.util.List<StreamEventSource> streamEventSources(String functionLogicalId) {
        return template.streamEventSources(functionLogicalId);
    }

    /** Reads a table's stream from its start, as the event source mapping would. */
    public StreamTap tapStream(String tableLogicalId) {
        return new StreamTap(dynamoDbStreams(), streamArn(tableLogicalId));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable client : new AutoCloseable[] {dynamoDb, dynamoDbStreams, sns, sqs}) {
            if (client != null) {
                try {
                    client.close();
                } catch (Exception ignored) {
                    // closing a test client cannot fail a test
                }
            }
        }
    }
}
