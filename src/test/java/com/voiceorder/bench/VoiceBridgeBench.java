package com.voiceorder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import com.voiceorder.testing.ScriptedRealtimeServer;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The voice bridge under load: the packaged server (target/liberty/wlp) with the AI agent pointed at a
 * load-capable scripted Realtime server in this JVM ({@link BargingCallerScript}: agent audio faster than
 * real time, a barge-in every turn), SIPp placing G.711 calls (uac_pcap, ~8 s of PCMA each) at each
 * concurrency level for a bounded time. After the ramp-up, the server's own bridge figures
 * ({@code GET /api/telephony/bridge}) and its CPU time ({@code /proc}) are taken over a measurement window
 * while the calls are held at the level; prints a Markdown table.
 *
 * <p>Arguments: levels, then options {@code --duration 45} (seconds SIPp starts calls per level),
 * {@code --ramp 12} (seconds before the window opens), {@code --warmup 30} (seconds of 20 calls first, not
 * reported; 0 = none), {@code --http-port}, {@code --sip-port} (the server's;
 * default: free ports), {@code --script-threads 2}, {@code --start-timeout 900} (seconds). Run it through {@code bench/voice-bridge}.
 */
public final class VoiceBridgeBench {

    private static final Path SIPP_SAMPLES = Path.of("/usr/share/sip-tester");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private VoiceBridgeBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> levels = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                levels.add(Integer.parseInt(args[i]));
            }
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("usage: VoiceBridgeBench LEVEL... [--duration S] [--ramp S]");
        }
        int duration = Integer.parseInt(options.getOrDefault("duration", "45"));
        int ramp = Integer.parseInt(options.getOrDefault("ramp", "12"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        int maxLevel = levels.stream().max(Integer::compare).orElseThrow();
        if (maxLevel > 450) {
            throw new IllegalArgumentException("at most 450 calls: the server's RTP range holds 500 and a line 500");
        }
        // a busy machine starts Liberty slowly: before LibertyServer reads it
        System.setProperty("voiceorder.it.start-timeout-seconds", options.getOrDefault("start-timeout", "900"));
        System.setProperty("voiceorder.it.http.port", options.getOrDefault("http-port", Integer.toString(freePort())));
        System.setProperty("voiceorder.it.sip.port", options.getOrDefault("sip-port", Integer.toString(freePort())));

        String started = MINUTE.format(Instant.now());
        List<BridgeBenchReport.Row> rows = new ArrayList<>();
        try (BargingCallerScript script = new BargingCallerScript(Integer.parseInt(options.getOrDefault("script-threads", "2")));
             ScriptedRealtimeServer openai = ScriptedRealtimeServer.startForLoad(script)) {
            System.err.println("Scripted Realtime server on " + openai.url() + "; starting the server (target/liberty/wlp)");
            LibertyServer server = LibertyServer.dedicated(Map.of(
                    "VOICEORDER_OPENAI_API_KEY", "sk-bench-voice-bridge",
                    "VOICEORDER_OPENAI_REALTIME_URL", openai.url().toString(),
                    "VOICEORDER_OPENAI_CONNECT_TIMEOUT_MS", "5000",
                    "VOICEORDER_SIP_MAX_CALLS", Integer.toString(maxLevel * 2 + 10),
                    "VOICEORDER_SIP_INVITES_PER_SECOND_PER_SOURCE", "1000",
                    "VOICEORDER_SIP_INVITE_BURST_PER_SOURCE", "1000"));
            try {
                ApiClient admin = ApiClient.admin(server);
                String number = line(admin);
                System.err.println("Line " + number + " served on SIP port " + server.sipPort());
                if (warmup > 0) { // a fresh JVM is still compiling: a first, unreported level warms it up
                    System.err.println("Warm-up, not reported:");
                    level(server, admin, openai, script, number, Math.min(20, maxLevel), warmup, Math.min(ramp, warmup / 2));
                }
                for (int level : levels) {
                    rows.add(level(server, admin, openai, script, number, level, duration, ramp));
                }
            } finally {
                server.stop();
            }
        }
        System.out.println();
        System.out.printf("Voice bridge on %d cores, %s, %d s of calls per level (measured after a %d s ramp), "
                        + "SIPp uac_pcap (PCMA, ~9 s calls), scripted agent: %d× real time, a barge-in every turn%n%n",
                Runtime.getRuntime().availableProcessors(), started, duration, ramp, BargingCallerScript.SPEEDUP);
        System.out.print(BridgeBenchReport.table(rows));
    }

    /** A gateway line on the demo restaurant (its menu makes a real prompt) taking the largest level. */
    private static String line(ApiClient admin) throws InterruptedException {
        long restaurant = admin.get("/api/restaurants").json().get(0).path("id").asLong();
        String number = "+3349" + (1_000_000 + (System.nanoTime() / 1000) % 8_999_999);
        Reply created = admin.post("/api/restaurants/" + restaurant + "/lines", Map.of("number", number,
                "displayName", "Bench", "mode", "ACCEPT_FROM_GATEWAY", "allowedSources", List.of("127.0.0.0/8"),
                "maxConcurrentCalls", 500));
        require(created, 201);
        long lineId = created.json().path("id").asLong();
        for (int i = 0; i < 60; i++) {
            for (JsonNode status : admin.get("/api/restaurants/" + restaurant + "/lines/status").json()) {
                if (status.path("lineId").asLong() == lineId && status.path("served").asBoolean()) {
                    return number;
                }
            }
            TimeUnit.SECONDS.sleep(1); // a harness waiting for the server, not a test
        }
        throw new IllegalStateException("line " + number + " not served after 60 s");
    }

    private static BridgeBenchReport.Row level(LibertyServer server, ApiClient admin, ScriptedRealtimeServer openai,
                                               BargingCallerScript script, String number, int level, int duration,
                                               int ramp) throws Exception {
        int rate = (level + 7) / 8; // ~9 s calls: about `level` of them overlap, -l caps it
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-voice-bridge")),
                "level-" + level + "-").toAbsolutePath();
        Files.createSymbolicLink(folder.resolve("pcap"), SIPP_SAMPLES);
        List<String> command = List.of("sipp", "127.0.0.1:" + server.sipPort(), "-sn", "uac_pcap", "-s", number,
                "-i", "127.0.0.1", "-p", Integer.toString(freePort()), "-mi", "127.0.0.1",
                "-mp", Integer.toString(freeMediaPort()), "-l", Integer.toString(level), "-r", Integer.toString(rate),
                "-m", Integer.toString(rate * duration), "-recv_timeout", "20000", "-timeout", (duration + 60) + "s",
                "-nostdin", "-trace_stat", "-fd", "2", "-trace_err");
        System.err.printf("Level %d: %d calls at %d/s, at most %d at once (%s)%n", level, rate * duration, rate, level,
                folder);
        Process sipp = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("sipp.out").toFile()).start();
        long start = System.nanoTime();
        try {
            pauseUntil(start + TimeUnit.SECONDS.toNanos(ramp));
            require(admin.delete("/api/telephony/bridge"), 204);
            require(admin.delete("/api/telephony/pacing"), 204);
            long ticksBefore = cpuTicks(server);
            long windowStart = System.nanoTime();
            long sampledCalls = 0;
            int samples = 0;
            long windowEnd = start + TimeUnit.SECONDS.toNanos(duration);
            while (System.nanoTime() < windowEnd) {
                pauseUntil(Math.min(windowEnd, System.nanoTime() + TimeUnit.SECONDS.toNanos(1)));
                sampledCalls += openai.openConnections();
                samples++;
            }
            long ticksAfter = cpuTicks(server);
            double seconds = (System.nanoTime() - windowStart) / 1e9;
            JsonNode bridge = admin.get("/api/telephony/bridge").json();
            JsonNode pacing = admin.get("/api/telephony/pacing").json();
            if (!sipp.waitFor(duration + 90L, TimeUnit.SECONDS)) {
                System.err.println("SIPp still running at level " + level + ": stopped");
            }
            BridgeBenchReport.SippCounts counts = BridgeBenchReport.sippCounts(statLines(folder));
            System.err.printf("Level %d done: SIPp exit %s, %d sessions and %d barge-ins scripted so far, %d appends "
                            + "received%n", level, sipp.isAlive() ? "-" : Integer.toString(sipp.exitValue()),
                    script.sessions(), script.bargeIns(), openai.appendsReceived());
            return new BridgeBenchReport.Row(level, samples == 0 ? 0 : (double) sampledCalls / samples, counts,
                    BridgeBenchReport.summary(bridge.path("callerToAgent")),
                    BridgeBenchReport.summary(bridge.path("agentToCaller")),
                    BridgeBenchReport.summary(bridge.path("bargeIn")),
                    new BridgeBenchReport.Pacing(pacing.path("framesSent").asLong(), pacing.path("framesLate").asLong(),
                            pacing.path("lagP99Micros").asLong()),
                    BridgeBenchReport.cpuPercent(ticksBefore, ticksAfter, clockTicksPerSecond(), seconds));
        } finally {
            if (sipp.isAlive()) {
                sipp.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** CPU ticks of the server's processes (launch script and JVM), from /proc. */
    private static long cpuTicks(LibertyServer server) {
        long ticks = 0;
        for (ProcessHandle process : server.processes()) {
            try {
                ticks += BridgeBenchReport.cpuTicks(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat")));
            } catch (IOException gone) {
                // a process that ended has no more CPU to count
            }
        }
        return ticks;
    }

    private static long clockTicksPerSecond() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        String out = new String(getconf.getInputStream().readAllBytes()).trim();
        return getconf.waitFor() == 0 && out.matches("\\d+") ? Long.parseLong(out) : 100;
    }

    private static List<String> statLines(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Path stat = files.filter(file -> file.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            return stat == null ? List.of() : Files.readAllLines(stat);
        }
    }

    private static void pauseUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left); // a harness pacing its own steps, not a test
        }
    }

    /** A port free for both TCP and UDP on loopback (SIP uses both). */
    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                int port = tcp.getLocalPort();
                if (udpFree(port)) {
                    return port;
                }
            }
        }
    }

    /** An even UDP port with the next three free, for SIPp's media (RTP/RTCP, audio and its echo). */
    private static int freeMediaPort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 40_000 + 2 * (int) (Math.random() * 5_000);
            if (udpFree(port) && udpFree(port + 1) && udpFree(port + 2) && udpFree(port + 3)) {
                return port;
            }
        }
        throw new IOException("no free media port for SIPp");
    }

    private static boolean udpFree(int port) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }
}
