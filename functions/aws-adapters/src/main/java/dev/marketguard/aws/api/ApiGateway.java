package dev.marketguard.aws.api;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.marketguard.core.validation.InvalidInputException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one API call and maps failures: client errors to their 4xx, a failing dependency
 * (DynamoDB, SNS) to 503. A 500 is left only for bugs, and those are logged with the request id.
 */
public final class ApiGateway {
    private ApiGateway() {
    }

    public static APIGatewayProxyResponseEvent respond(LambdaLogger logger, Supplier<APIGatewayProxyResponseEvent> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            return ApiResponses.error(e);
        } catch (InvalidInputException e) {
            return ApiResponses.error(ApiException.invalid(e.getMessage(), e.fields()));
        } catch (SdkException e) {
            logger.log("dependency failed: " + e, LogLevel.ERROR);
            return ApiResponses.error(ApiException.unavailable("a dependency is unavailable; nothing was changed, try again"));
        } catch (RuntimeException e) {
            logger.log("unexpected failure: " + e, LogLevel.ERROR);
            return ApiResponses.error(new ApiException(500, "internal_error", "unexpected error", java.util.List.of(), java.util.Map.of()));
        }
    }
}
