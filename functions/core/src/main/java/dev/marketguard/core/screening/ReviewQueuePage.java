package dev.marketguard.core.screening;

import java.util.List;
import java.util.Optional;

/**
 * One page of verdicts waiting for staff, oldest first.
 *
 * @param next where the following page starts, or null on the last page. A store returns its
 *             queue position here; {@link ScreeningService} hands clients an opaque cursor instead.
 */
public record ReviewQueuePage(List<Screening> items, String next) {
    public ReviewQueuePage {
        items = List.copyOf(items);
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(next);
    }
}
