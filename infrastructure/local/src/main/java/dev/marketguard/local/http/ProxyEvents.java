package dev.marketguard.local.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns an HTTP exchange into the API Gateway (REST, proxy integration) event a handler receives. */
final class ProxyEvents {
    private ProxyEvents() {
    }

    static APIGatewayProxyRequestEvent toEvent(HttpExchange exchange, Route route, Map<String, String> pathParameters, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiValueHeaders = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            headers.put(name, values.get(values.size() - 1));
            multiValueHeaders.put(name, List.copyOf(values));
        });
        Map<String, List<String>> multiValueQuery = query(exchange.getRequestURI().getRawQuery());
        Map<String, String> query = new LinkedHashMap<>();
        // API Gateway's single-value map keeps the last value of a repeated parameter
        multiValueQuery.forEach((name, values) -> query.put(name, values.get(values.size() - 1)));

        String requestId = UUID.randomUUID().toString();
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod(route.method())
                .withResource(route.resource())
                .withPath(exchange.getRequestURI().getPath())
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withMultiValueQueryStringParameters(multiValueQuery.isEmpty() ? null : multiValueQuery)
                .withHeaders(headers)
                .withMultiValueHeaders(multiValueHeaders)
                .withRequestContext(new ProxyRequestContext()
                        .withRequestId(requestId)
                        .withStage("local")
                        .withHttpMethod(route.method())
                        .withResourcePath(route.resource())
                        .withPath(exchange.getRequestURI().getPath())
                        .withIdentity(new RequestIdentity().withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())));
        if (body.length > 0) {
            // Text bodies travel as text, as through API Gateway; bytes that are not UTF-8 travel
            // base64-encoded so the handler sees exactly what the client sent (and can reject it).
            String text = utf8(body);
            if (text != null) {
                event.withBody(text).withIsBase64Encoded(false);
            } else {
                event.withBody(Base64.getEncoder().encodeToString(body)).withIsBase64Encoded(true);
            }
        } else {
            event.withIsBase64Encoded(false);
        }
        return event;
    }

    /** Path parameters arrive URL-decoded, as API Gateway gives them. */
    static Map<String, String> decode(Map<String, String> rawParameters) {
        Map<String, String> decoded = new LinkedHashMap<>();
        rawParameters.forEach((name, value) -> decoded.put(name, URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8)));
        return decoded;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
