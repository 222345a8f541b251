package dev.marketguard.aws.config;

import java.util.Map;
import java.util.Optional;

/**
 * A function's configuration: the environment variables template.yaml gives it. Handlers read
 * {@link #fromSystem()}; tests pass the map the emulator stack resolved from the same template.
 */
public record AwsEnvironment(Map<String, String> variables) {
    public AwsEnvironment {
        variables = Map.copyOf(variables);
    }

    public static AwsEnvironment fromSystem() {
        return new AwsEnvironment(System.getenv());
    }

    public String required(String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set (template.yaml sets it)");
        }
        return value;
    }

    public Optional<String> optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public int intValue(String name, int defaultValue) {
        return optional(name).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("environment variable " + name + " must be a whole number, not " + value);
            }
        }).orElse(defaultValue);
    }
}
