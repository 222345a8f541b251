package dev.marketguard.local.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where whatever else prints to {@code System.out} goes while a command owns stdout: to stderr,
 * line by line, except the handlers' CloudWatch metric lines (Embedded Metric Format, one JSON
 * object starting {@code {"_aws":} per data point), which CloudWatch would consume and which
 * locally would only drown the console.
 */
public final class StrayOutput extends OutputStream {
    private static final byte[] METRIC_LINE = "{\"_aws\":".getBytes(StandardCharsets.UTF_8);

    private final OutputStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private StrayOutput(OutputStream target) {
        this.target = target;
    }

    public static PrintStream to(PrintStream stderr) {
        return new PrintStream(new StrayOutput(stderr), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flushLine();
        target.flush();
    }

    private void flushLine() throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (!startsWith(bytes, METRIC_LINE)) {
            target.write(bytes);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
