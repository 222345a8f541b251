package dev.marketguard.emulator;

import java.util.List;

/**
 * A function's DynamoDB stream event source as template.yaml declares it, for callers that drive
 * the function from the stream the way its event source mapping would.
 *
 * @param filterPatterns the FilterCriteria patterns (JSON); a record is delivered when any matches, or always when none are given
 */
public record StreamEventSource(String tableLogicalId, int batchSize, int maximumRetryAttempts, List<String> filterPatterns) {
    public StreamEventSource {
        filterPatterns = List.copyOf(filterPatterns);
    }
}
