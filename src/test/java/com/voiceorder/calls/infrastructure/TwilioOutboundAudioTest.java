package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.testing.MutableClock;
import com.voiceorder.twilio.TwilioStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwilioOutboundAudioTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    private final RecordingStream stream = new RecordingStream();
    private final TwilioOutboundAudio audio = new TwilioOutboundAudio(stream, clock, 10_000);

    @Test
    void audio_is_sent_at_once_in_20_ms_media_messages() {
        audio.write(new byte[500]);

        assertThat(stream.sent).extracting(chunk -> chunk.length).containsExactly(160, 160, 160, 20);
        assertThat(audio.queuedMillis()).isEqualTo(62);
        assertThat(audio.playedMillis()).isZero();
    }

    @Test
    void played_audio_follows_the_wall_clock_and_never_passes_what_was_sent() {
        audio.write(new byte[8000]); // 1 s

        clock.advance(Duration.ofMillis(400));
        assertThat(audio.playedMillis()).isEqualTo(400);
        assertThat(audio.queuedMillis()).isEqualTo(600);

        clock.advance(Duration.ofSeconds(5));
        assertThat(audio.playedMillis()).isEqualTo(1000);
        assertThat(audio.queuedMillis()).isZero();
    }

    @Test
    void a_silent_gap_between_two_replies_is_not_counted_as_played() {
        audio.write(new byte[800]); // 100 ms
        clock.advance(Duration.ofSeconds(3));

        audio.write(new byte[1600]); // 200 ms, playing from now
        clock.advance(Duration.ofMillis(50));

        assertThat(audio.playedMillis()).isEqualTo(150);
        assertThat(audio.queuedMillis()).isEqualTo(150);
    }

    @Test
    void audio_written_while_playing_queues_behind_what_plays() {
        audio.write(new byte[1600]); // 200 ms
        clock.advance(Duration.ofMillis(100));
        audio.write(new byte[1600]);
        clock.advance(Duration.ofMillis(150));

        assertThat(audio.playedMillis()).isEqualTo(250);
        assertThat(audio.queuedMillis()).isEqualTo(150);
    }

    @Test
    void a_flush_clears_twilio_and_returns_what_the_caller_heard() {
        audio.write(new byte[8000]);
        clock.advance(Duration.ofMillis(300));

        assertThat(audio.flush()).isEqualTo(300);

        assertThat(stream.clears).isEqualTo(1);
        assertThat(audio.queuedMillis()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(audio.playedMillis()).isEqualTo(300);
    }

    @Test
    void a_flush_with_nothing_queued_sends_no_clear() {
        audio.write(new byte[800]);
        clock.advance(Duration.ofSeconds(1));

        assertThat(audio.flush()).isEqualTo(100);
        assertThat(stream.clears).isZero();
    }

    @Test
    void writes_beyond_the_capacity_or_after_the_end_are_refused() {
        assertThat(audio.write(new byte[80_000])).isTrue(); // 10 s
        assertThat(audio.write(new byte[8])).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(audio.write(new byte[8])).isTrue();

        audio.close();
        assertThat(audio.write(new byte[8])).isFalse();
    }

    @Test
    void a_law_audio_is_transcoded_to_the_mu_law_of_the_stream() {
        byte[] alaw = new byte[160];
        Arrays.fill(alaw, (byte) 0x2A);

        audio.write(AudioFrame.of(G711.PCMA, alaw));

        assertThat(stream.sent.get(0)).isEqualTo(G711.PCMA.transcode(alaw, G711.PCMU)).isNotEqualTo(alaw);
    }

    private static final class RecordingStream implements TwilioStream {
        final List<byte[]> sent = new ArrayList<>();
        int clears;

        @Override
        public String streamSid() {
            return "MZ1";
        }

        @Override
        public String callSid() {
            return "CA1";
        }

        @Override
        public void sendAudio(byte[] mulaw) {
            sent.add(mulaw);
        }

        @Override
        public void mark(String name) {
        }

        @Override
        public void clear() {
            clears++;
        }

        @Override
        public void close() {
        }
    }
}
