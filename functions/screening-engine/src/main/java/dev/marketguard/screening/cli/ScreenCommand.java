package dev.marketguard.screening.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.marketguard.screening.json.JsonTrees;
import dev.marketguard.core.screening.Assessment;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.validation.FieldError;
import dev.marketguard.core.validation.InvalidInputException;
import dev.marketguard.screening.ScreeningEngine;
import dev.marketguard.screening.Thresholds;
import dev.marketguard.screening.json.SubmissionReader;
import dev.marketguard.screening.json.VerdictWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * {@code screen}: JSON Lines in on stdin, one subject per line ({"kind":"posting",…} or
 * {"kind":"message",…}); one verdict per line out, in input order. A line that cannot be read
 * gets {"error":{…},"line":n} on its own output line and the run goes on. Blank lines are
 * skipped. Exit status 0 when every line was screened, 1 when some line was an error.
 */
public final class ScreenCommand {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ScreeningEngine engine;
    private final VerdictWriter verdicts = new VerdictWriter();
    private final JsonFactory json = new JsonFactory();
    private final Clock clock;

    public ScreenCommand(ScreeningEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public static void main(String[] args) throws IOException {
        Thresholds thresholds;
        try {
            thresholds = Thresholds.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("marketguard screen: " + e.getMessage());
            System.exit(2);
            return;
        }
        ScreeningEngine engine = ScreeningEngine.load(thresholds);
        int errors = new ScreenCommand(engine, Clock.system(TOKYO)).run(System.in, System.out);
        System.exit(errors == 0 ? 0 : 1);
    }

    /** Screens every line; returns how many lines were errors. */
    public int run(InputStream in, OutputStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int errors = 0;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String result;
            try {
                result = screenLine(line, lineNumber);
            } catch (JsonProcessingException e) {
                errors++;
                result = error(lineNumber, "invalid_json", "line is not valid JSON: " + e.getOriginalMessage(), null);
            } catch (InvalidInputException e) {
                errors++;
                result = error(lineNumber, "invalid_subject", e.getMessage(), e);
            } catch (RuntimeException e) {
                errors++;
                result = error(lineNumber, "screening_failed", String.valueOf(e.getMessage()), null);
            }
            writer.write(result);
            writer.write('\n');
            writer.flush();
        }
        return errors;
    }

    private String screenLine(String line, int lineNumber) throws IOException {
        JsonNode node = JsonTrees.parse(line);
        Submission submission = SubmissionReader.read(node, "line-" + lineNumber);
        Assessment assessment = engine.screen(submission);
        return verdicts.write(UUID.randomUUID().toString(), submission.subject(), assessment,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    private String error(int lineNumber, String code, String message, InvalidInputException invalid) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            g.writeArrayFieldStart("fields");
            if (invalid != null) {
                for (FieldError f : invalid.fields()) {
                    g.writeStartObject();
                    g.writeStringField("field", f.field());
                    g.writeStringField("message", f.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("line", lineNumber);
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
