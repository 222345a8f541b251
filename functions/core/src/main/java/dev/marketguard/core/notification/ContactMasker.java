package dev.marketguard.core.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides contact details in text that goes to support: phone numbers keep their first group and
 * last four digits ({@code 090-****-5678}), e-mail addresses their first character and domain
 * ({@code a***@example.com}), chat IDs and handles their first character ({@code LINE ID a***}),
 * LINE invitation links their host ({@code line.me/***}). Everything else is left as written.
 *
 * <p>Matching runs on a same-length view of the text in which full-width letters and digits,
 * kanji digits and dash look-alikes are folded to ASCII, so {@code ０９０ー１２３４ー５６７８}
 * and {@code 〇九〇-一二三四-五六七八} are caught too. A masked span is written from that view
 * (ASCII); text outside masked spans is kept exactly. Over-masking (an order number of ten
 * digits, say) is accepted: a leaked phone number is the worse mistake.
 */
public final class ContactMasker {
    private static final String MASK = "***";

    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9._%+-]+)\\s*(?:@|\\(at\\)|\\[at\\]|アットマ[ー-]ク|アット)\\s*"
                    + "([A-Za-z0-9-]+(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\]|ドット)\\s*[A-Za-z0-9-]+)+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN_DOT = Pattern.compile("\\s*(?:\\.|\\(dot\\)|\\[dot\\]|ドット)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_LINK = Pattern.compile("(?:https?://)?(line\\.me|lin\\.ee)/[^\\s「」『』()（）]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAT_ID = Pattern.compile(
            "(?<![A-Za-z])(?:(?:LINE|ライン|Skype|スカイプ|Discord|ディスコード|Telegram|テレグラム|WeChat|KakaoTalk|Kakao|"
                    + "カカオトーク|カカオ|Instagram|インスタグラム|インスタ|Twitter|ツイッター)\\s*(?:ID|アイディー)?|ID)"
                    + "\\s*(?:[:=：]|は|を)?\\s*@?([A-Za-z0-9][A-Za-z0-9._-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE = Pattern.compile("(?<![A-Za-z0-9._%+-])@([A-Za-z0-9_][A-Za-z0-9._]{2,})");
    private static final Pattern PHONE = Pattern.compile("(?<![A-Za-z0-9])\\+?\\d(?:[\\d\\s().-]*\\d)?");
    /** Service names say where to look, but are no contact detail themselves. */
    private static final Pattern SERVICE_NAME = Pattern.compile(
            "LINE|ライン|Skype|スカイプ|Discord|ディスコード|Telegram|テレグラム|WeChat|KakaoTalk|Kakao|カカオトーク|カカオ|"
                    + "Instagram|インスタグラム|インスタ|Twitter|ツイッター|TikTok|Facebook|Messenger|Chatwork|Slack|Zoom|Gmail|"
                    + "Google|PayPay|PayPal|SMS|ID",
            Pattern.CASE_INSENSITIVE);
    /** One ASCII token ("taro_1988"), or single characters spaced out ("t a r o @ e x a m p l e . c o m"). */
    private static final Pattern BARE_DETAIL = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._%+@:/-]*|[A-Za-z0-9._%+@:/-](?:\\s+[A-Za-z0-9._%+@:/-]){3,}");
    private static final int PHONE_MIN_DIGITS = 10;
    private static final int PHONE_MAX_DIGITS = 15;

    private ContactMasker() {
    }

    /** The text with every contact detail masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String view = foldToAscii(text);
        List<Span> spans = new ArrayList<>();
        collect(spans, EMAIL.matcher(view), m -> m.group(1).charAt(0) + MASK + "@" + DOMAIN_DOT.matcher(m.group(2)).replaceAll("."));
        collect(spans, LINE_LINK.matcher(view), m -> m.group(1).toLowerCase(java.util.Locale.ROOT) + "/" + MASK);
        collect(spans, CHAT_ID.matcher(view), m -> view.substring(m.start(), m.start(1)) + m.group(1).charAt(0) + MASK);
        collect(spans, HANDLE.matcher(view), m -> "@" + m.group(1).charAt(0) + MASK);
        collect(spans, PHONE.matcher(view), ContactMasker::maskPhone);

        spans.sort((a, b) -> Integer.compare(a.start, b.start));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : spans) {
            out.append(text, at, span.start).append(span.replacement);
            at = span.end;
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The text masked, with runs of white space made one space, cut to {@code max} characters with "…". */
    public static String maskedExcerpt(String text, int max) {
        return excerpt(mask(text), max);
    }

    /**
     * Evidence that screening marked for contact exchange (DIRECT_TRADING). The engine marks the
     * detail itself, often without the words around it that let {@link #mask} recognise it: a bare
     * {@code taro_1988} after "LINE ID:", a spaced-out {@code t a r o @ e x a m p l e . c o m}. Such a
     * span (one ASCII token, or single characters spaced out, and not a service name) is masked
     * whole, first character kept ({@code t***}); Japanese cue phrases ("までお電話ください"), service
     * names ("LINE") and English phrases are left as written.
     */
    public static String maskContactEvidence(String text) {
        String masked = mask(text);
        if (masked == null || !masked.equals(text)) {
            return masked;
        }
        String view = foldToAscii(text).strip();
        if (view.isEmpty() || !BARE_DETAIL.matcher(view).matches() || SERVICE_NAME.matcher(view).matches()) {
            return masked;
        }
        return view.charAt(0) + MASK;
    }

    /** Already masked text with runs of white space made one space, cut to {@code max} characters with "…". */
    public static String excerpt(String masked, int max) {
        if (masked == null) {
            return "";
        }
        String oneLine = masked.replaceAll("[\\s\\u3000]+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private interface Replacement {
        /** The masked form, or null to leave the match alone. */
        String of(Matcher match);
    }

    private record Span(int start, int end, String replacement) {
        boolean overlaps(int otherStart, int otherEnd) {
            return otherStart < end && start < otherEnd;
        }
    }

    /** Adds the matches that do not overlap a span found earlier (e-mail before handle before phone). */
    private static void collect(List<Span> spans, Matcher matcher, Replacement replacement) {
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (spans.stream().anyMatch(s -> s.overlaps(start, end))) {
                continue;
            }
            String masked = replacement.of(matcher);
            if (masked != null) {
                spans.add(new Span(start, end, masked));
            }
        }
    }

    /** Keeps the first group (up to four digits, e.g. 090 or 03; three digits when ungrouped) and the last four. */
    private static String maskPhone(Matcher match) {
        String number = match.group();
        int digits = (int) number.chars().filter(Character::isDigit).count();
        if (digits < PHONE_MIN_DIGITS || digits > PHONE_MAX_DIGITS) {
            return null;
        }
        int firstGroup = 0;
        int i = number.startsWith("+") ? 1 : 0;
        while (i < number.length() && Character.isDigit(number.charAt(i))) {
            firstGroup++;
            i++;
        }
        int keepFirst = firstGroup < digits && firstGroup <= 4 ? firstGroup : 3;
        StringBuilder masked = new StringBuilder(number.length());
        int seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(seen < keepFirst || seen >= digits - 4 ? c : '*');
                seen++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /** Same length as the input: full-width ASCII, kanji digits and dash look-alikes folded to ASCII. */
    static String foldToAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if ("ー−‐‑‒–—―ｰ﹣".indexOf(c) >= 0) {
                chars[i] = '-';
            } else {
                int kanji = "〇一二三四五六七八九".indexOf(c);
                if (kanji >= 0) {
                    chars[i] = (char) ('0' + kanji);
                }
            }
        }
        return new String(chars);
    }
}
