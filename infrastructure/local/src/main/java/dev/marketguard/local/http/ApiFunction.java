package dev.marketguard.local.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/** A Lambda proxy integration: what API Gateway invokes; every API handler's {@code handleRequest} fits. */
@FunctionalInterface
public interface ApiFunction {
    APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context);
}
