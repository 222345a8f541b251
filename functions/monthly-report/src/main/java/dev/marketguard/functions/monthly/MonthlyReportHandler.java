package dev.marketguard.functions.monthly;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.config.AwsClients;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.json.Json;
import dev.marketguard.aws.monthly.DynamoDbMonthlyReportStore;
import dev.marketguard.aws.monthly.MonthlyReportJson;
import dev.marketguard.aws.monthly.SnsReportPublisher;
import dev.marketguard.core.monthly.Breakdown;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.MonthlyReportPage;
import dev.marketguard.core.monthly.MonthlyReportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * MonthlyReportFunction (template.yaml): one function for the EventBridge Scheduler run on the
 * 1st, manual runs, and GET /monthly-reports/{month}. It reads the event as JSON and dispatches
 * on its shape: an API Gateway proxy event has an {@code httpMethod}; anything else is a job run.
 */
public class MonthlyReportHandler implements RequestStreamHandler, Resource {
    static final String FUNCTION = "monthly-report";

    private final MonthlyReportApi api;
    private final MonthlyReportJob job;

    /** The Lambda runtime's constructor: configuration from template.yaml's environment. */
    public MonthlyReportHandler() {
        this(AwsEnvironment.fromSystem());
        // SnapStart: warm the JSON and page code before the snapshot (see beforeCheckpoint).
        Core.getGlobalContext().register(this);
    }

    public MonthlyReportHandler(AwsEnvironment env) {
        this(service(env, Clock.systemUTC()));
    }

    /** Runs on any service: the local {@code marketguard} command passes one on in-memory stores. */
    public MonthlyReportHandler(MonthlyReportService service) {
        this.api = new MonthlyReportApi(service);
        this.job = new MonthlyReportJob(service);
    }

    /** The service on DynamoDB and SNS, as template.yaml configures them. */
    public static MonthlyReportService service(AwsEnvironment env, Clock clock) {
        DynamoDbClient dynamoDb = AwsClients.dynamoDb(env);
        return new MonthlyReportService(
                new DynamoDbViolationLedger(dynamoDb, env.required("VIOLATIONS_TABLE")),
                new DynamoDbMonthlyReportStore(dynamoDb, env.required("MONTHLY_REPORTS_TABLE")),
                new SnsReportPublisher(AwsClients.sns(env), env.required("MONTHLY_REPORT_TOPIC_ARN")),
                new ReportedViolationsMetric(env.optional("METRICS_NAMESPACE").orElse("marketguard"), FUNCTION, System.out, clock),
                clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        LambdaLogger logger = context == null ? StderrLogger.INSTANCE : context.getLogger();
        JsonNode event = readEvent(input);
        JsonNode result = event.has("httpMethod")
                ? response(api.handle(Json.MAPPER.treeToValue(event, APIGatewayProxyRequestEvent.class), logger))
                : job.run(event, logger);
        Json.MAPPER.writeValue(output, result);
    }

    private static JsonNode readEvent(InputStream input) throws IOException {
        try {
            JsonNode event = Json.MAPPER.readTree(input);
            if (event == null || !event.isObject()) {
                throw new IllegalArgumentException("the event must be a JSON object");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The proxy integration's response shape; written by hand so no null fields reach API Gateway. */
    private static ObjectNode response(APIGatewayProxyResponseEvent response) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("statusCode", response.getStatusCode());
        ObjectNode headers = json.putObject("headers");
        response.getHeaders().forEach(headers::put);
        json.put("body", response.getBody());
        json.put("isBase64Encoded", false);
        return json;
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        MonthlyReport sample = MonthlyReport.unpublished(YearMonth.of(2018, 12), Breakdown.empty(), Instant.EPOCH, "warm-up");
        MonthlyReportJson.toJson(sample).toString();
        MonthlyReportPage.render(sample);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing to refresh: clients resolve credentials and connections on first use
    }

    /** Used outside Lambda (tests, local runs), where there is no Context to log to. */
    private static final class StderrLogger implements LambdaLogger {
        static final StderrLogger INSTANCE = new StderrLogger();

        @Override
        public void log(String message) {
            System.err.println(message);
        }

        @Override
        public void log(byte[] message) {
            System.err.println(new String(message, StandardCharsets.UTF_8));
        }
    }
}
