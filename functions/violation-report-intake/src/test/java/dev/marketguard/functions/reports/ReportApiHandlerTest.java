package dev.marketguard.functions.reports;

import static dev.marketguard.functions.reports.Events.body;
import static dev.marketguard.functions.reports.Events.postReport;
import static dev.marketguard.functions.reports.Events.postResolution;
import static dev.marketguard.functions.reports.Events.report;
import static dev.marketguard.functions.reports.Events.sample;
import static dev.marketguard.functions.reports.Events.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryReportStore;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.report.FilingOutcome;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportFiling;
import dev.marketguard.core.report.ReportPolicy;
import dev.marketguard.core.report.ReportService;
import dev.marketguard.core.report.ReportStore;
import dev.marketguard.core.report.Resolution;
import dev.marketguard.core.report.ResolveOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class ReportApiHandlerTest {
    private static final String SAMPLE_REPORT_ID = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
    // 2026-11-28 23:59:00 JST
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T14:59:00Z"), ZoneOffset.UTC);
    private final InMemoryReportStore store = new InMemoryReportStore();
    private final InMemoryViolationLedger ledger = new InMemoryViolationLedger();
    private final ReportApiHandler handler = new ReportApiHandler(new ReportService(store, ledger, ReportPolicy.withDailyLimit(2), clock));

    private APIGatewayProxyResponseEvent call(APIGatewayProxyRequestEvent event) {
        return handler.handleRequest(event, null);
    }

    private static String errorFields(APIGatewayProxyResponseEvent response) {
        return StreamSupport.stream(body(response).path("error").path("fields").spliterator(), false)
                .map(f -> f.path("field").asText()).sorted().toList().toString();
    }

    @Test
    void theSampleEventIsStoredAndAnsweredWithOnlyTheIdAndTime() {
        APIGatewayProxyResponseEvent response = call(sample("post-report.json"));

        assertThat(response.getStatusCode()).isEqualTo(202);
        JsonNode body = body(response);
        assertThat(body.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("reportId", "receivedAt");
        assertThat(body.path("receivedAt").asText()).isEqualTo("2026-11-28T23:59:00.000+09:00");
        Report stored = store.find(body.path("reportId").asText()).orElseThrow();
        assertThat(stored.reporterId()).isEqualTo("u-5");
        assertThat(stored.detail()).isEqualTo("本文に「詳しくはLINEで」とあり、IDが書かれています。");
    }

    @Test
    void aBase64BodyWithAnIdempotencyKeyIsStoredOnceWhenRetried() {
        APIGatewayProxyResponseEvent first = call(sample("post-report-idempotency-key.json"));
        APIGatewayProxyResponseEvent retry = call(sample("post-report-idempotency-key.json"));

        assertThat(first.getStatusCode()).isEqualTo(202);
        assertThat(retry.getStatusCode()).isEqualTo(202);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(store.reports()).singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo("前払いしたのに納品されません"));
    }

    @Test
    void theSampleResolutionConfirmsAndCountsTheViolation() {
        ReportApiHandler fixedIds = new ReportApiHandler(new ReportService(store, ledger, ReportPolicy.defaults(), clock, () -> SAMPLE_REPORT_ID));
        assertThat(fixedIds.handleRequest(sample("post-report.json"), null).getStatusCode()).isEqualTo(202);

        APIGatewayProxyResponseEvent response = fixedIds.handleRequest(sample("post-resolution.json"), null);
        APIGatewayProxyResponseEvent again = fixedIds.handleRequest(sample("post-resolution.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).path("reportId").asText()).isEqualTo(SAMPLE_REPORT_ID);
        assertThat(body(response).path("outcome").asText()).isEqualTo("confirmed");
        assertThat(body(response).path("offenderId").asText()).isEqualTo("c-9");
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).isEqualTo(response.getBody());
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11))).containsEntry(ViolationCategory.DIRECT_TRADING, 1L);
        assertThat(ledger.offenderTotal("c-9")).isEqualTo(1);
    }

    @Test
    void aDifferentSecondResolutionConflictsAndAnUnknownReportIsNotFound() {
        String reportId = body(call(postReport(report("u-1", "posting", "p-1", "OTHER")))).path("reportId").asText();
        assertThat(call(postResolution(reportId, "{\"outcome\":\"dismissed\",\"resolverId\":\"staff-1\"}")).getStatusCode()).isEqualTo(200);

        APIGatewayProxyResponseEvent conflict = call(postResolution(reportId,
                "{\"outcome\":\"confirmed\",\"category\":\"OTHER\",\"resolverId\":\"staff-2\"}"));
        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(body(conflict).path("error").path("message").asText()).contains("dismissed");
        assertThat(ledger.monthlyCounts(YearMonth.of(2026, 11)).values()).containsOnly(0L);

        String body = "{\"outcome\":\"dismissed\",\"resolverId\":\"staff-1\"}";
        assertThat(call(postResolution("9a1b2c3d-0000-4000-8000-000000000000", body)).getStatusCode()).isEqualTo(404);
        assertThat(call(postResolution("not-a-report", body)).getStatusCode()).isEqualTo(404);
    }

    @Test
    void aResolutionIsValidatedFieldByField() {
        String reportId = body(call(postReport(report("u-1", "posting", "p-1", "OTHER")))).path("reportId").asText();

        APIGatewayProxyResponseEvent response = call(postResolution(reportId, "{\"outcome\":\"maybe\",\"category\":\"SPAM\",\"note\":1}"));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorFields(response)).isEqualTo("[category, note, outcome, resolverId]");

        APIGatewayProxyResponseEvent noCategory = call(postResolution(reportId, "{\"outcome\":\"confirmed\",\"resolverId\":\"staff-1\"}"));
        assertThat(noCategory.getStatusCode()).isEqualTo(400);
        assertThat(errorFields(noCategory)).isEqualTo("[category]");
        assertThat(store.find(reportId).orElseThrow().resolution()).isNull();
    }

    @Test
    void missingUnknownAndInvalidFieldsAreAllNamed() {
        APIGatewayProxyResponseEvent response = call(postReport(
                "{\"target\":{\"type\":\"job\",\"id\":\"p 1\",\"url\":\"x\"},\"category\":\"SPAM\",\"detail\":\"a\\u0007b\",\"extra\":true}"));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).path("error").path("code").asText()).isEqualTo("invalid_request");
        assertThat(errorFields(response)).isEqualTo("[category, detail, extra, reporterId, target.id, target.type, target.url]");
        assertThat(store.itemCount()).isZero();
    }

    @Test
    void detailMayHave2000CharactersAndLineBreaksButNotMore() {
        String ok = "改行も\\nタブも\\tよい" + "あ".repeat(2000 - 10);
        assertThat(call(postReport("{\"reporterId\":\"u-1\",\"target\":{\"type\":\"message\",\"id\":\"m-1\"},\"category\":\"OTHER\",\"detail\":\"" + ok + "\"}"))
                .getStatusCode()).isEqualTo(202);

        APIGatewayProxyResponseEvent tooLong = call(postReport(
                "{\"reporterId\":\"u-1\",\"target\":{\"type\":\"message\",\"id\":\"m-2\"},\"category\":\"OTHER\",\"detail\":\"" + "あ".repeat(2001) + "\"}"));
        assertThat(tooLong.getStatusCode()).isEqualTo(400);
        assertThat(errorFields(tooLong)).isEqualTo("[detail]");
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreRefusedWithTheirStatus() {
        assertThat(call(postReport("{\"reporterId\":")).getStatusCode()).isEqualTo(400);
        assertThat(call(postReport("[1,2]")).getStatusCode()).isEqualTo(400);
        assertThat(call(postReport(null)).getStatusCode()).isEqualTo(400);
        assertThat(call(postReport("{\"detail\":\"" + "x".repeat(64 * 1024) + "\"}")).getStatusCode()).isEqualTo(413);
        assertThat(call(withHeader(postReport(report("u-1", "posting", "p-1", "OTHER")), "Content-Type", "text/plain")).getStatusCode())
                .isEqualTo(415);
        assertThat(store.itemCount()).isZero();
    }

    @Test
    void aBadIdempotencyKeyIsAFieldError() {
        APIGatewayProxyResponseEvent response = call(withHeader(postReport(report("u-1", "posting", "p-1", "OTHER")), "Idempotency-Key", "two words"));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorFields(response)).isEqualTo("[Idempotency-Key]");
    }

    @Test
    void anIdempotencyKeyReusedForAnotherReportIs422() {
        call(withHeader(postReport(report("u-1", "posting", "p-1", "OTHER")), "Idempotency-Key", "k-1"));
        APIGatewayProxyResponseEvent reused = call(withHeader(postReport(report("u-1", "posting", "p-2", "OTHER")), "Idempotency-Key", "k-1"));

        assertThat(reused.getStatusCode()).isEqualTo(422);
        assertThat(body(reused).path("error").path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(store.reports()).hasSize(1);
    }

    @Test
    void overTheDailyLimitIs429WithSecondsToJstMidnight() {
        call(postReport(report("u-1", "posting", "p-1", "OTHER")));
        call(postReport(report("u-1", "posting", "p-2", "OTHER")));
        APIGatewayProxyResponseEvent limited = call(postReport(report("u-1", "posting", "p-3", "OTHER")));

        assertThat(limited.getStatusCode()).isEqualTo(429);
        assertThat(limited.getHeaders()).containsEntry("Retry-After", "60");
        assertThat(store.reports()).hasSize(2);
    }

    @Test
    void routesAreMatchedByMethodAndPath() {
        APIGatewayProxyResponseEvent get = call(postReport(report("u-1", "posting", "p-1", "OTHER")).withHttpMethod("GET"));
        assertThat(get.getStatusCode()).isEqualTo(405);
        assertThat(get.getHeaders()).containsEntry("Allow", "POST");
        assertThat(call(Events.post("/reports/abc", "{}")).getStatusCode()).isEqualTo(404);
        assertThat(call(Events.post("/screenings/postings", "{}")).getStatusCode()).isEqualTo(404);
        assertThat(call(new APIGatewayProxyRequestEvent()).getStatusCode()).isEqualTo(404);
    }

    @Test
    void aFailingStoreIs503() {
        ReportStore down = new ReportStore() {
            @Override
            public FilingOutcome file(ReportFiling filing) {
                throw SdkClientException.create("Unable to execute HTTP request: connection refused");
            }

            @Override
            public Optional<Report> find(String reportId) {
                throw SdkClientException.create("Unable to execute HTTP request: connection refused");
            }

            @Override
            public ResolveOutcome resolve(String reportId, Resolution resolution) {
                throw SdkClientException.create("Unable to execute HTTP request: connection refused");
            }
        };
        ReportApiHandler failing = new ReportApiHandler(new ReportService(down, ledger, ReportPolicy.defaults(), clock));

        APIGatewayProxyResponseEvent response = failing.handleRequest(postReport(report("u-1", "posting", "p-1", "OTHER")), null);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(body(response).path("error").path("code").asText()).isEqualTo("service_unavailable");
        assertThat(failing.handleRequest(sample("post-resolution.json"), null).getStatusCode()).isEqualTo(503);
    }
}
