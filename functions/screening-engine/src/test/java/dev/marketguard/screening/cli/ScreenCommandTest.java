package dev.marketguard.screening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketguard.screening.TestEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenCommandTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private List<JsonNode> run(String input, int[] errors) throws Exception {
        ScreenCommand command = new ScreenCommand(TestEngine.get(),
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Asia/Tokyo")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        errors[0] = command.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void oneVerdictPerLineInInputOrderWithTheDesignShape() throws Exception {
        String input = String.join("\n",
                "{\"kind\":\"posting\",\"postingId\":\"p-1\",\"title\":\"ロゴ制作\",\"body\":\"詳細は090-3821-4467まで\",\"workStyle\":\"project\",\"reward\":{\"type\":\"fixed\",\"amount\":30000}}",
                "{\"kind\":\"message\",\"messageId\":\"m-1\",\"text\":\"納品物をご確認ください。\",\"phase\":\"after_escrow\"}");
        int[] errors = new int[1];
        List<JsonNode> out = run(input, errors);
        assertThat(errors[0]).isZero();
        assertThat(out).hasSize(2);
        JsonNode first = out.get(0);
        assertThat(first.path("subject").path("type").asText()).isEqualTo("posting");
        assertThat(first.path("subject").path("id").asText()).isEqualTo("p-1");
        assertThat(first.path("decision").asText()).isEqualTo("block");
        JsonNode v = first.path("violations").get(0);
        assertThat(v.path("category").asText()).isEqualTo("DIRECT_TRADING");
        assertThat(v.path("label").asText()).isEqualTo("直接取引");
        assertThat(v.path("rule").asText()).isNotBlank();
        JsonNode ev = v.path("evidence").get(0);
        assertThat(ev.path("field").asText()).isEqualTo("body");
        assertThat(ev.path("text").asText()).isEqualTo("090-3821-4467");
        assertThat(ev.path("start").asInt()).isEqualTo(3);
        assertThat(first.path("rulesetVersion").asText()).isEqualTo(TestEngine.get().rulesetVersion());
        assertThat(first.path("screenedAt").asText()).isEqualTo("2026-11-28T19:00:00+09:00");
        assertThat(first.has("warnings")).isTrue();
        assertThat(out.get(1).path("subject").path("id").asText()).isEqualTo("m-1");
        assertThat(out.get(1).path("decision").asText()).isEqualTo("allow");
    }

    @Test
    void malformedLinesGetAnErrorOnTheirLineAndTheRunGoesOn() throws Exception {
        String input = String.join("\n",
                "{not json",
                "{\"kind\":\"fax\",\"text\":\"x\"}",
                "{\"kind\":\"posting\",\"title\":\"t\",\"body\":\"b\",\"reward\":{\"type\":\"cash\"}}",
                "{\"kind\":\"message\",\"text\":\"こんにちは\"}");
        int[] errors = new int[1];
        List<JsonNode> out = run(input, errors);
        assertThat(errors[0]).isEqualTo(3);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).path("error").path("code").asText()).isEqualTo("invalid_json");
        assertThat(out.get(0).path("line").asInt()).isEqualTo(1);
        assertThat(out.get(1).path("error").path("fields").get(0).path("field").asText()).isEqualTo("kind");
        assertThat(out.get(2).path("error").path("fields").get(0).path("field").asText()).isEqualTo("reward.type");
        assertThat(out.get(3).path("decision").asText()).isEqualTo("allow");
        assertThat(out.get(3).path("subject").path("id").asText()).isEqualTo("line-4");
    }
}
