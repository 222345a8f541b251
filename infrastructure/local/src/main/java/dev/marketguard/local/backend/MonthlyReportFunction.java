package dev.marketguard.local.backend;

import dev.marketguard.aws.lambda.InProcessContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.functions.monthly.MonthlyReportHandler;
import dev.marketguard.local.http.ApiFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;

/**
 * MonthlyReportFunction is a stream handler (JSON in, JSON out) serving three kinds of event;
 * this invokes it the way Lambda does, with each event serialised to JSON: API Gateway's
 * proxy events, the scheduler's {"source":"schedule"} and a manual {"month":…}.
 */
public final class MonthlyReportFunction implements MonthlyJob {
    public static final String NAME = "MonthlyReportFunction";

    private final MonthlyReportHandler handler;
    private final PrintStream log;

    public MonthlyReportFunction(MonthlyReportHandler handler, PrintStream log) {
        this.handler = handler;
        this.log = log;
    }

    /** The function behind {@code GET /monthly-reports/{month}}. */
    public ApiFunction api() {
        return (APIGatewayProxyRequestEvent request, Context context) -> {
            JsonNode response = invoke(Json.MAPPER.valueToTree(request), context);
            try {
                return Json.MAPPER.treeToValue(response, APIGatewayProxyResponseEvent.class);
            } catch (IOException e) {
                throw new IllegalStateException(NAME + " answered no proxy response: " + response, e);
            }
        };
    }

    @Override
    public JsonNode runScheduled() {
        ObjectNode event = Json.MAPPER.createObjectNode().put("source", "schedule");
        return invoke(event, InProcessContext.printingTo(NAME, log));
    }

    @Override
    public JsonNode run(YearMonth month, boolean recount) {
        ObjectNode event = Json.MAPPER.createObjectNode().put("month", JstCalendar.format(month));
        if (recount) {
            event.put("recount", true);
        }
        return invoke(event, InProcessContext.printingTo(NAME, log));
    }

    private JsonNode invoke(JsonNode event, Context context) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), output, context);
            return Json.MAPPER.readTree(output.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
