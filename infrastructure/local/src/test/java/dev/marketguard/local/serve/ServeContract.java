package dev.marketguard.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.local.MarketguardProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every route of {@code marketguard serve --demo}, over HTTP against the jar running as a
 * process: the happy path and one bad input each. Subclasses start the server on a backend.
 *
 * <p>The server runs with template.yaml's default thresholds; the subjects below are clear cases
 * for the engine (a block, a review), so each route's outcome is known.
 */
abstract class ServeContract {
    private final HttpClient http = HttpClient.newHttpClient();

    /** The running server, started once per class. */
    abstract MarketguardProcess server();

    record Response(int status, JsonNode json, String body, HttpResponse<String> raw) {
    }

    Response post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server().uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Response get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(server().uri().resolve(path)).header("Accept", accept).GET());
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? Json.MAPPER.readTree(response.body()) : null;
        return new Response(response.statusCode(), json, response.body(), response);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static String thisMonth() {
        return JstCalendar.format(JstCalendar.monthOf(Instant.now()));
    }

    // ------------------------------------------------------------------ POST /screenings/postings

    @Test
    void screensAPosting() throws Exception {
        String id = unique("p");
        Response r = post("/screenings/postings", "{\"postingId\":\"" + id + "\",\"clientId\":\"c-1\",\"title\":\"テレアポ営業\","
                + "\"body\":\"固定報酬はなく、成約1件につき売上の10%をお支払いする歩合制です。\",\"workStyle\":\"project\","
                + "\"reward\":{\"type\":\"commission\"}}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().at("/subject/type").asText()).isEqualTo("posting");
        assertThat(r.json().at("/subject/id").asText()).isEqualTo(id);
        assertThat(r.json().path("decision").asText()).isEqualTo("block");
        assertThat(r.json().path("violations").findValuesAsText("category")).contains("UNCERTAIN_REWARD");
        assertThat(r.json().path("screeningId").asText()).isNotBlank();
    }

    @Test
    void aPostingWithoutItsIdIsA400NamingTheField() throws Exception {
        Response r = post("/screenings/postings", "{\"clientId\":\"c-1\",\"title\":\"t\",\"body\":\"b\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/fields").findValuesAsText("field")).contains("postingId");
    }

    // ------------------------------------------------------------------ POST /screenings/messages

    @Test
    void screensAMessageAndBlocksContactExchangeBeforeTheContract() throws Exception {
        String id = unique("m");
        Response r = post("/screenings/messages", "{\"messageId\":\"" + id + "\",\"senderId\":\"u-1\",\"recipientId\":\"u-2\","
                + "\"text\":\"続きはLINEでお願いします。ID: abc123 電話は090-1234-5678です\",\"phase\":\"before_contract\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().at("/subject/id").asText()).isEqualTo(id);
        assertThat(r.json().path("decision").asText()).isEqualTo("block");
        assertThat(r.json().path("violations").findValuesAsText("category")).contains("DIRECT_TRADING");
    }

    @Test
    void aMessageWithAnUnknownPhaseIsA400() throws Exception {
        Response r = post("/screenings/messages", "{\"messageId\":\"m-x\",\"senderId\":\"u-1\",\"recipientId\":\"u-2\","
                + "\"text\":\"こんにちは\",\"phase\":\"whenever\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/fields").findValuesAsText("field")).contains("phase");
    }

    // ------------------------------------------------------------------ review queue and decisions

    @Test
    void aReviewVerdictWaitsInTheQueueUntilStaffConfirmIt() throws Exception {
        // a paid blog review that says nothing about disclosure: for a person to judge
        Response verdict = post("/screenings/postings", "{\"postingId\":\"" + unique("p") + "\",\"clientId\":\"c-2\","
                + "\"title\":\"新作アプリの紹介記事（ブログ）\",\"body\":\"当社の家計簿アプリを1週間使ってみた感想を、ご自身のブログに"
                + "書いてください。良い点を中心にお願いします。記事1本2,000円です。\",\"reward\":{\"type\":\"per_unit\",\"amount\":2000}}");
        assertThat(verdict.json().path("decision").asText()).as(verdict.body()).isEqualTo("review");
        String screeningId = verdict.json().path("screeningId").asText();

        assertThat(queuedIds()).contains(screeningId);
        Response decided = post("/screenings/" + screeningId + "/review",
                "{\"outcome\":\"violation\",\"category\":\"STEALTH_MARKETING\",\"reviewerId\":\"staff-1\"}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(queuedIds()).doesNotContain(screeningId);
    }

    private java.util.List<String> queuedIds() throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Response page = get("/screenings/review-queue?limit=100" + (cursor == null ? "" : "&cursor="
                    + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8)), "application/json");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(item -> ids.add(item.path("screeningId").asText()));
            cursor = page.json().hasNonNull("nextCursor") ? page.json().path("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    @Test
    void aReviewQueuePageOfZeroIsA400() throws Exception {
        Response r = get("/screenings/review-queue?limit=0", "application/json");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/code").asText()).isEqualTo("invalid_request");
    }

    @Test
    void reviewingAnUnknownScreeningIsA404() throws Exception {
        Response r = post("/screenings/" + UUID.randomUUID() + "/review", "{\"outcome\":\"clean\",\"reviewerId\":\"staff-1\"}");

        assertThat(r.status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ reports and resolutions

    @Test
    void aReportIsAcceptedOnceAndItsRepeatReturnsTheSameId() throws Exception {
        String body = "{\"reporterId\":\"" + unique("u") + "\",\"target\":{\"type\":\"posting\",\"id\":\"p-123\"},"
                + "\"category\":\"DIRECT_TRADING\",\"detail\":\"LINEのIDが書かれています\"}";
        Response first = post("/reports", body, "Idempotency-Key", unique("key"));
        Response repeat = post("/reports", body);

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().path("reportId").asText()).isNotBlank();
        assertThat(first.json().has("receivedAt")).isTrue();
        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.json().path("reportId").asText()).isEqualTo(first.json().path("reportId").asText());
    }

    @Test
    void aReportWithAnUnknownCategoryIsA400() throws Exception {
        Response r = post("/reports", "{\"reporterId\":\"u-1\",\"target\":{\"type\":\"posting\",\"id\":\"p-1\"},\"category\":\"SPAM\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/fields").findValuesAsText("field")).contains("category");
    }

    @Test
    void supportResolvesAReport() throws Exception {
        Response filed = post("/reports", "{\"reporterId\":\"" + unique("u") + "\",\"target\":{\"type\":\"user\",\"id\":\""
                + unique("u") + "\"},\"category\":\"FRAUD\",\"detail\":\"前払いした報酬を持ち逃げされました\"}");
        Response resolved = post("/reports/" + filed.json().path("reportId").asText() + "/resolution",
                "{\"outcome\":\"confirmed\",\"category\":\"FRAUD\",\"resolverId\":\"support-1\"}");

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    }

    @Test
    void resolvingAnUnknownReportIsA404() throws Exception {
        Response r = post("/reports/" + UUID.randomUUID() + "/resolution",
                "{\"outcome\":\"dismissed\",\"category\":\"OTHER\",\"resolverId\":\"support-1\"}");

        assertThat(r.status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ monthly reports

    @Test
    void theDemoMonthShowsARealBreakdown() throws Exception {
        Response r = get("/monthly-reports/" + thisMonth(), "application/json");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("month").asText()).isEqualTo(thisMonth());
        assertThat(r.json().path("categories")).hasSize(7);
        assertThat(r.json().path("categories").get(0).path("category").asText()).isEqualTo("MULTI_LEVEL_MARKETING");
        // the demo's four confirmed reports alone count under DIRECT_TRADING, MULTI_LEVEL_MARKETING and OTHER (twice)
        assertThat(r.json().path("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(count(r.json(), "OTHER")).isGreaterThanOrEqualTo(2);
        assertThat(r.json().path("notice").asText()).contains("違反内訳");
    }

    @Test
    void theMonthlyPageIsHtmlWithAChartWhenAskedFor() throws Exception {
        Response r = get("/monthly-reports/" + thisMonth(), "text/html");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<svg").contains("直接取引");
    }

    @Test
    void aMalformedMonthIsA400() throws Exception {
        Response r = get("/monthly-reports/2026-13", "application/json");

        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void theMonthlyJobRunsByHandAndCountsWhatWasEstablished() throws Exception {
        post("/_local/monthly-run?month=" + thisMonth(), "");
        Response before = get("/monthly-reports/" + thisMonth(), "application/json");
        Response blocked = post("/screenings/messages", "{\"messageId\":\"" + unique("m") + "\",\"senderId\":\"" + unique("u")
                + "\",\"recipientId\":\"u-2\",\"text\":\"直接やり取りしましょう。メールは someone@example.com 電話は090-1234-5678\","
                + "\"phase\":\"before_contract\"}");
        assertThat(blocked.json().path("decision").asText()).as(blocked.body()).isEqualTo("block");

        Response run = post("/_local/monthly-run?month=" + thisMonth(), "");
        Response after = get("/monthly-reports/" + thisMonth(), "application/json");

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(count(after.json(), "DIRECT_TRADING")).isEqualTo(count(before.json(), "DIRECT_TRADING") + 1);
    }

    @Test
    void theMonthlyJobRefusesAMalformedMonth() throws Exception {
        Response r = post("/_local/monthly-run?month=12-2026", "");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/fields").findValuesAsText("field")).contains("month");
    }

    private static long count(JsonNode report, String category) {
        for (JsonNode c : report.path("categories")) {
            if (c.path("category").asText().equals(category)) {
                return c.path("count").asLong();
            }
        }
        throw new AssertionError("no " + category + " in " + report);
    }

    // ------------------------------------------------------------------ the gateway itself

    @Test
    void anUnknownRouteIsA404InTheApisErrorFormat() throws Exception {
        Response r = get("/screenings", "application/json");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().at("/error/code").asText()).isEqualTo("not_found");
    }
}
