package dev.marketguard.functions.monthly;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Records every HTTP request an SDK client sends (retries included), by operation, e.g. "Query". */
final class RequestCounter implements ExecutionInterceptor {
    private final List<String> requests = new ArrayList<>();

    @Override
    public synchronized void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        requests.add(context.request().getClass().getSimpleName().replaceFirst("Request$", ""));
    }

    synchronized List<String> takeAll() {
        List<String> taken = List.copyOf(requests);
        requests.clear();
        return taken;
    }
}
