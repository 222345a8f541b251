package dev.marketguard.screening.rules;

import dev.marketguard.core.category.ViolationCategory;
import java.util.List;

/**
 * One ruleset entry. {@code patterns} are anchors (any one fires the rule); every {@code near}
 * group must also have a hit within its window of the anchor; no {@code unless} group may.
 * Pattern syntax: a plain phrase (matched on kana-folded, width-folded, lower-cased text, so
 * ひらがな/カタカナ/half-width/full-width all meet), {@code re:} a regex on that same text, or
 * {@code lemma:} space-separated base forms of consecutive Kuromoji tokens.
 */
public record Rule(String id, ViolationCategory category, double weight, String description, Scope scope,
                   boolean contactExchange, WarningSpec warning, List<String> patterns, List<Context> near,
                   List<Context> unless, List<String> mustMatch, List<String> mustNotMatch,
                   int suppressContact, boolean projectOnly, boolean suppressConcrete, int suppressFindings,
                   boolean coversList, boolean clearsClassifier) {

    /**
     * Whether this entry is a context rather than a finding: where it fires, contact findings
     * (phones, e-mails, messenger IDs, "call me") within {@code suppressContact} chars of it in the
     * same field are dropped (sample data, documentation addresses, contact after escrow). With
     * {@code suppressConcrete} false only mentions and invitations go, never a number or ID.
     */
    public boolean isContactContext() {
        return suppressContact > 0;
    }

    /**
     * Whether this entry is a refusal context: a refusal, denial or warning (お断りしています,
     * ご注意ください, 「…」といったメッセージ). Phrase findings of any category in the same sentence
     * within {@code suppressFindings} chars of it are dropped, because the text names the violation
     * to reject it. Concrete contact details (a number, address, ID or link) are never dropped.
     * With {@code coversList}, a refusal that is a heading of its own line (【禁止事項】, ■NG事項,
     * ◇やらないこと) also covers the list items under it, up to a blank line or a line that is not a
     * list item.
     */
    public boolean isRefusalContext() {
        return suppressFindings > 0;
    }

    /**
     * Whether this entry states that its category does not apply (「テスト記事は有償です」 for unpaid
     * samples): where it fires, the classifier's score for the category does not count unless a
     * rule finding of the category remains. The classifier reads the words of the violation; the
     * statement says they are used the lawful way.
     */
    @Override
    public boolean clearsClassifier() {
        return clearsClassifier;
    }

    public enum Scope { ANY, POSTING, MESSAGE }

    /** A group of patterns and how far (in characters) from the anchor they may be; 0 = anywhere in the subject. */
    public record Context(int window, List<String> patterns) {
    }

    public record WarningSpec(String code, String message) {
    }
}
