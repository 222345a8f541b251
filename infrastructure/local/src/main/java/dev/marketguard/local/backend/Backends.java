package dev.marketguard.local.backend;

import dev.marketguard.local.backend.emulator.EmulatorBackend;
import dev.marketguard.local.backend.memory.InMemoryBackend;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/** Chooses the backend the way the SDK chooses its endpoint: {@code AWS_ENDPOINT_URL} set means an emulator there. */
public final class Backends {
    public static final String DEFAULT_STACK = "marketguard-local";

    /**
     * The functions' settings that template.yaml takes from its parameters; set in the
     * environment, they override the parameters' defaults in both backends (as
     * {@code sam deploy --parameter-overrides} would).
     */
    public static final Set<String> TUNABLE_VARIABLES =
            Set.of("REVIEW_THRESHOLD", "BLOCK_THRESHOLD", "REPORT_DAILY_LIMIT", "REPEAT_OFFENDER_THRESHOLDS");

    private Backends() {
    }

    public static Backend open(Map<String, String> env, String stackName, PrintStream console) {
        String endpoint = env.get("AWS_ENDPOINT_URL");
        if (endpoint == null || endpoint.isBlank()) {
            return InMemoryBackend.create(env, console);
        }
        return EmulatorBackend.open(URI.create(endpoint.trim()), stackName, env, console);
    }
}
