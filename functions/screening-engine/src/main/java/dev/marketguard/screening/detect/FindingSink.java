package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Collects findings, translating view offsets to original offsets on the way in. */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    /** Contact contexts that fired (see {@link #suppressContacts}). */
    private List<Zone> contexts;
    /** Refusal contexts that fired (see {@link #refuse}). */
    private List<Refusal> refusals;
    /** Categories a statement in the text clears of the classifier's score (see {@link #clearClassifier}). */
    private final EnumSet<ViolationCategory> cleared = EnumSet.noneOf(ViolationCategory.class);
    /** The rules that cleared them. */
    private final List<String> clearingRules = new ArrayList<>(0);
    /** Findings reported beside another one (a rule's context hit): each stands or falls with its anchor. */
    private java.util.Map<Finding, Finding> anchors;

    /** A finding whose span [start, end) indexes {@code view}, a view derived from the field's original. */
    public void add(ViolationCategory category, String rule, double score, AnalyzedField field,
                    NormalizedText view, int start, int end, boolean contactExchange) {
        add(category, rule, score, field, view, start, end, contactExchange, null);
    }

    public Finding add(ViolationCategory category, String rule, double score, AnalyzedField field,
                       NormalizedText view, int start, int end, boolean contactExchange, String warningCode) {
        int[] span = view.toOriginal(start, end);
        span = trim(field.original(), span[0], span[1]);
        Finding f = new Finding(category, rule, score, field.name(), span[0], span[1], contactExchange, warningCode);
        findings.add(f);
        return f;
    }

    /**
     * A second piece of evidence for {@code anchor} (the hit of a rule's {@code near} group, maybe
     * in another sentence or field): refused whenever the anchor is, so that a refused request
     * leaves nothing behind (「リモート操作はお断りしています。PCは…」).
     */
    public void addBeside(Finding anchor, AnalyzedField field, NormalizedText view, int start, int end) {
        Finding f = add(anchor.category(), anchor.rule(), anchor.score(), field, view, start, end,
                anchor.contactExchange(), anchor.warningCode());
        if (anchors == null) {
            anchors = new java.util.IdentityHashMap<>();
        }
        anchors.put(f, anchor);
    }

    /** A finding on a non-text field (e.g. reward.type) whose value is the evidence. */
    public void addRaw(Finding finding) {
        findings.add(finding);
    }

    /** A contact context in original offsets of one field. */
    private record Zone(String rule, String field, int start, int end, int window, boolean concreteToo) {
        int distance(Finding f) {
            return f.end() <= start ? start - f.end() : f.start() >= end ? f.start() - end : 0;
        }
    }

    /**
     * Marks [start, end) of {@code view} as a context in which contact findings of the same field
     * within {@code window} original chars do not count (see {@code Rule#isContactContext}).
     * With {@code concreteToo} false (contact tools announced for after escrow), only mentions and
     * invitations are dropped; a phone number, address, ID or link written now still counts.
     */
    public void suppressContacts(String rule, AnalyzedField field, NormalizedText view, int start, int end, int window,
                                 boolean concreteToo) {
        int[] span = view.toOriginal(start, end);
        if (contexts == null) {
            contexts = new ArrayList<>(2);
        }
        contexts.add(new Zone(rule, field.name(), span[0], span[1], window, concreteToo));
    }

    /** A refusal context in original offsets of one field, with the field's text to see sentence ends. */
    private record Refusal(String rule, String field, String text, int start, int end, int window, boolean heading) {
        private static final String SENTENCE_ENDS = "。．！？!?\n";
        /** A heading is a short line of its own (「【禁止事項】」「◆ご遠慮いただきたいこと」), not a sentence that names one. */
        private static final int HEADING_LINE_MAX = 30;
        private static final String BULLETS = "・･-－‐−*＊•●○◦▪✓✔☑※→";

        /**
         * A finding beside the refusal (not overlapping it), within the window, in the same sentence; or,
         * for a heading, in a list item under it.
         */
        boolean covers(Finding f) {
            if (!f.field().equals(field) || f.start() < end && start < f.end()) {
                return false;
            }
            if (heading && f.start() >= end && inListBelow(f)) {
                return true;
            }
            int from = f.end() <= start ? f.end() : end;
            int to = f.end() <= start ? start : f.start();
            if (to - from > window) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (endsSentence(text, i)) {
                    return false;
                }
            }
            return f.end() <= start ? !asksBeforeComma(text, from, to) : !opensNewClause(text, end, to, f.start());
        }

        /**
         * Whether a clause that asks ends with a comma between a finding and the refusal after it: the
         * refusal is another clause's (「LINEでやり取りしましょう、電話はご遠慮ください。」). A request quoted
         * from someone else, the comma followed by the quoting (「…しませんか、とのことですが、お断りします」), does
         * not end there.
         */
        private static boolean asksBeforeComma(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if ((c == '、' || c == ',' || c == '，') && endsWithAny(text, i, CLAUSE_END_REQUESTS)
                        && !startsWithAny(text, i + 1, REPORTING) && !closesQuoteBefore(text, i, to)) {
                    return true;
                }
            }
            return false;
        }

        /** 「「AnyDeskを入れてください、こちらで操作します」と言われました」: the comma is inside someone else's quoted words. */
        private static boolean closesQuoteBefore(String text, int comma, int to) {
            for (int i = comma + 1; i < to; i++) {
                if (text.charAt(i) == '」' || text.charAt(i) == '』') {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWithAny(String text, int at, String[] words) {
            for (String w : words) {
                if (text.startsWith(w, at)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean endsWithAny(String text, int at, String[] words) {
            for (String w : words) {
                if (at >= w.length() && text.startsWith(w, at - w.length())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a clause the refusal does not speak for starts between its end and {@code to}: after a
         * turn (「怪しいと思われるかもしれませんが、LINEで直接…」「お断りしているのですが、特別に…」), or after
         * any comma — a reason's (「手数料をお願いすることはありませんので、直接お振込みください」: the reason
         * is given for the violation itself) or another (「手数料を払う必要はないですよ、LINEで直接やりましょう」
         * 「ご注意ください、…直接取引でお願いします」) — that leads to a request or a pitch (「登録料を払う必要は
         * ありません、紹介するだけで毎月報酬が入ります」). A refusal that itself ends in が (「…とのことですが、」)
         * opens no turn; after a comma, a clause that asks and promises nothing (「…ので、口座をお伝えする必要は
         * ありません」) is still the refusal's.
         */
        private static boolean opensNewClause(String text, int end, int to, int findingStart) {
            String findingClause = null;
            for (int i = end; i < to; i++) {
                char c = text.charAt(i);
                if (c != '、' && c != ',' && c != '，') {
                    continue;
                }
                char before = text.charAt(i - 1);
                if (i - 1 >= end && (before == 'が' || before == 'ど')) {
                    return true; // が、 けど、 けれど、 after the refusal
                }
                if (findingClause == null) {
                    findingClause = clauseFrom(text, findingStart);
                }
                if (contains(findingClause, REQUESTS) || contains(findingClause, PROMISES)) {
                    return true; // a comma after the refusal (ので、 から、 ため、 or any other), and then a request or a pitch
                }
            }
            return false;
        }

        /** Whether {@code text[to]} is the comma after ので / から / ため / が / けど, past {@code from}. */
        private static boolean endsClause(String text, int from, int to) {
            char c = text.charAt(to);
            if (to - 2 < from || c != '、' && c != ',' && c != '，') {
                return false;
            }
            char b = text.charAt(to - 1);
            char bb = text.charAt(to - 2);
            return b == 'で' && bb == 'の' || b == 'ら' && bb == 'か' || b == 'め' && bb == 'た' || b == 'が' || b == 'ど';
        }

        /** A sentence end, unless it closes a quote (「紹介するだけでどんどん稼げる!」という部分): the sentence goes on. */
        private static boolean endsSentence(String text, int i) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
            return i + 1 >= text.length() || text.charAt(i + 1) != '」' && text.charAt(i + 1) != '』';
        }

        /**
         * Whether the finding lies in a list item under this refusal's line, when that line is a short
         * heading: every line from the one after the heading to the finding's is a list item (no blank
         * line, no paragraph between), within the window, and the finding's item asks for nothing
         * (「【禁止事項】\n・LINEなど外部ツールでのやり取り」).
         */
        private boolean inListBelow(Finding f) {
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = text.indexOf('\n', end);
            if (lineEnd < 0 || f.start() <= lineEnd || lineEnd - lineStart > HEADING_LINE_MAX
                    || f.start() - lineEnd > window) {
                return false;
            }
            int item = lineEnd + 1;
            while (item < text.length()) {
                int next = text.indexOf('\n', item);
                next = next < 0 ? text.length() : next;
                if (!isListItem(text, item, next)) {
                    return false;
                }
                if (f.start() < next) {
                    return f.end() <= next && !contains(clauseFrom(text, item), REQUESTS);
                }
                item = next + 1;
            }
            return false;
        }

        /** Whether {@code text[from, to)} is a list item: a bullet, a number with . or ), or a circled digit first. */
        private static boolean isListItem(String text, int from, int to) {
            int i = from;
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= to) {
                return false;
            }
            char c = text.charAt(i);
            if (BULLETS.indexOf(c) >= 0 || c >= '\u2460' && c <= '\u2473') {
                return true;
            }
            int j = i;
            while (j < to && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j > i && j < to && ".)）．、".indexOf(text.charAt(j)) >= 0;
        }

        /** Quoting right after a comma (「…しませんか、とのことですが」): the request before it is someone else's. */
        private static final String[] REPORTING = {"とのこと", "と言われ", "といわれ", "と聞かれ", "と頼まれ", "と誘われ", "という", "といった", "って"};
        /** Requests that end a clause of their own when a comma follows them. */
        private static final String[] CLAUSE_END_REQUESTS = {"ましょう", "ください", "下さい", "ませんか", "お願いします", "お願いいたします"};
        private static final String[] REQUESTS = {"ください", "下さい", "ましょう", "ませんか", "いただけ", "頂け", "お願いします", "ほしい", "欲しい",
            "もらえ", "くれ", "助かり"};
        /**
         * A pitch's promise of income: after a refusal's comma it starts a clause of its own
         * (「登録料を払う必要はありません、紹介するだけで毎月報酬が入ります」); in a list of what not to write it is
         * what is banned (「・「絶対稼げる」などの断定表現」).
         */
        private static final String[] PROMISES = {"稼げ", "儲か", "報酬が入り", "収入が入り", "お金が入り", "もらえます", "貰えます", "得られます"};

        /**
         * The clause from {@code from} on: to the sentence's end or to a reason or turn of its own
         * (「外部でのやり取りはできませんので、ご質問はこちらでお願いします」: the request is the next clause's).
         */
        private static String clauseFrom(String text, int from) {
            int to = from;
            while (to < text.length() && !endsSentence(text, to) && !endsClause(text, from, to)) {
                to++;
            }
            return text.substring(from, to);
        }

        private static boolean contains(String clause, String[] words) {
            for (String w : words) {
                if (clause.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Marks [start, end) of {@code view} as a refusal, denial or warning: phrase findings of the same
     * sentence within {@code window} original chars are the thing refused, not a violation
     * (「外で取引しませんか、とのことですが、お断りします」). Concrete contact details still count. A
     * {@code heading} (【禁止事項】 on a line of its own) also covers the list items under it.
     */
    public void refuse(String rule, AnalyzedField field, NormalizedText view, int start, int end, int window,
                       boolean heading) {
        int[] span = view.toOriginal(start, end);
        // a pattern that takes the sentence end in (「…規約でアカンのですよね？」) must not reach into the next sentence
        // (「…よね？でも直接取引しましょう」)
        while (span[1] > span[0] + 1 && Refusal.SENTENCE_ENDS.indexOf(field.original().charAt(span[1] - 1)) >= 0) {
            span[1]--;
        }
        if (refusals == null) {
            refusals = new ArrayList<>(2);
        }
        refusals.add(new Refusal(rule, field.name(), field.original(), span[0], span[1], window, heading));
    }

    /**
     * The text states that {@code category} does not apply (a rule with {@code clearsClassifier}, e.g.
     * 「テスト記事は有償です」): its words say nothing of intent, so the classifier's view is discounted.
     */
    public void clearClassifier(String rule, ViolationCategory category) {
        cleared.add(category);
        clearingRules.add(rule);
    }

    /**
     * Categories of which some finding was dropped as refused, or which a statement cleared (see
     * {@link #clearClassifier}): the text names the violation to reject it, so its words say little
     * about intent (the classifier's view is discounted there).
     */
    public Set<ViolationCategory> refusedCategories() {
        Set<ViolationCategory> out = EnumSet.copyOf(cleared);
        if (refusals != null) {
            for (Finding f : withoutExplainedContacts()) {
                if (refused(f)) {
                    out.add(f.category());
                }
            }
        }
        return out;
    }

    private boolean refused(Finding f) {
        if (refusals == null || f.isConcrete()) {
            return false;
        }
        Finding anchor = anchors == null ? null : anchors.get(f);
        if (anchor != null) {
            return refused(anchor);
        }
        for (Refusal r : refusals) {
            if (r.covers(f)) {
                return true;
            }
        }
        return false;
    }

    /** Ids of the contexts (contact, refusal and classifier-clearing) that fired (for rule examples and diagnostics). */
    public List<String> firedContexts() {
        List<String> out = new ArrayList<>(clearingRules);
        if (contexts != null) {
            for (Zone z : contexts) {
                out.add(z.rule());
            }
        }
        if (refusals != null) {
            for (Refusal r : refusals) {
                out.add(r.rule());
            }
        }
        return out;
    }

    /** The findings, without contact findings that a contact context explains away and without refused ones. */
    public List<Finding> findings() {
        List<Finding> kept = withoutExplainedContacts();
        if (refusals == null) {
            return kept;
        }
        List<Finding> out = new ArrayList<>(kept.size());
        for (Finding f : kept) {
            if (!refused(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private List<Finding> withoutExplainedContacts() {
        if (contexts == null) {
            return findings;
        }
        // a request to be contacted that survives in a field means its details are offered, not examples
        java.util.Set<String> requestFields = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.contactExchange() && isRequest(f) && !suppressed(f, false)) {
                requestFields.add(f.field());
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!(f.contactExchange() && suppressed(f, requestFields.contains(f.field())))) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean suppressed(Finding f, boolean requestInField) {
        for (Zone z : contexts) {
            if (!f.field().equals(z.field())) {
                continue;
            }
            int d = z.distance(f);
            if (d > z.window()) {
                continue;
            }
            if (z.concreteToo()) {
                // sample data: the details are examples, unless someone asks to be contacted at them;
                // a request phrase only goes when it is about the sample itself (「ダミーアドレスを使って」)
                if (isRequest(f) ? d == 0 : !requestInField) {
                    return true;
                }
            } else if (!f.isConcrete()) {
                return true;
            }
        }
        return false;
    }

    /** Contact phrasing from the ruleset (「ご連絡ください」「Chatworkに招待」), not a detail itself. */
    private static boolean isRequest(Finding f) {
        return !f.rule().startsWith("contact.");
    }

    /** Evidence reads better without the blanks a span may have swallowed at its ends. */
    private static int[] trim(String original, int s, int e) {
        while (s < e && Character.isWhitespace(original.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
