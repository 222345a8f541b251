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

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    private static final Pattern MESSENGER_HOST = Pattern.compile(
            "(?:^|[/.])(?:line\\.me|lin\\.ee|t\\.me|telegram\\.me|wa\\.me|discord\\.gg|discord\\.com/invite|m\\.me|join\\.skype\\.com|chatwork\\.com/[a-z0-9_\\-]+|u\\.wechat\\.com|qr\\.kakao\\.com)");
    /** 「t.me/ayumi_w」「lin.ee/AbCd」: a messenger link written without https:// or www. */
    private static final Pattern BARE_MESSENGER_LINK = Pattern.compile(
            "(?<![a-z0-9.\\-/@])(?:line\\.me|lin\\.ee|t\\.me|telegram\\.me|wa\\.me|discord\\.gg|m\\.me|qr\\.kakao\\.com)/[a-z0-9_~\\-/?=.+%]*[a-z0-9_]");
    private static final Pattern FORM_HOST = Pattern.compile(
            "forms\\.gle|docs\\.google\\.com/forms|form|survey|questionnaire|typeform|jotform|formrun|tayori|enquete|test|shindan");

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            NormalizedText view = field.folded();
            String t = view.text();
            if (t.indexOf(".me/") >= 0 || t.indexOf(".ee/") >= 0 || t.indexOf(".gg/") >= 0 || t.indexOf(".com/") >= 0) {
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
                } else if (FORM_HOST.matcher(url).find()) {
                    sink.add(ViolationCategory.OTHER, RULE_FORM, 0.2, field, view, m.start(), m.end(), false);
                }
            }
        }
    }
}
