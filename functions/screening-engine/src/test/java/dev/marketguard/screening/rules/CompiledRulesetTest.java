package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import dev.marketguard.screening.detect.AnalyzedSubject;
import dev.marketguard.screening.detect.Finding;
import dev.marketguard.screening.detect.FindingSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The build's compiled ruleset (ruleset.bin) is ruleset.yaml, compiled: same rules, same phrase table. */
class CompiledRulesetTest {
    private static byte[] yaml;
    private static RuleMatcher fromYaml;
    private static byte[] written;

    @BeforeAll
    static void compileTheYaml() throws IOException {
        yaml = resource(RulesetLoader.DEFAULT_RESOURCE);
        fromYaml = new RuleMatcher(RulesetLoader.load(new ByteArrayInputStream(yaml)));
        written = write(fromYaml, CompiledRuleset.fingerprint(yaml));
    }

    @Test
    void theBuildShipsTheBinaryOfTheCurrentYaml() throws IOException {
        // fails when the build step (exec-maven-plugin at process-classes) did not run or ran on another YAML
        RuleMatcher shipped = CompiledRuleset.read(new ByteArrayInputStream(resource(CompiledRuleset.RESOURCE)),
                CompiledRuleset.fingerprint(yaml));
        assertThat(shipped).as("ruleset.bin compiled from this ruleset.yaml").isNotNull();
        assertThat(write(shipped, CompiledRuleset.fingerprint(yaml))).isEqualTo(written);
    }

    @Test
    void readingBackGivesTheSameRulesetAndPhraseTable() throws IOException {
        RuleMatcher read = CompiledRuleset.read(new ByteArrayInputStream(written), CompiledRuleset.fingerprint(yaml));
        assertThat(read).isNotNull();
        assertThat(read.ruleset()).isEqualTo(fromYaml.ruleset());
        assertThat(read.phraseCount()).isEqualTo(fromYaml.phraseCount()).isGreaterThan(100_000);
        // every field of the phrase table and automaton goes through writeTo: equal bytes, equal tables
        assertThat(write(read, CompiledRuleset.fingerprint(yaml))).isEqualTo(written);
    }

    @Test
    void theReadMatcherFindsWhatTheCompiledOneFinds() throws IOException {
        RuleMatcher read = CompiledRuleset.read(new ByteArrayInputStream(written), CompiledRuleset.fingerprint(yaml));
        int texts = 0;
        for (Rule rule : fromYaml.ruleset().rules()) {
            for (String text : rule.mustMatch()) {
                AnalyzedSubject subject = TestEngine.get().analyze(
                        new Submission.Message("m", "s", "r", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT));
                assertThat(findings(read, subject)).as(text).isEqualTo(findings(fromYaml, subject));
                texts++;
            }
        }
        assertThat(texts).isGreaterThan(500);
    }

    private static List<String> findings(RuleMatcher matcher, AnalyzedSubject subject) {
        FindingSink sink = new FindingSink();
        matcher.detect(subject, sink);
        List<String> out = new ArrayList<>(sink.firedContexts());
        for (Finding f : sink.findings()) {
            out.add(f.rule() + "@" + f.field() + ":" + f.start() + "-" + f.end());
        }
        return out;
    }

    @Test
    void aBinaryOfAnotherYamlIsNotUsed() throws IOException {
        byte[] edited = (new String(yaml, StandardCharsets.UTF_8) + "\n# edited\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CompiledRuleset.fingerprint(edited)).isNotEqualTo(CompiledRuleset.fingerprint(yaml));
        assertThat(CompiledRuleset.read(new ByteArrayInputStream(written), CompiledRuleset.fingerprint(edited))).isNull();
    }

    @Test
    void aBinaryOfAnotherFormatIsNotUsed() throws IOException {
        byte[] otherFormat = written.clone();
        otherFormat[7]++; // the format number follows the 4-byte magic
        assertThat(CompiledRuleset.read(new ByteArrayInputStream(otherFormat), CompiledRuleset.fingerprint(yaml))).isNull();
    }

    @Test
    void theDefaultMatcherIsTheCompiledYaml() throws IOException {
        assertThat(write(CompiledRuleset.loadDefault(), CompiledRuleset.fingerprint(yaml))).isEqualTo(written);
    }

    private static byte[] write(RuleMatcher matcher, long fingerprint) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledRuleset.write(matcher, fingerprint, out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CompiledRulesetTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
