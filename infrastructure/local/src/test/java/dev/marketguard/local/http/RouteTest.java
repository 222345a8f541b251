package dev.marketguard.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {
    private final Route review = new Route("POST", "/screenings/{screeningId}/review", "f", (request, context) -> null);
    private final Route queue = new Route("GET", "/screenings/review-queue", "f", (request, context) -> null);

    @Test
    void capturesPathParameters() {
        assertThat(review.match("/screenings/abc-123/review")).contains(Map.of("screeningId", "abc-123"));
        assertThat(queue.match("/screenings/review-queue")).contains(Map.of());
    }

    @Test
    void needsEverySegmentToFit() {
        assertThat(review.match("/screenings/abc/review/extra")).isEmpty();
        assertThat(review.match("/screenings//review")).isEmpty();
        assertThat(review.match("/screenings/abc/reviews")).isEmpty();
        assertThat(queue.match("/screenings/review-queue/")).isEmpty();
        assertThat(queue.match("/")).isEmpty();
    }
}
