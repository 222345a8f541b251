package dev.marketguard.local.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.marketguard.aws.api.ApiException;
import dev.marketguard.aws.api.ApiGateway;
import dev.marketguard.aws.api.ApiRequests;
import dev.marketguard.aws.api.ApiResponses;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.validation.FieldError;
import dev.marketguard.local.backend.Backend;
import dev.marketguard.local.backend.MonthlyJob;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The route table: template.yaml's API events (DESIGN.md section 5), plus the local server's own routes under /_local. */
public final class ApiRoutes {
    public static final String MONTHLY_RUN = "/_local/monthly-run";

    private ApiRoutes() {
    }

    public static List<Route> of(Backend backend) {
        String screening = "PostingScreeningFunction";
        String reports = "ViolationReportIntakeFunction";
        String monthly = "MonthlyReportFunction";
        return List.of(
                new Route("POST", "/screenings/postings", screening, backend.screenings()),
                new Route("POST", "/screenings/messages", screening, backend.screenings()),
                new Route("GET", "/screenings/review-queue", screening, backend.screenings()),
                new Route("POST", "/screenings/{screeningId}/review", screening, backend.screenings()),
                new Route("POST", "/reports", reports, backend.reports()),
                new Route("POST", "/reports/{reportId}/resolution", reports, backend.reports()),
                new Route("GET", "/monthly-reports/{month}", monthly, backend.monthlyReports()),
                new Route("POST", MONTHLY_RUN, monthly, monthlyRun(backend.monthlyJob())));
    }

    /**
     * {@code POST /_local/monthly-run?month=yyyy-MM[&recount=true]}: the manual invocation of the
     * monthly job. Without a month it runs as the schedule would, for the previous JST month.
     */
    static ApiFunction monthlyRun(MonthlyJob job) {
        return (APIGatewayProxyRequestEvent request, Context context) -> ApiGateway.respond(context.getLogger(), () -> {
            Optional<String> month = ApiRequests.queryParameter(request, "month");
            if (month.isEmpty()) {
                return ApiResponses.json(200, job.runScheduled());
            }
            YearMonth parsed = JstCalendar.parseMonth(month.get()).orElseThrow(() -> invalidMonth("must be yyyy-MM, e.g. 2018-12"));
            if (parsed.isAfter(JstCalendar.monthOf(Instant.now()))) {
                throw invalidMonth("has not begun in Japan yet");
            }
            boolean recount = ApiRequests.queryParameter(request, "recount").map("true"::equals).orElse(false);
            return ApiResponses.json(200, job.run(parsed, recount));
        });
    }

    private static ApiException invalidMonth(String why) {
        return ApiException.invalid("month " + why, List.of(new FieldError("month", why)));
    }
}
