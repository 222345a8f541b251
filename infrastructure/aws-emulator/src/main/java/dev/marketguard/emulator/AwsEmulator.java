package dev.marketguard.emulator;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An AWS API emulator: the one named by {@code AWS_ENDPOINT_URL} (LocalStack, say), or moto
 * server started on a free loopback port and stopped by {@link #close()}. moto is started through
 * {@code serial_moto_server.py}, which serves one request at a time (see there why).
 */
public final class AwsEmulator implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final URI endpoint;
    private final Process process;
    /** The started server's script copy and log, deleted by {@link #close()} (every test run made two files in /tmp). */
    private final List<Path> scratchFiles;

    private AwsEmulator(URI endpoint, Process process, List<Path> scratchFiles) {
        this.endpoint = endpoint;
        this.process = process;
        this.scratchFiles = scratchFiles;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Attaches to {@code AWS_ENDPOINT_URL} when set, else starts moto server.
     *
     * @return empty when neither is available (the caller decides whether that skips or fails)
     */
    public static Optional<AwsEmulator> attachOrStart() throws IOException, InterruptedException {
        String configured = System.getenv("AWS_ENDPOINT_URL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(new AwsEmulator(URI.create(configured), null, List.of()));
        }
        Optional<Path> python = findOnPath(System.getenv().getOrDefault("MOTO_PYTHON", "python3"));
        if (python.isEmpty() || !hasMoto(python.get())) {
            return Optional.empty();
        }
        Path script = Files.createTempFile("serial-moto-server-", ".py");
        try (var in = AwsEmulator.class.getResourceAsStream("serial_moto_server.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int port = freePort();
        Path log = Files.createTempFile("moto-server-", ".log");
        Process process = new ProcessBuilder(python.get().toString(), script.toString(), "127.0.0.1", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitPort(process, port, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            deleteQuietly(List.of(script, log)); // awaitPort's exception already carries the log's text
            throw e;
        }
        return Optional.of(new AwsEmulator(URI.create("http://127.0.0.1:" + port), process, List.of(script, log)));
    }

    private static boolean hasMoto(Path python) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(python.toString(), "-c", "import moto.server, werkzeug")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return probe.waitFor() == 0;
    }

    private static Optional<Path> findOnPath(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command)) ? Optional.of(Path.of(command)) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(Process process, int port, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("moto server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IOException("moto server did not listen on port " + port + " within " + STARTUP + ": " + Files.readString(log));
    }

    /** The files this emulator wrote for its server (empty when attached to a configured one). */
    List<Path> scratchFiles() {
        return scratchFiles;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        deleteQuietly(scratchFiles);
    }

    private static void deleteQuietly(List<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a temp file left behind is not worth failing a test run for
            }
        }
    }
}
