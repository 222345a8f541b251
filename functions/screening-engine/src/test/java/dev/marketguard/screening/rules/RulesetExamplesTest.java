package dev.marketguard.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import dev.marketguard.screening.detect.AnalyzedSubject;
import dev.marketguard.screening.detect.Finding;
import dev.marketguard.screening.detect.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each rule's own examples: `match` lines must fire it, `noMatch` lines must not. */
class RulesetExamplesTest {
    private static final Ruleset RULESET = RulesetLoader.loadDefault();
    private static final RuleMatcher MATCHER = new RuleMatcher(RULESET);

    @Test
    void rulesetIsVersionedAndEveryRuleHasAnExample() {
        assertThat(RULESET.version()).isNotBlank();
        assertThat(RULESET.rules()).isNotEmpty();
        assertThat(RULESET.rules()).allSatisfy(r -> {
            assertThat(r.mustMatch()).as("examples of %s", r.id()).isNotEmpty();
            assertThat(r.description()).as("description of %s", r.id()).isNotBlank();
        });
    }

    @Test
    void everyCategoryHasRules() {
        for (var c : dev.marketguard.core.category.ViolationCategory.values()) {
            assertThat(RULESET.rules()).as("rules for %s", c).anyMatch(r -> r.category() == c);
        }
    }

    @TestFactory
    Stream<DynamicTest> examples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RULESET.rules()) {
            for (String text : rule.mustMatch()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " matches: " + text,
                        () -> assertThat(fired(rule, text)).as("%s should fire on %s", rule.id(), text).isTrue()));
            }
            for (String text : rule.mustNotMatch()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " does not match: " + text,
                        () -> assertThat(fired(rule, text)).as("%s should not fire on %s", rule.id(), text).isFalse()));
            }
        }
        return tests.stream();
    }

    private static boolean fired(Rule rule, String text) {
        Submission s = rule.scope() == Rule.Scope.POSTING
                ? new Submission.Posting("p", "c", "", text, WorkStyle.PROJECT, null)
                : new Submission.Message("m", "s", "r", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT);
        AnalyzedSubject subject = TestEngine.get().analyze(s);
        FindingSink sink = new FindingSink();
        MATCHER.detect(subject, sink);
        return sink.findings().stream().map(Finding::rule).anyMatch(rule.id()::equals)
                || sink.firedContexts().contains(rule.id());
    }
}
