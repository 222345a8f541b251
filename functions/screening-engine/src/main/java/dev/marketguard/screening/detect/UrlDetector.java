package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs that are contact channels by themselves (LINE add-friend links, t.me, wa.me, discord
 * invites, m.me) count as direct trading. Links to outside forms are reported as a weak OTHER
 * signal: on their own they are ordinary, but they are what fake 事務局-approval lures point to.
 */
public final class UrlDetector implements Detector {
    static final String RULE_MESSENGER = "contact.messenger_link";
    static final String RULE_FORM = "other.external_form_link";
    static final String RULE_PROFILE = "contact.sns_profile_link";

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    private static final Pattern MESSENGER_HOST = Pattern.compile(
            "(?:^|[/.])(?:line\\.me|lin\\.ee|t\\.me|telegram\\.me|wa\\.me|discord\\.gg|discord\\.com/invite|m\\.me|join\\.skype\\.com|chatwork\\.com/[a-z0-9_\\-]+|u\\.wechat\\.com|qr\\.kakao\\.com"
            // a meeting room of one's own is a place to talk too: 「meet.google.com/xkr-pqmd-tow」「zoom.us/j/…」
            + "|meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}|zoom\\.us/j/)");
    /** 「t.me/ayumi_w」「lin.ee/AbCd」: a messenger link written without https:// or www. */
    private static final Pattern BARE_MESSENGER_LINK = Pattern.compile(
            "(?<![a-z0-9.\\-/@])(?:line\\.me|lin\\.ee|t\\.me|telegram\\.me|wa\\.me|discord\\.gg|m\\.me|qr\\.kakao\\.com|meet\\.google\\.com(?=/[a-z]{3}-[a-z]{4}-[a-z]{3})|zoom\\.us/j)"
            // 「t . m e / ninja_trade」: blanks left around the slash once the spaced letters are joined
            + "[ \\t]?/[ \\t]?[a-z0-9_~\\-/?=.+%]*[a-z0-9_]");
    /**
     * A profile page on an SNS (instagram.com/megu_cafe, x.com/…, tiktok.com/@…): a way to reach
     * the writer there, weaker than a messenger link since a profile may also be quoted as a reference.
     */
    private static final Pattern SNS_PROFILE = Pattern.compile(
            "(?:^|[/.])(?:instagram\\.com|twitter\\.com|x\\.com|tiktok\\.com|threads\\.net|facebook\\.com|lit\\.link|linktr\\.ee)/@?[a-z0-9_.]{3,}");
    private static final Pattern FORM_HOST = Pattern.compile(
            "forms\\.gle|docs\\.google\\.com/forms|form|survey|questionnaire|typeform|jotform|formrun|tayori|enquete|test|shindan");

    /** Words before a profile link that make it an account quoted as the work's reference or the client's own. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile("弊社|当社|公式|参考|競合|例|official|クライアント|お客様|店舗|ブランド");

    private static boolean quotedAsReference(String t, int urlStart) {
        return REFERENCE_BEFORE.matcher(t).region(Math.max(0, urlStart - 30), urlStart).find();
    }

    /** 「facebook.com/taro.yamada.1234」: a profile link written without https:// or www. */
    private static final Pattern BARE_SNS_PROFILE = Pattern.compile(
            "(?<![a-z0-9.\\-/@])(?:instagram\\.com|twitter\\.com|x\\.com|tiktok\\.com|threads\\.net|facebook\\.com|lit\\.link|linktr\\.ee)[ \\t]?/[ \\t]?@?[a-z0-9_.]*[a-z0-9_]{3}");

    /**
     * 「discord . gg / 7hK2mPq」「meet . google . com / xkr - pqmd - tow」「lit ． link ／ yuinamix」: a link
     * spaced out so it does not auto-link. This view drops blanks next to a dot, slash or hyphen that has
     * a Latin letter or digit on its other side; only the host patterns below read it.
     */
    static NormalizedText linkView(NormalizedText folded) {
        String t = folded.text();
        if (t.indexOf(" .") < 0 && t.indexOf(". ") < 0) {
            return folded; // a host needs its dot; a blank beside the slash alone the patterns allow already
        }
        int n = t.length();
        NormalizedText.Builder b = folded.derive();
        int i = 0;
        while (i < n) {
            if (t.charAt(i) != ' ') {
                b.copy(i);
                i++;
                continue;
            }
            int e = i;
            while (e < n && t.charAt(e) == ' ') {
                e++;
            }
            boolean joins = i > 0 && e < n && (isLinkPunct(t.charAt(i - 1)) && isAsciiAlnum(t.charAt(e))
                    || isAsciiAlnum(t.charAt(i - 1)) && isLinkPunct(t.charAt(e)));
            for (int k = i; k < e && !joins; k++) {
                b.copy(k);
            }
            i = e;
        }
        return b.build();
    }

    private static boolean isLinkPunct(char c) {
        return c == '.' || c == '/' || c == '-';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            NormalizedText view = linkView(field.folded());
            String t = view.text();
            if (t.indexOf(".com") >= 0 || t.indexOf(".net") >= 0 || t.indexOf(".link") >= 0 || t.indexOf(".ee") >= 0) {
                Matcher bare = BARE_SNS_PROFILE.matcher(t);
                while (bare.find()) {
                    if (!quotedAsReference(t, bare.start())) {
                        sink.add(ViolationCategory.DIRECT_TRADING, RULE_PROFILE, 0.6, field, view, bare.start(), bare.end(), true);
                    }
                }
            }
            if (t.indexOf(".me") >= 0 || t.indexOf(".ee") >= 0 || t.indexOf(".gg") >= 0 || t.indexOf(".com/") >= 0
                    || t.indexOf(".us/") >= 0) {
                Matcher bare = BARE_MESSENGER_LINK.matcher(t);
                while (bare.find()) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE_MESSENGER, 0.9, field, view, bare.start(), bare.end(), true);
                }
            }
            if (t.indexOf("://") < 0 && t.indexOf("www.") < 0) {
                continue;
            }
            Matcher m = URL.matcher(t);
            while (m.find()) {
                String url = m.group();
                if (MESSENGER_HOST.matcher(url).find()) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE_MESSENGER, 0.9, field, view, m.start(), m.end(), true);
                } else if (SNS_PROFILE.matcher(url).find() && !quotedAsReference(t, m.start())) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE_PROFILE, 0.6, field, view, m.start(), m.end(), true);
                } else if (FORM_HOST.matcher(url).find()) {
                    sink.add(ViolationCategory.OTHER, RULE_FORM, 0.2, field, view, m.start(), m.end(), false);
                }
            }
        }
    }
}
