package dev.marketguard.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrayOutputTest {

    @Test
    void passesLinesOnButDropsMetricLines() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream out = StrayOutput.to(new PrintStream(stderr, true, StandardCharsets.UTF_8));

        out.println("ルールを読み込みました");
        out.println("{\"_aws\":{\"Timestamp\":1,\"CloudWatchMetrics\":[]},\"Decisions\":1}");
        out.println("{\"other\":true}");

        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("ルールを読み込みました\n{\"other\":true}\n");
    }
}
