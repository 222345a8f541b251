package dev.marketguard.functions.monthly;

import java.util.Locale;

/**
 * Content negotiation for GET /monthly-reports/{month}: JSON unless the client prefers HTML.
 * A browser ("text/html,…,*\/*;q=0.8") gets the page; "*\/*", no header, or a tie gets JSON,
 * the documented default.
 */
final class AcceptHeader {
    private AcceptHeader() {
    }

    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double html = quality(accept, "text", "html");
        double json = quality(accept, "application", "json");
        return html > 0 && html > json;
    }

    /** The q-value the most specific matching range gives type/subtype (RFC 9110 section 12.5.1). */
    static double quality(String accept, String type, String subtype) {
        int bestSpecificity = -1;
        double best = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity;
            if (mediaRange.equals(type + "/" + subtype)) {
                specificity = 2;
            } else if (mediaRange.equals(type + "/*")) {
                specificity = 1;
            } else if (mediaRange.equals("*/*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = qValue(parts);
            }
        }
        return best;
    }

    private static double qValue(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(pair[1].trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
