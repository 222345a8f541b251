package dev.marketguard.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/marketguard-local.jar …} as a child process, the way a user runs it:
 * one-shot commands ({@link #run}) and the server ({@link #serve}, on a free port it reports).
 */
public final class MarketguardProcess implements AutoCloseable {
    private static final Pattern BANNER = Pattern.compile("marketguard is serving (http://\\S+)");
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final URI uri;
    private final StringBuffer stdout;
    private final StringBuffer stderr;

    private MarketguardProcess(Process process, URI uri, StringBuffer stdout, StringBuffer stderr) {
        this.process = process;
        this.uri = uri;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** What a finished command did. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("marketguard.jar", "target/marketguard-local.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run after 'package' (mvn verify)");
        }
        return jar;
    }

    /** Runs a command to its end with {@code stdin} as input. {@code env} adds to (null values remove from) this JVM's environment. */
    public static Result run(Map<String, String> env, String stdin, String... args) {
        Process process = start(env, args);
        CompletableFuture<String> out = collect(process.getInputStream(), null, null);
        CompletableFuture<String> err = collect(process.getErrorStream(), null, null);
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the command may exit without reading its input (a usage error): that is its answer
        }
        try {
            if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("marketguard " + String.join(" ", args) + " did not finish");
            }
            return new Result(process.exitValue(), out.get(), err.get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code serve --port 0 …} and waits for the banner that names its address. */
    public static MarketguardProcess serve(Map<String, String> env, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(extraArgs));
        Process process = start(env, args.toArray(String[]::new));
        StringBuffer stdout = new StringBuffer();
        StringBuffer stderr = new StringBuffer();
        CompletableFuture<URI> address = new CompletableFuture<>();
        collect(process.getInputStream(), stdout, address);
        collect(process.getErrorStream(), stderr, null);
        try {
            URI uri = address.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            return new MarketguardProcess(process, uri, stdout, stderr);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start: " + e + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr, e);
        }
    }

    public URI uri() {
        return uri;
    }

    /** Everything the server printed on stdout so far (banner, access log, notifications). */
    public String stdout() {
        return stdout.toString();
    }

    public String stderr() {
        return stderr.toString();
    }

    /** Waits until stdout contains {@code text}; false when it did not within {@code timeout}. */
    public boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stdout.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static Process start(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream line by line into {@code sink}; completes {@code banner} with the server's address. */
    private static CompletableFuture<String> collect(java.io.InputStream stream, StringBuffer sink, CompletableFuture<URI> banner) {
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder all = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    all.append(line).append('\n');
                    if (sink != null) {
                        sink.append(line).append('\n');
                    }
                    Matcher matcher = banner == null ? null : BANNER.matcher(line);
                    if (matcher != null && matcher.find()) {
                        banner.complete(URI.create(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            if (banner != null) {
                banner.completeExceptionally(new IllegalStateException("serve exited before it was serving"));
            }
            return all.toString();
        }, runnable -> {
            Thread thread = new Thread(runnable, "marketguard-output");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Stops the server as Ctrl-C would (SIGTERM), and checks it stops cleanly. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("serve did not stop within 30 s of SIGTERM");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public int exitCode() {
        return process.exitValue();
    }
}
