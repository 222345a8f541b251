package dev.marketguard.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of the local API Gateway, with a recording function behind it. */
class LocalApiServerTest {
    private final AtomicReference<APIGatewayProxyRequestEvent> received = new AtomicReference<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalApiServer server;

    @BeforeEach
    void start() throws Exception {
        ApiFunction echo = (request, context) -> {
            received.set(request);
            return new APIGatewayProxyResponseEvent().withStatusCode(201)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Function", context.getFunctionName()))
                    .withBody("{\"ok\":\"はい\"}");
        };
        ApiFunction broken = (request, context) -> {
            throw new IllegalStateException("bug");
        };
        server = LocalApiServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), List.of(
                new Route("POST", "/screenings/{screeningId}/review", "Echo", echo),
                new Route("GET", "/screenings/review-queue", "Echo", echo),
                new Route("GET", "/broken", "Broken", broken)), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return server.uri().resolve(path);
    }

    @Test
    void passesTheRequestAsAProxyEventAndTheResponseBack() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/screenings/s%201/review?x=1&x=2&y=%E3%81%82"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"clean\",\"note\":\"確認済み\"}", StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"ok\":\"はい\"}");
        assertThat(response.headers().firstValue("X-Function")).contains("Echo");
        APIGatewayProxyRequestEvent event = received.get();
        assertThat(event.getHttpMethod()).isEqualTo("POST");
        assertThat(event.getResource()).isEqualTo("/screenings/{screeningId}/review");
        assertThat(event.getPath()).isEqualTo("/screenings/s 1/review");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("screeningId", "s 1"));
        assertThat(event.getQueryStringParameters()).isEqualTo(Map.of("x", "2", "y", "あ"));
        assertThat(event.getMultiValueQueryStringParameters()).containsEntry("x", List.of("1", "2"));
        assertThat(event.getHeaders()).containsEntry("Idempotency-key", "k-1");
        assertThat(event.getBody()).isEqualTo("{\"outcome\":\"clean\",\"note\":\"確認済み\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getRequestContext().getStage()).isEqualTo("local");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("POST /screenings/s%201/review?x=1&x=2&y=%E3%81%82 -> 201");
    }

    @Test
    void bytesThatAreNotUtf8ReachTheFunctionUnchangedAsBase64() throws Exception {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        send(HttpRequest.newBuilder(uri("/screenings/s1/review")).POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));

        assertThat(received.get().getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(received.get().getBody())).isEqualTo(latin1);
    }

    @Test
    void anUnknownPathIs404InTheApisErrorFormat() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/nothing/here")).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"not_found\"").contains("GET /nothing/here");
        assertThat(received.get()).isNull();
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithAllow() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/screenings/review-queue"))
                .DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
        assertThat(response.body()).contains("\"code\":\"method_not_allowed\"");
    }

    @Test
    void aFunctionThatThrowsIsA502AndTheServerKeepsServing() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/broken")).GET());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("\"code\":\"bad_gateway\"");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("IllegalStateException: bug");
        assertThat(send(HttpRequest.newBuilder(uri("/screenings/review-queue")).GET()).statusCode()).isEqualTo(201);
    }
}
