package dev.marketguard.aws.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestsTest {

    private static APIGatewayProxyRequestEvent post(String contentType, String body) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST").withBody(body);
        return contentType == null ? event : event.withHeaders(Map.of("content-TYPE", contentType));
    }

    private static int statusOf(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (ApiException e) {
            return e.status();
        }
    }

    @Test
    void readsAJsonObjectWhateverTheHeaderCase() {
        assertThat(ApiRequests.jsonObjectBody(post("application/json; charset=UTF-8", "{\"a\":\"日本語\"}")).get("a").asText())
                .isEqualTo("日本語");
        assertThat(ApiRequests.jsonObjectBody(post(null, "{}")).isObject()).isTrue();
    }

    @Test
    void answersEachKindOfBadBodyWithItsStatus() {
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("text/plain", "{}")))).isEqualTo(415);
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("application/json", "{\"a\":\"" + "x".repeat(64 * 1024) + "\"}")))).isEqualTo(413);
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("application/json", "{\"a\":")))).isEqualTo(400);
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("application/json", "[1,2]")))).isEqualTo(400);
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("application/json", "")))).isEqualTo(400);
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("application/json", null)))).isEqualTo(400);
    }

    @Test
    void measuresTheLimitInUtf8Bytes() {
        // 22,000 three-byte characters: under 64 Ki characters, over 64 KiB.
        String body = "{\"a\":\"" + "あ".repeat(22_000) + "\"}";
        assertThat(statusOf(() -> ApiRequests.jsonObjectBody(post("application/json", body)))).isEqualTo(413);
    }

    @Test
    void decodesBase64BodiesAndRejectsInvalidUtf8() {
        APIGatewayProxyRequestEvent encoded = post("application/json",
                Base64.getEncoder().encodeToString("{\"k\":1}".getBytes(StandardCharsets.UTF_8))).withIsBase64Encoded(true);
        assertThat(ApiRequests.jsonObjectBody(encoded).get("k").asInt()).isEqualTo(1);

        APIGatewayProxyRequestEvent invalid = post("application/json",
                Base64.getEncoder().encodeToString(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'})).withIsBase64Encoded(true);
        assertThatThrownBy(() -> ApiRequests.jsonObjectBody(invalid)).isInstanceOf(ApiException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void errorBodyFollowsTheDesign() {
        var response = ApiResponses.error(ApiException.invalid("bad", java.util.List.of(new dev.marketguard.core.validation.FieldError("title", "required"))));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).isEqualTo("{\"error\":{\"code\":\"invalid_request\",\"message\":\"bad\",\"fields\":[{\"field\":\"title\",\"message\":\"required\"}]}}");
        assertThat(ApiResponses.error(ApiException.tooManyRequests("slow down", 42)).getHeaders()).containsEntry("Retry-After", "42");
    }
}
