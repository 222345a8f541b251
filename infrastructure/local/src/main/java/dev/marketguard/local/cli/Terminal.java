package dev.marketguard.local.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a command reads and writes, and the environment it sees: the process's own in
 * production, buffers in tests. Output is UTF-8 whatever the platform default.
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {

    public static Terminal system() {
        return new Terminal(System.in,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8),
                System.getenv());
    }
}
