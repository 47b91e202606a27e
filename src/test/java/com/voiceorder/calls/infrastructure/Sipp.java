package com.voiceorder.calls.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SIPp (Debian {@code sip-tester}) placing one call, run as a child process bounded by {@code -m 1},
 * SIPp's own {@code -timeout} and a hard wait limit. Each run gets a folder under target/ holding the
 * {@code pcap} link the scenarios' relative paths need, the scenario files and SIPp's error log.
 */
final class Sipp {

    static final Path SAMPLES = Path.of("/usr/share/sip-tester");

    /** How a run ended: SIPp's exit code (0 = every call succeeded) and what it printed. */
    record Result(int exitCode, String output, Path folder) {
    }

    private final int serverPort;
    private final int localPort;
    private final int mediaPort;

    Sipp(int serverPort, int localPort, int mediaPort) {
        this.serverPort = serverPort;
        this.localPort = localPort;
        this.mediaPort = mediaPort;
    }

    /** Runs a built-in scenario ({@code -sn}). */
    Result builtIn(String scenario, String calledNumber, Duration timeout, String... extra) {
        return run(List.of("-sn", scenario), calledNumber, timeout, extra);
    }

    /** Runs a scenario file from src/test/resources/sipp ({@code -sf}). */
    Result scenario(String resource, String calledNumber, Duration timeout, String... extra) {
        return run(List.of("-sf", resource), calledNumber, timeout, extra);
    }

    private Result run(List<String> scenario, String calledNumber, Duration timeout, String... extra) {
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "sipp")), "run-")
                    .toAbsolutePath();
            Files.createSymbolicLink(folder.resolve("pcap"), SAMPLES);
            if (scenario.get(0).equals("-sf")) {
                try (InputStream xml = Sipp.class.getResourceAsStream("/sipp/" + scenario.get(1))) {
                    if (xml == null) {
                        throw new IllegalArgumentException("No scenario " + scenario.get(1));
                    }
                    Files.copy(xml, folder.resolve(scenario.get(1)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            List<String> command = new ArrayList<>(List.of("sipp", "127.0.0.1:" + serverPort));
            command.addAll(scenario);
            command.addAll(List.of("-s", calledNumber, "-i", "127.0.0.1", "-p", Integer.toString(localPort),
                    "-mi", "127.0.0.1", "-mp", Integer.toString(mediaPort), "-m", "1", "-nostdin", "-trace_err",
                    "-timeout", timeout.toSeconds() + "s", "-timeout_error"));
            command.addAll(List.of(extra));
            Path output = folder.resolve("sipp-output.txt");
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toSeconds() + 15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return new Result(-1, "SIPp did not finish: " + read(output), folder);
            }
            return new Result(process.exitValue(), read(output) + errors(folder), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String errors(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_errors.log")).toList()) {
                text.append("\n--- ").append(file.getFileName()).append('\n').append(read(file));
            }
        }
        return text.toString();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
    }
}
