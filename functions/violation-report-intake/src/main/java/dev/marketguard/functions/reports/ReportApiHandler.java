package dev.marketguard.functions.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.marketguard.aws.api.ApiGateway;
import dev.marketguard.aws.api.ApiResponses;
import dev.marketguard.aws.config.AwsClients;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.aws.report.DynamoDbReportStore;
import dev.marketguard.core.report.ReportPolicy;
import dev.marketguard.core.report.ReportService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Lambda entry point of violation-report-intake (template.yaml: ViolationReportIntakeFunction):
 * {@code POST /reports} and {@code POST /reports/{reportId}/resolution}. Thin: routing and mapping
 * live in {@link ReportApi}, the rules in {@link ReportService}.
 */
public class ReportApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>, Resource {
    private static final String FUNCTION = "violation-report-intake";
    private static final LambdaLogger STDERR = new LambdaLogger() {
        @Override
        public void log(String message) {
            System.err.println(message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    };

    private final ReportApi api;
    private final DynamoDbClient dynamoDb;
    private final String reportsTable;

    /** Lambda: configuration from the environment template.yaml sets. */
    public ReportApiHandler() {
        this(AwsEnvironment.fromSystem());
    }

    /** DynamoDB-backed: REPORTS_TABLE, VIOLATIONS_TABLE, REPORT_DAILY_LIMIT (default 30), METRICS_NAMESPACE. */
    public ReportApiHandler(AwsEnvironment env) {
        this.dynamoDb = AwsClients.dynamoDb(env);
        this.reportsTable = env.required("REPORTS_TABLE");
        ReportService service = new ReportService(
                new DynamoDbReportStore(dynamoDb, reportsTable),
                new DynamoDbViolationLedger(dynamoDb, env.required("VIOLATIONS_TABLE")),
                ReportPolicy.withDailyLimit(env.intValue("REPORT_DAILY_LIMIT", ReportPolicy.DEFAULT_DAILY_LIMIT)),
                Clock.systemUTC());
        this.api = new ReportApi(service, MetricsLogger.toStdout(env.optional("METRICS_NAMESPACE").orElse("marketguard"), FUNCTION));
        Core.getGlobalContext().register(this);
    }

    /** Any backend (unit tests, the local in-memory server); metrics go to stdout. */
    public ReportApiHandler(ReportService service) {
        this.dynamoDb = null;
        this.reportsTable = null;
        this.api = new ReportApi(service, MetricsLogger.toStdout("marketguard", FUNCTION));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LambdaLogger logger = context == null ? STDERR : context.getLogger();
        return ApiGateway.respond(logger, () -> api.dispatch(event == null ? new APIGatewayProxyRequestEvent() : event));
    }

    /**
     * SnapStart priming, kept small: one request through routing, Jackson, validation and the error
     * body (the category is invalid on purpose, so nothing is written), one response serialised, and
     * one DynamoDB read so the SDK's marshalling and signing are loaded into the snapshot. The read
     * is best effort: priming must never fail a deployment.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        ApiGateway.respond(STDERR, () -> api.dispatch(new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/reports")
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"reporterId\":\"u-prime\",\"target\":{\"type\":\"posting\",\"id\":\"p-prime\"},"
                        + "\"category\":\"PRIMING\",\"detail\":\"連絡先はこちら\"}")));
        ApiResponses.json(202, Map.of("reportId", "priming", "receivedAt", ReportApi.apiTime(Instant.EPOCH)));
        if (dynamoDb != null) {
            try {
                dynamoDb.getItem(get -> get.tableName(reportsTable).key(Map.of("pk", AttributeValue.fromS("report#priming"))));
            } catch (SdkException unreachable) {
                STDERR.log("priming read failed (harmless): " + unreachable.getMessage());
            }
        }
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to reopen: the SDK's URL-connection client reconnects on demand.
    }
}
