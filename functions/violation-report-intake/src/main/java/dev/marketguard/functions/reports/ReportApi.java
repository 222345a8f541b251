package dev.marketguard.functions.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.marketguard.aws.api.ApiException;
import dev.marketguard.aws.api.ApiRequests;
import dev.marketguard.aws.api.ApiResponses;
import dev.marketguard.aws.metrics.MetricsLogger;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.report.FilingResult;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportService;
import dev.marketguard.core.report.Resolution;
import dev.marketguard.core.report.ResolutionResult;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two routes, by HTTP method and path, so the same code serves API Gateway proxy events and a
 * local server's hand-built events:
 * <ul>
 *   <li>{@code POST /reports} -> 202 {"reportId","receivedAt"} (send-only: nothing else is told);</li>
 *   <li>{@code POST /reports/{reportId}/resolution} -> 200 with the report's resolution.</li>
 * </ul>
 */
final class ReportApi {
    private static final Pattern REPORTS = Pattern.compile("/reports/?");
    private static final Pattern RESOLUTION = Pattern.compile("/reports/([^/]+)/resolution/?");
    /** API times are Tokyo wall-clock with offset, millisecond precision: 2026-11-28T19:00:00.000+09:00. */
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    private final ReportService service;
    private final MetricsLogger metrics;

    ReportApi(ReportService service, MetricsLogger metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    APIGatewayProxyResponseEvent dispatch(APIGatewayProxyRequestEvent event) {
        String path = event.getPath() == null ? "" : event.getPath();
        String method = event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
        if (REPORTS.matcher(path).matches()) {
            requirePost(method);
            return file(event);
        }
        Matcher resolution = RESOLUTION.matcher(path);
        if (resolution.matches()) {
            requirePost(method);
            // API Gateway hands the decoded parameter; a hand-built event may only carry the path.
            String reportId = ApiRequests.pathParameter(event, "reportId").orElse(resolution.group(1));
            return resolve(ReportRequests.reportId(reportId), event);
        }
        throw ApiException.notFound("no route for " + method + " " + path);
    }

    private APIGatewayProxyResponseEvent file(APIGatewayProxyRequestEvent event) {
        FilingResult result = service.file(ReportRequests.submission(event));
        if (result instanceof FilingResult.Accepted accepted) {
            Report report = accepted.report();
            if (!accepted.duplicate()) {
                metrics.count("Reports", Map.of("Category", report.category().name()));
            }
            // A repeat answers exactly as the first time: the reporter learns nothing more.
            return ApiResponses.json(202, Map.of("reportId", report.reportId(), "receivedAt", apiTime(report.receivedAt())));
        }
        if (result instanceof FilingResult.RateLimited limited) {
            metrics.count("ReportsRateLimited", Map.of());
            throw ApiException.tooManyRequests("a reporter may file " + limited.dailyLimit()
                    + " reports per day (Asia/Tokyo); try again after midnight JST", limited.retryAfter().toSeconds());
        }
        throw new ApiException(422, "idempotency_key_reused",
                "this Idempotency-Key was already used for a different report; use a new key for a new report",
                List.of(), Map.of());
    }

    private APIGatewayProxyResponseEvent resolve(String reportId, APIGatewayProxyRequestEvent event) {
        ResolutionResult result = service.resolve(reportId, ReportRequests.resolution(event));
        if (result instanceof ResolutionResult.Resolved resolved) {
            return ApiResponses.json(200, resolutionBody(resolved.report()));
        }
        if (result instanceof ResolutionResult.Conflict conflict) {
            Resolution existing = conflict.report().resolution();
            throw ApiException.conflict("the report is already " + existing.outcome().code()
                    + (existing.category() == null ? "" : " as " + existing.category().name())
                    + (existing.offenderId() == null ? "" : " against " + existing.offenderId())
                    + " by " + existing.resolverId() + "; a resolution is final");
        }
        throw ApiException.notFound("no such report");
    }

    private static Map<String, Object> resolutionBody(Report report) {
        Resolution resolution = report.resolution();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportId", report.reportId());
        body.put("outcome", resolution.outcome().code());
        if (resolution.category() != null) {
            body.put("category", resolution.category().name());
        }
        body.put("resolverId", resolution.resolverId());
        if (resolution.offenderId() != null) {
            body.put("offenderId", resolution.offenderId());
        }
        body.put("resolvedAt", apiTime(resolution.resolvedAt()));
        return body;
    }

    static String apiTime(Instant instant) {
        return API_TIME.format(JstCalendar.inTokyo(instant));
    }

    private static void requirePost(String method) {
        if (!method.equals("POST")) {
            throw new ApiException(405, "method_not_allowed", "use POST", List.of(), Map.of("Allow", "POST"));
        }
    }
}
