package dev.marketguard.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.local.http.ApiRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plays {@code samples.json} against a running server, as the marketplace backend and the staff
 * would: screens the postings and messages, confirms the review verdicts staff would confirm,
 * files the reports and resolves some, then builds this month's breakdown so that
 * {@code GET /monthly-reports/<this month>} shows it. Everything goes through the HTTP API.
 */
public final class DemoLoader {
    static final String SAMPLES = "samples.json";

    private final URI server;
    private final PrintStream console;
    private final HttpClient http = HttpClient.newHttpClient();

    public DemoLoader(URI server, PrintStream console) {
        this.server = server;
        this.console = console;
    }

    /** Plays the samples; a sample the API refuses fails the demo (they are meant to be valid). */
    public void load() {
        JsonNode samples = readSamples();
        Map<String, Integer> decisions = new TreeMap<>();
        int confirmed = 0;
        for (String kind : new String[] {"postings", "messages"}) {
            for (JsonNode sample : samples.path(kind)) {
                JsonNode verdict = post("/screenings/" + kind, sample.get("request"), null, 200);
                String decision = verdict.path("decision").asText();
                decisions.merge(decision, 1, Integer::sum);
                // staff only decide what the engine sent them; a block is established already
                if (decision.equals("review") && sample.has("staffReview")) {
                    post("/screenings/" + verdict.path("screeningId").asText() + "/review", sample.get("staffReview"), null, 200);
                    confirmed++;
                }
            }
        }
        int filed = 0;
        int resolved = 0;
        for (JsonNode sample : samples.path("reports")) {
            JsonNode receipt = post("/reports", sample.get("request"), sample.path("idempotencyKey").asText(null), 202);
            filed++;
            if (sample.has("resolution")) {
                post("/reports/" + receipt.path("reportId").asText() + "/resolution", sample.get("resolution"), null, 200);
                resolved += sample.path("resolution").path("outcome").asText().equals("confirmed") ? 1 : 0;
            }
        }
        YearMonth month = JstCalendar.monthOf(Instant.now());
        JsonNode run = post(ApiRoutes.MONTHLY_RUN + "?month=" + URLEncoder.encode(JstCalendar.format(month), StandardCharsets.UTF_8),
                null, null, 200);
        console.printf("demo: screened %d postings and %d messages %s; staff confirmed %d reviews; %d reports filed, %d confirmed%n",
                samples.path("postings").size(), samples.path("messages").size(), decisions, confirmed, filed, resolved);
        console.println("demo: this month's breakdown (" + run.path("total").asLong() + " violations): GET " + server
                + "/monthly-reports/" + JstCalendar.format(month));
    }

    private JsonNode post(String path, JsonNode body, String idempotencyKey, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("demo: POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("demo: POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo: interrupted", e);
        }
    }

    private static JsonNode readSamples() {
        try (InputStream in = DemoLoader.class.getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("demo: " + SAMPLES + " is missing from the jar");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
