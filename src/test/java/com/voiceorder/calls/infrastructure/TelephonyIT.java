package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.telephony.media.WavReader;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.LibertyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real SIP calls from SIPp to the running server. They call the demo restaurant's line
 * {@value #DEMO_LINE} (seeded into the fresh database, gateway mode, INVITEs accepted from loopback):
 * telephony is served from the database, not from test doubles.
 */
class TelephonyIT {

    static final String DEMO_LINE = "+33491000000";
    private static final String GREETING = "src/main/resources/audio/voicemail-greeting-fr.wav";

    private LibertyServer server;

    @BeforeEach
    void server() {
        // -Dtest='com.voiceorder.calls.**' hands ITs to Surefire too: only Failsafe gives the server its ports.
        assumeTrue(System.getProperty("voiceorder.it.liberty.home") != null, "integration test: run by Failsafe");
        server = LibertyServer.shared();
    }

    private Sipp sipp(int offset) {
        return new Sipp(server.sipPort(), server.sipPort() + offset, server.sipPort() + 100 + offset * 10);
    }

    @Test
    void readiness_reports_telephony_listening_with_the_demo_line() {
        JsonNode telephony = telephonyCheck();
        assertThat(telephony.path("status").asText()).isEqualTo("UP");
        assertThat(telephony.at("/data/state").asText()).isEqualTo("RUNNING");
        assertThat(telephony.at("/data/port").asInt()).isEqualTo(server.sipPort());
        assertThat(telephony.at("/data/lines").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_caller_who_speaks_after_the_beep_leaves_a_voicemail_recorded_as_a_wav_file() throws IOException {
        Set<Path> before = recordings();

        Sipp.Result call = leaveVoicemail(1);

        assertThat(call.exitCode()).as(call.output()).isZero();
        Path recording = await().atMost(Duration.ofSeconds(20))
                .until(() -> newRecording(before), path -> path != null && audioBytes(path) > 0);
        // SIPp spoke about 8 s after the greeting (pcap at 30 ms packets): most of it is on disk.
        assertThat(audioBytes(recording)).as("recorded bytes").isGreaterThan(4 * 8000);
        assertThat(recording.getParent().getParent().getParent().getFileName().toString())
                .isEqualTo("recordings");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> telephonyCheck().at("/data/activeCalls").asInt() == 0);
    }

    @Test
    void the_voicemail_is_listed_in_the_restaurant_messages_and_the_call_log() throws IOException {
        Set<Path> before = recordings();
        Sipp.Result call = leaveVoicemail(2);
        assertThat(call.exitCode()).as(call.output()).isZero();
        Path recording = await().atMost(Duration.ofSeconds(20))
                .until(() -> newRecording(before), path -> path != null && audioBytes(path) > 0);
        String restaurantId = recording.getParent().getParent().getFileName().toString();
        String callId = recording.getFileName().toString().replace(".wav", "");
        ApiClient admin = ApiClient.admin(server);

        JsonNode message = await().atMost(Duration.ofSeconds(10)).until(
                () -> elements(admin.get("/api/restaurants/" + restaurantId + "/messages")).stream()
                        .filter(m -> callId.equals(m.path("callId").asText()))
                        .findFirst().orElse(null),
                found -> found != null);
        assertThat(message.path("kind").asText()).isEqualTo("VOICEMAIL");
        assertThat(message.path("callbackNumber").asText()).isEqualTo("+33612345678");
        assertThat(message.path("audioDurationSeconds").asInt()).isPositive();

        Reply calls = admin.get("/api/restaurants/" + restaurantId + "/calls");
        assertThat(elements(calls)).anySatisfy(c -> {
            assertThat(c.path("id").asText()).isEqualTo(callId);
            assertThat(c.path("outcome").asText()).isEqualTo("VOICEMAIL");
        });
    }

    @Test
    void an_invite_for_a_number_no_line_has_is_answered_404() {
        Sipp.Result call = sipp(3).scenario("uac_unknown_number.xml", "+33499999999", Duration.ofSeconds(20));

        assertThat(call.exitCode()).as(call.output()).isZero();
    }

    @Test
    void sipps_built_in_pcap_call_with_rfc_4733_dtmf_completes() {
        Sipp.Result call = sipp(4).builtIn("uac_pcap", DEMO_LINE, Duration.ofSeconds(40));

        assertThat(call.exitCode()).as(call.output()).isZero();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> telephonyCheck().at("/data/activeCalls").asInt() == 0);
    }

    private Sipp.Result leaveVoicemail(int offset) throws IOException {
        long greetingMillis = WavReader.read(Path.of(GREETING)).durationMillis();
        return sipp(offset).scenario("uac_voicemail.xml", DEMO_LINE, Duration.ofSeconds(60),
                "-d", Long.toString(greetingMillis + 1500));
    }

    private JsonNode telephonyCheck() {
        Reply health = ApiClient.anonymous(server).get("/health/ready");
        return StreamSupport.stream(health.json().path("checks").spliterator(), false)
                .filter(check -> "telephony".equals(check.path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no telephony check in " + health.body()));
    }

    private Set<Path> recordings() {
        Path root = server.dataDir().resolve("recordings");
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".wav")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path newRecording(Set<Path> before) {
        return recordings().stream().filter(path -> !before.contains(path)).findFirst().orElse(null);
    }

    private static int audioBytes(Path wav) {
        try {
            return WavReader.read(wav).samples().length;
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<JsonNode> elements(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false).toList();
    }
}
