package dev.marketguard.functions.screening;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.marketguard.aws.api.ApiException;
import dev.marketguard.aws.api.ApiGateway;
import dev.marketguard.aws.api.ApiRequests;
import dev.marketguard.aws.api.ApiResponses;
import dev.marketguard.aws.config.AwsClients;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.aws.screening.DynamoDbScreeningStore;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.screening.ReviewConflictException;
import dev.marketguard.core.screening.ReviewQueuePage;
import dev.marketguard.core.screening.ReviewResult;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.ScreeningNotFoundException;
import dev.marketguard.core.screening.ScreeningService;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.validation.FieldError;
import dev.marketguard.core.validation.InvalidInputException;
import dev.marketguard.functions.screening.ScreeningRequests.ReviewRequest;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * PostingScreeningFunction: screens postings and messages, lists the review queue, records staff
 * decisions (DESIGN.md section 5). Thin: route, parse, call {@link ScreeningService}, render.
 */
public class ScreeningApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    static final String FUNCTION = "posting-screening";
    static final String DECISIONS_METRIC = "Decisions";
    static final int MAX_ID_LENGTH = 128;

    private final ScreeningService service;
    private final MetricsLogger metrics;
    /** Held here: the CRaC context may keep its resources only weakly. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private final SnapStartPriming priming;

    /** Lambda's entry: configuration from the environment template.yaml sets. */
    public ScreeningApiHandler() {
        this(AwsEnvironment.fromSystem());
    }

    /** The function as deployed, against the tables {@code env} names (emulator tests pass the stack's). */
    public ScreeningApiHandler(AwsEnvironment env) {
        this(service(env), MetricsLogger.toStdout(env.optional("METRICS_NAMESPACE").orElse("marketguard"), FUNCTION), env);
    }

    /** Over any service, e.g. in-memory stores for unit tests and the local server; EMF metrics to stdout. */
    public ScreeningApiHandler(ScreeningService service) {
        this(service, MetricsLogger.toStdout("marketguard", FUNCTION));
    }

    public ScreeningApiHandler(ScreeningService service, MetricsLogger metrics) {
        this.service = service;
        this.metrics = metrics;
        this.priming = null;
    }

    private ScreeningApiHandler(ScreeningService service, MetricsLogger metrics, AwsEnvironment env) {
        this.service = service;
        this.metrics = metrics;
        this.priming = SnapStartPriming.primeOrRegister(service.screener(), env);
    }

    private static ScreeningService service(AwsEnvironment env) {
        DynamoDbClient dynamoDb = AwsClients.dynamoDb(env);
        return new ScreeningService(
                ScreeningEngine.load(Thresholds.fromEnvironment(env.variables())),
                new DynamoDbScreeningStore(dynamoDb, env.required("SCREENINGS_TABLE")),
                new DynamoDbViolationLedger(dynamoDb, env.required("VIOLATIONS_TABLE")));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LambdaLogger logger = context.getLogger();
        return ApiGateway.respond(logger, () -> {
            Router.Route route = Router.route(event);
            try {
                return switch (route.endpoint()) {
                    case SCREEN_POSTING -> screen(ScreeningRequests.posting(ApiRequests.jsonObjectBody(event)), logger);
                    case SCREEN_MESSAGE -> screen(ScreeningRequests.message(ApiRequests.jsonObjectBody(event)), logger);
                    case REVIEW_QUEUE -> reviewQueue(event);
                    case REVIEW_DECISION -> review(route.parameter("screeningId"), event, logger);
                };
            } catch (ScreeningNotFoundException e) {
                throw ApiException.notFound(e.getMessage());
            } catch (ReviewConflictException e) {
                throw ApiException.conflict(e.getMessage());
            }
        });
    }

    private APIGatewayProxyResponseEvent screen(Submission submission, LambdaLogger logger) {
        Screening verdict = service.screen(submission);
        Set<ViolationCategory> categories = verdict.categories();
        logger.log("screened " + verdict.subject().key() + ": " + verdict.decision().code() + " " + categories
                + " screeningId=" + verdict.screeningId(), LogLevel.INFO);
        if (categories.isEmpty()) {
            metrics.count(DECISIONS_METRIC, Map.of("Category", "NONE", "Decision", verdict.decision().code()));
        }
        for (ViolationCategory category : categories) {
            metrics.count(DECISIONS_METRIC, Map.of("Category", category.name(), "Decision", verdict.decision().code()));
        }
        return ApiResponses.json(200, ScreeningViews.verdict(verdict));
    }

    private APIGatewayProxyResponseEvent reviewQueue(APIGatewayProxyRequestEvent event) {
        int limit = ApiRequests.queryParameter(event, "limit").map(ScreeningApiHandler::limit).orElse(ScreeningService.DEFAULT_PAGE_SIZE);
        String cursor = ApiRequests.queryParameter(event, "cursor").orElse(null);
        ReviewQueuePage page = service.reviewQueue(limit, cursor);
        return ApiResponses.json(200, ScreeningViews.queue(page));
    }

    private APIGatewayProxyResponseEvent review(String screeningId, APIGatewayProxyRequestEvent event, LambdaLogger logger) {
        ReviewRequest request = ScreeningRequests.review(ApiRequests.jsonObjectBody(event));
        if (screeningId == null || screeningId.isEmpty() || screeningId.length() > MAX_ID_LENGTH) {
            // never a key DynamoDB would reject: such an id cannot exist
            throw new ScreeningNotFoundException(String.valueOf(screeningId));
        }
        ReviewResult result = service.review(screeningId, request.outcome(), request.category(), request.reviewerId());
        logger.log("review of " + screeningId + " by " + request.reviewerId() + ": " + request.outcome().code()
                + " established " + result.established().entrySet().stream()
                .map(e -> e.getKey() + (e.getValue().counted() ? "(counted)" : "(already counted)"))
                .collect(Collectors.joining(", ", "[", "]")), LogLevel.INFO);
        return ApiResponses.json(200, ScreeningViews.reviewed(result));
    }

    private static int limit(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("the request has invalid fields", List.of(
                    new FieldError("limit", "must be a whole number from 1 to " + ScreeningService.MAX_PAGE_SIZE)));
        }
    }
}
