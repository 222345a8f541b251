package dev.marketguard.functions.screening;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.aws.json.Json;
import dev.marketguard.aws.screening.ScreeningJson;
import dev.marketguard.core.screening.ReviewQueuePage;
import dev.marketguard.core.screening.ReviewResult;
import dev.marketguard.core.screening.Screening;
import dev.marketguard.core.screening.ScreeningTimes;
import dev.marketguard.core.screening.StaffReview;

/** Response bodies: the verdict as DESIGN.md gives it, and the staff views built on it. */
final class ScreeningViews {
    private ScreeningViews() {
    }

    static ObjectNode verdict(Screening screening) {
        return ScreeningJson.verdict(screening);
    }

    /** {"items":[verdict + author, workStyle, phase, reviewStatus], "nextCursor": "…" | null} */
    static ObjectNode queue(ReviewQueuePage page) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode items = body.putArray("items");
        page.items().forEach(s -> items.add(staffView(s)));
        body.put("nextCursor", page.next());
        return body;
    }

    /** The reviewed verdict, the decision, and per category whether this call counted it. */
    static ObjectNode reviewed(ReviewResult result) {
        ObjectNode body = staffView(result.screening());
        ArrayNode established = body.putArray("established");
        result.established().forEach((category, establishment) ->
                established.addObject().put("category", category.name()).put("counted", establishment.counted()));
        return body;
    }

    private static ObjectNode staffView(Screening screening) {
        ObjectNode node = ScreeningJson.verdict(screening);
        node.put("authorId", screening.authorId());
        node.put("workStyle", screening.workStyle().code());
        if (screening.phase() != null) {
            node.put("phase", screening.phase().code());
        }
        node.put("reviewStatus", screening.reviewStatus().code());
        StaffReview review = screening.review();
        if (review != null) {
            ObjectNode r = node.putObject("review");
            r.put("outcome", review.outcome().code());
            if (review.category() != null) {
                r.put("category", review.category().name());
            }
            r.put("reviewerId", review.reviewerId());
            r.put("reviewedAt", ScreeningTimes.format(review.reviewedAt()));
        }
        return node;
    }
}
