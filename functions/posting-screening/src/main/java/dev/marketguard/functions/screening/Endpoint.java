package dev.marketguard.functions.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The routes template.yaml gives PostingScreeningFunction (DESIGN.md section 5). */
enum Endpoint {
    SCREEN_POSTING("POST", "/screenings/postings"),
    SCREEN_MESSAGE("POST", "/screenings/messages"),
    REVIEW_QUEUE("GET", "/screenings/review-queue"),
    REVIEW_DECISION("POST", "/screenings/{screeningId}/review");

    private final String method;
    private final String template;
    private final Pattern pattern;
    private final List<String> parameters = new ArrayList<>();

    Endpoint(String method, String template) {
        this.method = method;
        this.template = template;
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            parameters.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        this.pattern = Pattern.compile(regex.toString());
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    Pattern pattern() {
        return pattern;
    }

    List<String> parameters() {
        return parameters;
    }
}
