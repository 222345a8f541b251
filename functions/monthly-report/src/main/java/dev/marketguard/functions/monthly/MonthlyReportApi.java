package dev.marketguard.functions.monthly;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.marketguard.aws.api.ApiException;
import dev.marketguard.aws.api.ApiGateway;
import dev.marketguard.aws.api.ApiRequests;
import dev.marketguard.aws.api.ApiResponses;
import dev.marketguard.aws.monthly.MonthlyReportJson;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.MonthlyReportPage;
import dev.marketguard.core.monthly.MonthlyReportService;
import dev.marketguard.core.validation.FieldError;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** GET /monthly-reports/{month}: the stored report as JSON, or as a page for clients that prefer HTML. */
final class MonthlyReportApi {
    private final MonthlyReportService service;

    MonthlyReportApi(MonthlyReportService service) {
        this.service = service;
    }

    APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, LambdaLogger logger) {
        return ApiGateway.respond(logger, () -> {
            if (!"GET".equalsIgnoreCase(request.getHttpMethod())) {
                throw new ApiException(405, "method_not_allowed", "monthly reports are read with GET", List.of(), Map.of("Allow", "GET"));
            }
            String text = ApiRequests.pathParameter(request, "month")
                    .orElseThrow(() -> ApiException.notFound("no such resource: " + request.getPath()));
            YearMonth month = JstCalendar.parseMonth(text).orElseThrow(() -> ApiException.invalid("malformed month",
                    List.of(new FieldError("month", "must be a month as yyyy-MM, e.g. 2018-12"))));
            MonthlyReport report = service.find(month).orElseThrow(() ->
                    ApiException.notFound("no report for " + JstCalendar.format(month) + " has been built"));
            boolean html = AcceptHeader.prefersHtml(ApiRequests.header(request, "Accept").orElse(null));
            APIGatewayProxyResponseEvent response = html
                    ? ApiResponses.html(200, MonthlyReportPage.render(report))
                    : ApiResponses.json(200, MonthlyReportJson.toJson(report));
            // Caches must keep the two representations apart.
            response.getHeaders().put("Vary", "Accept");
            return response;
        });
    }
}
