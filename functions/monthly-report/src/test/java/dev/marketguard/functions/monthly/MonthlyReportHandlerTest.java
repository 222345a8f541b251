package dev.marketguard.functions.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryMonthlyReportStore;
import dev.marketguard.core.memory.InMemoryReportPublisher;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.monthly.MonthlyReportService;
import dev.marketguard.core.monthly.ReportMetrics;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.testing.MutableClock;
import dev.marketguard.core.violation.EstablishedViolation;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthlyReportHandlerTest {
    private final InMemoryViolationLedger ledger = new InMemoryViolationLedger();
    private final InMemoryReportPublisher publisher = new InMemoryReportPublisher();
    private final MutableClock clock = new MutableClock(OffsetDateTime.parse("2019-01-01T00:10:00+09:00").toInstant());
    private final MonthlyReportHandler handler = new MonthlyReportHandler(
            new MonthlyReportService(ledger, new InMemoryMonthlyReportStore(), publisher, ReportMetrics.NONE, clock));
    private int ids;

    private void establish(ViolationCategory category, String jstTime) {
        ids++;
        ledger.establish(new EstablishedViolation(category, Subject.posting("p-" + ids), "c-" + ids, "screening", "s-" + ids,
                OffsetDateTime.parse(jstTime).toInstant()));
    }

    @Test
    void theScheduleEventBuildsAndPublishesThePreviousTokyoMonth() {
        establish(ViolationCategory.DIRECT_TRADING, "2018-12-31T23:59:59+09:00");
        establish(ViolationCategory.DIRECT_TRADING, "2019-01-01T00:00:00+09:00");

        JsonNode summary = Events.invoke(handler, Events.load("schedule.json"));

        assertThat(summary.path("month").asText()).isEqualTo("2018-12");
        assertThat(summary.path("total").asLong()).isEqualTo(1);
        assertThat(summary.path("published").asBoolean()).isTrue();
        assertThat(publisher.published()).hasSize(1);
    }

    @Test
    void aManualRunRebuildsWithoutPublishingTwice() {
        establish(ViolationCategory.OTHER, "2018-12-15T10:00:00+09:00");

        JsonNode first = Events.invoke(handler, Events.load("manual.json"));
        JsonNode again = Events.invoke(handler, Events.load("manual.json"));

        assertThat(first.path("published").asBoolean()).isTrue();
        assertThat(again.path("published").asBoolean()).isFalse();
        assertThat(again.path("outcome").asText()).isEqualTo("already published with these counts");
        assertThat(publisher.published()).hasSize(1);
    }

    @Test
    void theRecountEventReportsAndRepairsDrift() {
        establish(ViolationCategory.OTHER, "2018-12-15T10:00:00+09:00");
        ledger.setMonthlyCount(YearMonth.of(2018, 12), ViolationCategory.OTHER, 4);

        JsonNode summary = Events.invoke(handler, Events.load("manual-recount.json"));

        assertThat(summary.path("recount").path("repaired").asBoolean()).isTrue();
        assertThat(summary.path("recount").path("drift").toString())
                .isEqualTo("[{\"category\":\"OTHER\",\"counter\":4,\"actual\":1}]");
        assertThat(summary.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void getAnswersTheJsonOfDesignSectionFive() throws Exception {
        establish(ViolationCategory.MULTI_LEVEL_MARKETING, "2018-12-15T10:00:00+09:00");
        Events.invoke(handler, Events.load("manual.json"));

        JsonNode response = Events.invoke(handler, Events.load("api-get.json"));

        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.path("headers").path("Content-Type").asText()).isEqualTo("application/json; charset=utf-8");
        assertThat(response.path("headers").path("Vary").asText()).isEqualTo("Accept");
        JsonNode body = Json.MAPPER.readTree(response.path("body").asText());
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("month", "timeZone", "generatedAt", "total", "categories", "notice");
        assertThat(body.path("month").asText()).isEqualTo("2018-12");
        assertThat(body.path("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(body.path("generatedAt").asText()).isEqualTo("2019-01-01T00:10:00+09:00");
        assertThat(body.path("total").asLong()).isEqualTo(1);
        assertThat(body.path("categories")).hasSize(7);
        assertThat(body.path("categories").get(0).toString())
                .isEqualTo("{\"category\":\"MULTI_LEVEL_MARKETING\",\"label\":\"マルチ商法\",\"count\":1}");
        assertThat(body.path("categories").get(6).toString()).isEqualTo("{\"category\":\"OTHER\",\"label\":\"その他\",\"count\":0}");
        assertThat(body.path("notice").asText()).startsWith("違反内訳(2018年 12月)");
    }

    @Test
    void aBrowserGetsThePage() {
        Events.invoke(handler, Events.load("manual.json"));

        JsonNode response = Events.invoke(handler, Events.load("api-get-html.json"));

        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.path("headers").path("Content-Type").asText()).isEqualTo("text/html; charset=utf-8");
        assertThat(response.path("body").asText()).startsWith("<!DOCTYPE html>").contains("<svg ").contains("違反内訳(2018年 12月)");
    }

    @Test
    void aMonthNeverBuiltIsNotFound() {
        JsonNode response = Events.invoke(handler, Events.apiGet("api-get.json", "2018-11"));

        assertThat(response.path("statusCode").asInt()).isEqualTo(404);
        assertThat(response.path("body").asText()).contains("\"code\":\"not_found\"").contains("2018-11");
    }

    @Test
    void onlyGetReadsAReport() {
        Events.invoke(handler, Events.load("manual.json"));
        com.fasterxml.jackson.databind.node.ObjectNode post = Events.load("api-get.json");
        post.put("httpMethod", "POST");

        JsonNode response = Events.invoke(handler, post);

        assertThat(response.path("statusCode").asInt()).isEqualTo(405);
        assertThat(response.path("headers").path("Allow").asText()).isEqualTo("GET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-13", "2018-1", "18-12", "2018-12-01", "2018年12月", "latest"})
    void aMalformedMonthIsABadRequest(String month) throws Exception {
        JsonNode response = Events.invoke(handler, Events.apiGet("api-get.json", month));

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        JsonNode error = Json.MAPPER.readTree(response.path("body").asText()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("invalid_request");
        assertThat(error.path("fields").get(0).path("field").asText()).isEqualTo("month");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"source\":\"manual\"}", "{\"source\":\"schedule\",\"month\":\"2018-12\"}",
            "{\"month\":\"2018-13\"}", "{\"month\":201812}", "{\"month\":\"2018-12\",\"recount\":\"yes\"}",
            "{\"month\":\"2018-12\",\"force\":true}", "[]", "not json"})
    void anInvocationOfAnotherShapeFailsWithTheReason(String event) {
        assertThatThrownBy(() -> Events.invoke(handler, event)).isInstanceOf(IllegalArgumentException.class);
        assertThat(publisher.published()).isEmpty();
    }
}
