package dev.marketguard.core.screening;

import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.violation.Establishment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recorded staff decision.
 *
 * @param established per category the confirmed violation was established under, whether this
 *                    call counted it (false when it already counted this month); empty for clean
 */
public record ReviewResult(Screening screening, Map<ViolationCategory, Establishment> established) {
    public ReviewResult {
        established = Collections.unmodifiableMap(new LinkedHashMap<>(established));
    }
}
