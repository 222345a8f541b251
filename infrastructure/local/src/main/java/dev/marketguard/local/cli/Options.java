package dev.marketguard.local.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * GNU-style long options: {@code --port 3000}, {@code --port=3000}, switches like {@code --demo},
 * and {@code -h}/{@code --help}. Anything not declared is a usage error, so a typo never
 * silently runs with defaults.
 */
public final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();
    private boolean help;

    private Options() {
    }

    /**
     * @param valued   option names that take a value ("port")
     * @param switches option names that take none ("demo")
     */
    public static Options parse(List<String> args, Set<String> valued, Set<String> switches) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                options.help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                if (options.values.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else if (switches.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                options.switches.add(name);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return options;
    }

    public boolean help() {
        return help;
    }

    public boolean has(String switchName) {
        return switches.contains(switchName);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A value converted by {@code parse}, which returns empty for a bad value (a usage error naming {@code expected}). */
    public <T> Optional<T> value(String name, Function<String, Optional<T>> parse, String expected) throws UsageException {
        String raw = values.get(name);
        if (raw == null) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(raw);
        if (parsed.isEmpty()) {
            throw new UsageException("--" + name + " must be " + expected + ", not '" + raw + "'");
        }
        return parsed;
    }

    public int port(String name, int defaultPort) throws UsageException {
        return value(name, Options::parsePort, "a port number from 0 to 65535").orElse(defaultPort);
    }

    private static Optional<Integer> parsePort(String text) {
        if (!text.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(text);
        return port <= 65535 ? Optional.of(port) : Optional.empty();
    }
}
