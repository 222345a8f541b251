package dev.marketguard.screening.detect;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.analysis.AnalyzedField;
import dev.marketguard.screening.analysis.NormalizedText;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses on the address view (see {@link AddressView}), so spelled-out and
 * split-up addresses count. Blanks around the @ and dots are tolerated only where they are
 * typical of evasion (line breaks, a spelled-out or full-width @), never between two plain words.
 */
public final class EmailDetector implements Detector {
    static final String RULE = "contact.email";

    private static final Pattern EMAIL = Pattern.compile(
            "([a-z0-9][a-z0-9._%+\\-]{0,63})([ \\t]*(?:\\n|ニ|ト|\\+)?[ \\t]*)@([ \\t]*\\n?[ \\t]*)([a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*)");
    private static final Set<String> PROVIDERS = Set.of("gmail", "yahoo", "icloud", "outlook", "hotmail", "docomo",
            "ezweb", "softbank", "googlemail", "me", "live", "protonmail", "proton");

    /**
     * Where a user name may begin: not inside a longer name, but right after an ellipsis (「…tomo.h.1122」:
     * the normalizer writes … as three dots, which are no part of the name).
     */
    private static final String NAME_START = "(?:(?<![a-z0-9._\\-])|(?<=\\.\\.\\.))";
    /** 「shun.photo じーめーる」: the @ left out on purpose, the provider named after the local part. */
    private static final Pattern AT_OMITTED = Pattern.compile(
            NAME_START + "([a-z][a-z0-9._\\-]{2,40})[ \\t]*[」』\"]?[ \\t]*(ノアトニ|ノ後ニ|ニ|ト|ノ|,|、|\\()?[ \\t]*(gmail|yahoo|icloud|outlook|hotmail)(?![a-z])");
    /** 「gmailです。アカウント名は ren.photo2020」: the provider named first, the user name after it. */
    private static final Pattern PROVIDER_FIRST = Pattern.compile(
            "(?<![a-z])(gmail|yahoo|icloud|outlook|hotmail|ezweb|docomo|ドコモ)(?:\\.[a-z]{2,6})*(?![a-z.@])"
                    + "(?:[^a-z0-9@\\n]{0,16}?(?:アカウント名|ユーザー名|ユーザーネーム|ユーザーメイ|名前|アドレス|id)[ \\t]*(?:ハ|ガ|:|=|→)?"
                    // 「hotmail（今のoutlook）で masa-1975 に」: the provider, then で and the user name
                    + "|[ \\t]*ノ(?:前|頭)(?:ニ|ハ|ガ)|[ \\t]*[:=→]|[ \\t]+is[ \\t]+|[)）]?[ \\t]*デ[、, \\t]*)[ \\t]*[「『\"]?"
                    // 「ユーザー名は「nozomi」＋2020」: a quoted name and what is to be joined to it
                    + "([a-z][a-z0-9._\\-]{2,40}(?:[」』\"]?[ \\t]*[+.][ \\t]*[a-z0-9._\\-]+)?)(?![a-z0-9@])");
    /**
     * 「ヤフメの aki_tsubasa_0 です！」「gmailの ren.photo2020 にください」: the provider, の, and the user name
     * said as what the address is (です, に送って, まで), not what is worked on (「gmailの smtp_relay 設定」).
     */
    private static final Pattern PROVIDER_NO_NAME = Pattern.compile(
            "(?<![a-z])(gmail|yahoo|icloud|outlook|hotmail|ezweb|docomo)(?:\\.[a-z]{2,6})*[ \\t]*ノ[ \\t]*[「『\"]?"
                    + "([a-z][a-z0-9._\\-]{2,40})(?![a-z0-9@._\\-])[」』\"]?"
                    + "(?=[ \\t]*(?:デス|ダヨ|ダ[!。]|デ[、。! ]|ニ(?:オ願|送|連絡|クダサイ|下サイ|メール)|マデ|宛|ヘ|[!。)]|$))");
    /**
     * 「メアドは taro.y で、後ろはいつものGです」「アドレスは taro.y（gmail抜き）」: a user name given as the
     * address, with the provider only hinted at a little further on.
     */
    private static final Pattern ADDRESS_GIVEN = Pattern.compile(
            "(?:アドレス|メアド|メール)(?:ハ|:|→)?[ \\t]*[「『\"]?([a-z][a-z0-9._\\-]{2,40})(?![a-z0-9@._\\-])"
                    // the name is the address: 「taro.y です」「taro.y で、」「「taro.y」＋」, not 「project_a の件名で」
                    + "(?=[ \\t]*(?:デス|デ[、。 ]|[」』\"()（）+、。]|$))");
    /**
     * 「ymorita.works をそのままGoogleのフリーメールにしたアドレスです」: the user name first, then the
     * provider, then the word address, all in one clause.
     */
    private static final Pattern NAME_THEN_PROVIDER = Pattern.compile(
            "(?<![a-z0-9._\\-])([a-z][a-z0-9._\\-]{2,40})(?![a-z0-9@._\\-])[ \\t]*[」』\"]?[ \\t]*(?:ヲ|ガ|ハ)[^a-z0-9@\\n。]{0,10}?"
                    + "(gmail|yahoo|icloud|outlook|hotmail)[^a-z0-9@\\n。]{0,8}?(?:アドレス|メアド)");
    private static final Pattern PROVIDER_HINT = Pattern.compile(
            "(?<![a-z])(?:gmail|yahoo|icloud|outlook|hotmail|g)(?![a-z])|グーグル|ヤフー|ジーメ");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?:pdf|docx?|xlsx?|pptx?|zip|png|jpe?g|gif|csv|txt|psd|ai|mp4)");
    private static final Pattern ADDRESS_WORD = Pattern.compile("アドレス|メアド|メール|mail|アット|@");

    @Override
    public void detect(AnalyzedSubject subject, FindingSink sink) {
        for (AnalyzedField field : subject.fields()) {
            NormalizedText view = AddressView.of(field.folded());
            String t = view.text();
            boolean omitted = detectOmittedAt(field, view, t, sink);
            if (t.indexOf('@') < 0) {
                if (!omitted) {
                    detectAddressGiven(field, view, t, sink);
                }
                continue;
            }
            detectSpelledDomain(field, view, t, sink);
            detectDomainGivenApart(field, view, t, sink);
            Matcher m = EMAIL.matcher(t);
            while (m.find()) {
                String before = m.group(2);
                String after = m.group(3);
                boolean spaced = !before.isEmpty() || !after.isEmpty();
                int at = m.start(2) + before.length();
                String domain = m.group(4);
                if (spaced && !gluedAt(field, view, at, before + after) && !knownMailDomain(domain)) {
                    continue;
                }
                if (!plausibleDomain(domain) || reservedDomain(domain) && writtenPlainly(field, view, m.start(), m.end())) {
                    continue;
                }
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.95, field, view, m.start(), m.end(), true);
            }
        }
    }

    /** 「担当者名（ohara）＠弊社ドメイン宛」: a user name, an @, and the word domain in place of the domain. */
    private static final Pattern AT_DOMAIN_WORD = Pattern.compile(
            "(?<![a-z0-9._\\-])([a-z][a-z0-9._\\-]{1,40})[)」』]?[ \\t]*@[ \\t]*(?:弊社|当社|会社|ウチ|ワタシ|私)?ノ?ドメイン");
    /** 「（ドメイン：northlink.co.jp）」: the domain itself, given elsewhere in the field. */
    private static final Pattern DOMAIN_GIVEN = Pattern.compile("ドメイン[^a-z0-9\\n]{0,4}[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)+");

    private static void detectDomainGivenApart(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        if (!t.contains("ドメイン")) {
            return;
        }
        Matcher m = AT_DOMAIN_WORD.matcher(t);
        if (m.find() && DOMAIN_GIVEN.matcher(t).find()) {
            sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, m.start(1), m.end(), true);
        }
    }

    /** A mail provider's domain right after an @ (blanks allowed). */
    private static final Pattern AT_PROVIDER_DOMAIN = Pattern.compile(
            "(?<![a-z0-9._%+\\-])@[ \\t]*(?:gmail|yahoo|icloud|outlook|hotmail|docomo|ezweb|softbank|me)\\.[a-z]{2,3}(?:\\.[a-z]{2})?(?![a-z])");
    private static final Pattern USER_NAME = Pattern.compile("(?<![a-z0-9._\\-])[a-z][a-z0-9._\\-]{2,40}(?![a-z0-9._\\-])");

    /**
     * 「kenta（どっと）hayashi のすぐ後ろに 20 をつけて、あっとまーく じーめーる どっと こむ」: the @ spelled
     * out and a provider's domain after it, with the user part described a few words before instead of
     * written next to it. The spelled @ is the tell (a plain 「@gmail.com」 in a sentence is not); a user
     * name must stand shortly before.
     */
    private static void detectSpelledDomain(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        Matcher m = AT_PROVIDER_DOMAIN.matcher(t);
        while (m.find()) {
            int[] span = view.toOriginal(m.start(), m.start() + 1);
            String at = field.original().substring(span[0], span[1]);
            if (at.equals("@") || at.equals("＠")) {
                continue;
            }
            Matcher name = USER_NAME.matcher(t).region(Math.max(0, m.start() - 40), m.start());
            while (name.find()) {
                if (looksLikeUserName(name.group()) && !FILE_NAME.matcher(name.group()).matches() && !looksLikeHostName(name.group())) {
                    sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, name.start(), m.end(), true);
                    break;
                }
            }
        }
    }

    /**
     * 「名前（Yamane Studio）をスペースなしで全部小文字にしたものが、Gのメールのアドレスです」「アドレスは以下の
     * 組み立てで。前半：kaede 区切り：ピリオド…ドメイン：ヤフー」: the address described as a recipe, with
     * the provider hinted; the recipe words next to the address word are the tell.
     */
    private static final Pattern ADDRESS_RECIPE = Pattern.compile(
            "スペース(?:ナシ|抜キ)|全部小文字|小文字ニシ|組ミ立テ|ローマ字デ|ツナゲ|繋ゲ|クッツケ");

    private static void detectAddressRecipe(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        if (t.indexOf("アドレス") < 0 && t.indexOf("メアド") < 0
                || t.indexOf("小文字") < 0 && t.indexOf("スペース") < 0 && t.indexOf("組ミ立テ") < 0 && t.indexOf("ローマ字") < 0
                && t.indexOf("ツナゲ") < 0 && t.indexOf("繋ゲ") < 0 && t.indexOf("クッツケ") < 0) {
            return; // cheap literal checks before the regex pass
        }
        Matcher r = ADDRESS_RECIPE.matcher(t);
        while (r.find()) {
            int from = Math.max(0, r.start() - 40);
            int to = Math.min(t.length(), r.end() + 80);
            String around = t.substring(from, to);
            if ((around.contains("アドレス") || around.contains("メアド")) && PROVIDER_HINT.matcher(around).find()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.8, field, view, r.start(), r.end(), true);
                return;
            }
        }
    }

    private static void detectAddressGiven(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        if (t.indexOf("アドレス") < 0 && t.indexOf("メアド") < 0 && t.indexOf("メール") < 0) {
            return;
        }
        detectAddressRecipe(field, view, t, sink);
        Matcher m = ADDRESS_GIVEN.matcher(t);
        while (m.find()) {
            String local = m.group(1);
            if (!looksLikeUserName(local) || FILE_NAME.matcher(local).matches() || looksLikeHostName(local)) {
                continue;
            }
            Matcher hint = PROVIDER_HINT.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 30));
            if (hint.find()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, m.start(1), hint.end(), true);
            }
        }
    }

    /** Reports user names next to a provider named without the @; true when one was found. */
    private static boolean detectOmittedAt(AnalyzedField field, NormalizedText view, String t, FindingSink sink) {
        if (!t.contains("gmail") && !t.contains("yahoo") && !t.contains("icloud") && !t.contains("outlook")
                && !t.contains("hotmail") && !t.contains("ezweb") && !t.contains("ドコモ") && !t.contains("docomo")) {
            return false;
        }
        boolean found = false;
        Matcher p = PROVIDER_FIRST.matcher(t);
        while (p.find()) {
            if (looksLikeUserName(p.group(2)) && !looksLikeHostName(p.group(2)) && !FILE_NAME.matcher(p.group(2)).matches()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, p.start(), p.end(), true);
                found = true;
            }
        }
        Matcher bare = PROVIDER_NO_NAME.matcher(t);
        while (bare.find()) {
            if (looksLikeUserName(bare.group(2)) && !looksLikeHostName(bare.group(2)) && !FILE_NAME.matcher(bare.group(2)).matches()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, bare.start(), bare.end(2), true);
                found = true;
            }
        }
        Matcher named = NAME_THEN_PROVIDER.matcher(t);
        while (named.find()) {
            if (looksLikeUserName(named.group(1)) && !looksLikeHostName(named.group(1)) && !FILE_NAME.matcher(named.group(1)).matches()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, named.start(1), named.end(2), true);
                found = true;
            }
        }
        Matcher m = AT_OMITTED.matcher(t);
        while (m.find()) {
            if (t.charAt(m.end(1)) == '@') {
                continue; // an ordinary address; the main pattern reports it
            }
            if (m.end(1) == m.start(3)) {
                continue; // 「smtp.gmail.com」: a host name, the provider glued to what comes before
            }
            if (("ト".equals(m.group(2)) || "ノ".equals(m.group(2))) && !looksLikeUserName(m.group(1))) {
                continue; // 「zoom と gmail」「outlook の gmail」: tools named, not a user name and its provider
            }
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(t.length(), m.end() + 30);
            if (ADDRESS_WORD.matcher(t).region(from, to).find()) {
                sink.add(ViolationCategory.DIRECT_TRADING, RULE, 0.85, field, view, m.start(1), m.end(), true);
                found = true;
            }
        }
        return found;
    }

    /** 「hana.k @gmail.com」: blanks around a plain @ still make an address when the domain is a mail provider's. */
    private static boolean knownMailDomain(String domain) {
        int dot = domain.indexOf('.');
        return dot > 0 && PROVIDERS.contains(domain.substring(0, dot));
    }

    private static final Pattern HOST_NAME_END = Pattern.compile(".*\\.(?:com|jp|net|org|io)");

    /** 「Gmail: smtp.gmail.com」: a server name, not the user part of an address. */
    private static boolean looksLikeHostName(String s) {
        return HOST_NAME_END.matcher(s).matches() || s.contains("gmail") || s.contains("yahoo") || s.contains("outlook");
    }

    /** A user name has digits or . _ - in it; a bare word (zoom, slack) is not one. */
    private static boolean looksLikeUserName(String s) {
        return s.chars().anyMatch(ch -> (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-');
    }

    /**
     * Blanks around @ are evasion when they include a line break, the @ was not a plain ASCII @,
     * or a joining word stands before it (「ryo.kimura に @gmail.com をつけた」「nozomi.k + @outlook.com」).
     */
    private static boolean gluedAt(AnalyzedField field, NormalizedText view, int at, String blanks) {
        if (blanks.indexOf('\n') >= 0 || blanks.indexOf('ニ') >= 0 || blanks.indexOf('ト') >= 0 || blanks.indexOf('+') >= 0) {
            return true;
        }
        int[] span = view.toOriginal(at, at + 1);
        String orig = field.original().substring(span[0], span[1]);
        return !orig.equals("@");
    }

    /**
     * Domains reserved for documentation and tests (RFC 2606 / 6761: example.com/net/org and
     * national variants such as example.co.jp, and the .example/.test/.invalid/.localhost TLDs)
     * can never reach anyone, so a plainly written address there is sample data, not a contact.
     * A disguised one (spelled-out @, look-alike letters) still counts: hiding it is the tell.
     */
    static boolean reservedDomain(String domain) {
        return domain.equals("example") || domain.startsWith("example.") || domain.contains(".example.")
                || domain.endsWith(".example") || domain.endsWith(".test") || domain.endsWith(".invalid")
                || domain.endsWith(".localhost") || domain.equals("localhost");
    }

    /** Whether the original text of [start, end) is the address as matched (no spelled-out @, look-alikes, blanks). */
    private static boolean writtenPlainly(AnalyzedField field, NormalizedText view, int start, int end) {
        int[] span = view.toOriginal(start, end);
        return field.original().substring(span[0], span[1]).equalsIgnoreCase(view.text().substring(start, end));
    }

    private static boolean plausibleDomain(String domain) {
        int dot = domain.lastIndexOf('.');
        if (dot < 0) {
            return PROVIDERS.contains(domain);
        }
        String tld = domain.substring(dot + 1);
        return tld.length() >= 2 && tld.length() <= 6 && tld.chars().allMatch(Character::isLetter);
    }
}
