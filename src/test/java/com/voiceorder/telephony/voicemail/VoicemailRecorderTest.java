package com.voiceorder.telephony.voicemail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.media.AudioClip;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.media.WavReader;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestRtpPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicemailRecorderTest {

    @TempDir
    Path dir;

    private TestEndpoint server;
    private TestPhone phone;
    private TestRtpPeer rtp;
    private final CompletableFuture<VoicemailRecorder.Recording> recording = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(TestEndpoint.loopbackGatewayLine(2)));
        phone = TestPhone.start();
        rtp = new TestRtpPeer();
    }

    @AfterEach
    void stop() {
        ParallelClose.closeAll(rtp, phone, server);
    }

    private TestCall callVoicemail(Duration maxLength) throws Exception {
        byte[] greeting = new byte[800]; // 100 ms, µ-law, played to an A-law caller
        Arrays.fill(greeting, (byte) 0x8A);
        VoicemailRecorder recorder = new VoicemailRecorder(new AudioClip(G711.PCMU, greeting), maxLength);
        server.behaviour(call -> recorder.record(call, dir.resolve("message.wav"))
                .whenComplete((result, failure) -> {
                    if (failure != null) {
                        recording.completeExceptionally(failure);
                    } else {
                        recording.complete(result);
                    }
                }));
        TestCall call = phone.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(rtp.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        rtp.target(call.answeredMediaAddress());
        byte greetingInAlaw = G711.PCMU.transcode(new byte[] {(byte) 0x8A}, G711.PCMA)[0];
        await().atMost(Duration.ofSeconds(5)).until(() -> count(rtp.receivedPayload(8), greetingInAlaw) >= 800);
        return call;
    }

    @Test
    void the_greeting_plays_then_the_message_is_recorded_until_the_caller_hangs_up() throws Exception {
        TestCall call = callVoicemail(Duration.ofSeconds(60));
        byte[] spoken = new byte[160];
        Arrays.fill(spoken, (byte) 0x11);
        for (int i = 0; i < 5; i++) {
            rtp.sendAudio(G711.PCMA, spoken);
        }
        Path file = dir.resolve("message.wav");
        await().atMost(Duration.ofSeconds(5)).until(() -> java.nio.file.Files.size(file) == 58 + 800);
        call.bye();
        VoicemailRecorder.Recording result = recording.get(5, TimeUnit.SECONDS);
        assertThat(result.endReason()).isEqualTo(EndReason.CALLER_HUNG_UP);
        assertThat(result.durationMillis()).isEqualTo(100);
        AudioClip saved = WavReader.read(result.file());
        assertThat(saved.codec()).isEqualTo(G711.PCMA);
        assertThat(saved.samples()).hasSize(800).containsOnly((byte) 0x11);
    }

    @Test
    void recording_stops_at_the_maximum_length_and_we_hang_up() throws Exception {
        TestCall call = callVoicemail(Duration.ofMillis(200));
        byte[] spoken = new byte[240];
        for (int i = 0; i < 10; i++) {
            rtp.sendAudio(G711.PCMA, spoken);
        }
        VoicemailRecorder.Recording result = recording.get(5, TimeUnit.SECONDS);
        assertThat(result.endReason()).isEqualTo(EndReason.HUNG_UP);
        assertThat(result.durationMillis()).isEqualTo(200);
        assertThat(WavReader.read(result.file()).samples()).hasSize(1600);
        await().atMost(Duration.ofSeconds(5)).until(call::receivedBye);
    }

    private static long count(byte[] bytes, byte value) {
        long n = 0;
        for (byte b : bytes) {
            if (b == value) {
                n++;
            }
        }
        return n;
    }
}
