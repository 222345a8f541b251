package dev.marketguard.local.http;

import dev.marketguard.aws.lambda.InProcessContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marketguard.aws.api.ApiException;
import dev.marketguard.aws.api.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * API Gateway on localhost: routes each request to its function as a proxy-integration event and
 * writes the function's response back. What API Gateway itself would answer (no such route,
 * wrong method, a body beyond the gateway's limit) is answered here in the API's error format.
 */
public final class LocalApiServer implements AutoCloseable {
    /** API Gateway's own payload limit is 10 MB; the API's 64 KiB limit is the handlers' to enforce. */
    static final int GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService workers;
    private final List<Route> routes;
    private final PrintStream log;

    private LocalApiServer(HttpServer server, ExecutorService workers, List<Route> routes, PrintStream log) {
        this.server = server;
        this.workers = workers;
        this.routes = List.copyOf(routes);
        this.log = log;
    }

    /** Binds and starts serving; port 0 picks a free port ({@link #uri()} tells which). */
    public static LocalApiServer start(InetSocketAddress address, List<Route> routes, PrintStream log) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        // a few workers: requests run the handlers in-process, and a screening is CPU-bound
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "http-worker");
            thread.setDaemon(true);
            return thread;
        });
        LocalApiServer api = new LocalApiServer(server, workers, routes, log);
        server.createContext("/", api::handle);
        server.setExecutor(workers);
        server.start();
        return api;
    }

    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        int status;
        try (exchange) {
            APIGatewayProxyResponseEvent response = dispatch(exchange);
            status = write(exchange, response);
        }
        log.printf("%s %s -> %d (%d ms)%n", exchange.getRequestMethod(), exchange.getRequestURI(), status,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private APIGatewayProxyResponseEvent dispatch(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(rawPath);
            if (parameters.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(method)) {
                continue;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                return ApiResponses.error(new ApiException(413, "payload_too_large",
                        "the body is over the gateway's limit of " + GATEWAY_MAX_BODY_BYTES + " bytes", List.of(), Map.of()));
            }
            APIGatewayProxyRequestEvent event = ProxyEvents.toEvent(exchange, route, ProxyEvents.decode(parameters.get()), body);
            return invoke(route, event);
        }
        if (pathKnown) {
            String allowed = String.join(", ", routes.stream().filter(r -> r.match(rawPath).isPresent()).map(Route::method).toList());
            return ApiResponses.error(new ApiException(405, "method_not_allowed",
                    method + " is not allowed here; use " + allowed, List.of(), Map.of("Allow", allowed)));
        }
        return ApiResponses.error(ApiException.notFound("no route for " + method + " " + exchange.getRequestURI().getPath()));
    }

    /** A handler that throws is a bug (API Gateway would answer 502); say so in the log, keep serving. */
    private APIGatewayProxyResponseEvent invoke(Route route, APIGatewayProxyRequestEvent event) {
        try {
            APIGatewayProxyResponseEvent response = route.function().handleRequest(event, InProcessContext.printingTo(route.functionName(), log));
            if (response == null || response.getStatusCode() == null) {
                throw new IllegalStateException(route.functionName() + " returned no status code");
            }
            return response;
        } catch (RuntimeException e) {
            log.println("[" + route.functionName() + "] failed on " + event.getHttpMethod() + " " + event.getPath() + ":");
            e.printStackTrace(log);
            return ApiResponses.error(new ApiException(502, "bad_gateway", route.functionName() + " failed; see the server's log",
                    List.of(), Map.of()));
        }
    }

    private static int write(HttpExchange exchange, APIGatewayProxyResponseEvent response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, List.copyOf(values)));
        }
        String body = response.getBody();
        byte[] bytes = body == null ? new byte[0]
                : Boolean.TRUE.equals(response.getIsBase64Encoded()) ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode();
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        return status;
    }

    /** The body, or null when it is over the gateway's limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(GATEWAY_MAX_BODY_BYTES + 1);
        return bytes.length > GATEWAY_MAX_BODY_BYTES ? null : bytes;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
    }
}
