package dev.marketguard.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.local.MarketguardProcess;
import dev.marketguard.local.MarketguardProcess.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jar as scripts use it: help, usage errors and exit codes, and the batch commands. */
class CommandLineIT {
    /** In-memory backend whatever the developer's shell exports. */
    private static final Map<String, String> IN_MEMORY = new HashMap<>();

    static {
        IN_MEMORY.put("AWS_ENDPOINT_URL", null);
    }

    @Test
    void withoutACommandItPrintsUsageOnStderrAndExits2() {
        Result result = MarketguardProcess.run(IN_MEMORY, "");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("usage: marketguard <command>");
    }

    @Test
    void helpListsEveryCommandOnStdoutAndExits0() {
        Result result = MarketguardProcess.run(IN_MEMORY, "", "--help");

        assertThat(result.exitCode()).isZero();
        for (String command : CommandNames.ALL) {
            assertThat(result.stdout()).contains("  " + command + " ");
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : CommandNames.ALL) {
            Result result = MarketguardProcess.run(IN_MEMORY, "", command, "--help");
            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.stdout()).as(command).startsWith("usage: marketguard " + command);
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        Result unknownCommand = MarketguardProcess.run(IN_MEMORY, "", "serv");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.stderr()).contains("unknown command 'serv'");

        Result unknownOption = MarketguardProcess.run(IN_MEMORY, "", "screen", "--fast");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.stdout()).isEmpty();
        assertThat(unknownOption.stderr()).contains("unknown option --fast").contains("usage: marketguard screen");
    }

    @Test
    void serveRefusesABadPortBeforeStarting() {
        Result result = MarketguardProcess.run(IN_MEMORY, "", "serve", "--port", "70000");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--port must be a port number from 0 to 65535, not '70000'")
                .contains("usage: marketguard serve");
    }

    @Test
    void monthlyNeedsAMonthThatHasBegun() {
        Result missing = MarketguardProcess.run(IN_MEMORY, "", "monthly");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("--month is required");

        Result malformed = MarketguardProcess.run(IN_MEMORY, "", "monthly", "--month", "2018-13");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.stderr()).contains("--month must be a month as yyyy-MM");

        Result future = MarketguardProcess.run(IN_MEMORY, "", "monthly", "--month", "2999-01");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.stderr()).contains("has not begun");
    }

    @Test
    void monthlyInMemoryBuildsAnEmptyMonthAndPrintsItAsJson() throws Exception {
        Result result = MarketguardProcess.run(IN_MEMORY, "", "monthly", "--month", "2018-12", "--json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode report = Json.MAPPER.readTree(result.stdout());
        assertThat(report.path("month").asText()).isEqualTo("2018-12");
        assertThat(report.path("total").asLong()).isZero();
        assertThat(report.path("categories")).hasSize(7);
        assertThat(report.path("notice").asText()).contains("2018年");
    }

    @Test
    void screenWritesOneVerdictPerLineInInputOrderAndFlagsBadLines() throws Exception {
        String input = String.join("\n",
                "{\"kind\":\"message\",\"messageId\":\"m-1\",\"senderId\":\"u-1\",\"recipientId\":\"u-2\","
                        + "\"text\":\"続きはLINEでお願いします。ID: abc123 です\",\"phase\":\"before_contract\"}",
                "{\"kind\":\"posting\",\"postingId\":\"p-2\",\"clientId\":\"c-1\",\"title\":\"ロゴ制作\","
                        + "\"body\":\"飲食店のロゴを作ってください。\",\"reward\":{\"type\":\"fixed\",\"amount\":30000}}",
                "{not json",
                "");

        Result result = MarketguardProcess.run(IN_MEMORY, input, "screen");

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.at("/subject/id").asText()).isEqualTo("m-1");
        assertThat(first.path("decision").asText()).isEqualTo("block");
        assertThat(first.at("/violations/0/category").asText()).isEqualTo("DIRECT_TRADING");
        assertThat(Json.MAPPER.readTree(lines.get(1)).at("/subject/id").asText()).isEqualTo("p-2");
        JsonNode error = Json.MAPPER.readTree(lines.get(2));
        assertThat(error.at("/error/code").asText()).isEqualTo("invalid_json");
        assertThat(error.path("line").asInt()).isEqualTo(3);
    }

    @Test
    void screenRefusesThresholdsThatMakeNoSense() {
        Map<String, String> env = new HashMap<>(IN_MEMORY);
        env.put("REVIEW_THRESHOLD", "0.9");
        env.put("BLOCK_THRESHOLD", "0.5");

        Result result = MarketguardProcess.run(env, "", "screen");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("review threshold");
    }
}
