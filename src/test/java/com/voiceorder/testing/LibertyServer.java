package com.voiceorder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Liberty server (target/liberty/wlp, built by {@code mvn package}) run as a child
 * process for integration tests, on its own ports and with a fresh data directory under target/.
 * One instance per test JVM; {@link #restart()} keeps its data, as a real restart would.
 */
public final class LibertyServer {

    public static final String ADMIN_PASSWORD = "admin-it-password";
    /** How long a start may take: {@code -Dvoiceorder.it.start-timeout-seconds} (a busy machine needs more). */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("voiceorder.it.start-timeout-seconds", 300));
    private static LibertyServer shared;

    private final Path libertyHome;
    private final int httpPort;
    private final int sipPort;
    private final Path dataDir;
    private final Map<String, String> extraEnvironment;
    private Process process;

    private LibertyServer(Map<String, String> extraEnvironment) {
        this.libertyHome = Path.of(System.getProperty("voiceorder.it.liberty.home", "target/liberty/wlp"));
        this.httpPort = Integer.getInteger("voiceorder.it.http.port", 19080);
        this.sipPort = Integer.getInteger("voiceorder.it.sip.port", 15060);
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        try {
            Path root = Files.createDirectories(Path.of("target", "it-data"));
            this.dataDir = Files.createTempDirectory(root, "run-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server shared by the integration tests of this JVM, started on first use. */
    public static synchronized LibertyServer shared() {
        if (shared == null) {
            LibertyServer server = new LibertyServer(Map.of());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            shared = server;
        }
        return shared;
    }

    /**
     * A server of its own with extra environment (e.g. another database), for one test class.
     * Only one Liberty runs from target/liberty at a time, so the shared server is stopped first;
     * the next {@link #shared()} call starts a fresh one. Stop the returned server when done.
     */
    public static synchronized LibertyServer dedicated(Map<String, String> environment) {
        if (shared != null) {
            shared.stop();
            shared = null;
        }
        LibertyServer server = new LibertyServer(environment);
        server.start();
        return server;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    public URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public int sipPort() {
        return sipPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The server's running processes (the launch script and the JVM it starts), e.g. to read their CPU time. */
    public synchronized java.util.List<ProcessHandle> processes() {
        if (process == null) {
            return java.util.List.of();
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .filter(ProcessHandle::isAlive).toList();
    }

    public synchronized void restart() {
        stop();
        start();
    }

    /** Kills the server process at once (no shutdown), as a crash or an OOM kill would. */
    public synchronized void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(process);
            process = null;
        }
    }

    public synchronized void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            waitFor(process);
            process = null;
        }
    }

    /** Starts with --clean: a warm Liberty can keep a previous run's datasource otherwise. */
    private void start() {
        ProcessBuilder builder = new ProcessBuilder(libertyHome.resolve("bin/server").toString(), "run", "voiceorder", "--clean");
        Map<String, String> env = builder.environment();
        env.putAll(environment());
        Path log = dataDir.resolve("console.log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Liberty from " + libertyHome + " (run mvn package first)", e);
        }
        try {
            awaitReady(log);
        } catch (RuntimeException notReady) {
            kill(); // never leave a half-started server holding the ports for the next test
            throw notReady;
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("VOICEORDER_HTTP_PORT", Integer.toString(httpPort));
        env.put("VOICEORDER_HTTPS_PORT", Integer.toString(httpPort + 363));
        env.put("VOICEORDER_SIP_PORT", Integer.toString(sipPort));
        env.put("VOICEORDER_SIP_BIND", "127.0.0.1");
        // RTP ports follow the SIP port, so servers of parallel checkouts (other it.sip.port) never share them
        int rtpMin = 31000 + (sipPort % 30) * 1000;
        env.put("VOICEORDER_RTP_PORT_MIN", Integer.toString(rtpMin));
        env.put("VOICEORDER_RTP_PORT_MAX", Integer.toString(rtpMin + 999));
        env.put("VOICEORDER_DATA_DIR", dataDir.toString());
        env.put("VOICEORDER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(extraEnvironment);
        return env;
    }

    private void awaitReady(Path log) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Liberty exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("Liberty not ready after " + START_TIMEOUT + "; see " + log);
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
