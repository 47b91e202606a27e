package com.voiceorder.telephony.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.media.G711;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacing rules, driven by an injected clock (nanosecond readings passed to service). */
class PacedStreamTest {

    private static final long MS = 1_000_000L;
    private final List<byte[]> sent = new ArrayList<>();
    private final List<Integer> skipped = new ArrayList<>();
    private final PacedStream stream = new PacedStream(G711.PCMA, (frame, skip) -> {
        sent.add(frame.clone());
        skipped.add(skip);
    }, 10_000);

    private static byte[] audio(int frames) {
        byte[] bytes = new byte[frames * 160];
        for (int i = 0; i < frames; i++) {
            Arrays.fill(bytes, i * 160, (i + 1) * 160, (byte) (i + 1));
        }
        return bytes;
    }

    @Test
    void audio_written_in_odd_chunks_goes_out_as_20_ms_frames_one_per_period() {
        byte[] all = audio(3);
        stream.write(Arrays.copyOfRange(all, 0, 100));
        stream.write(Arrays.copyOfRange(all, 100, 480));
        long t0 = 1_000 * MS;
        stream.service(t0);
        stream.service(t0 + 5 * MS);   // not due: nothing sent
        stream.service(t0 + 20 * MS);
        stream.service(t0 + 39 * MS);  // up to half a period early counts as on time
        assertThat(sent).hasSize(3);
        assertThat(sent).extracting(frame -> frame[0]).containsExactly((byte) 1, (byte) 2, (byte) 3);
        assertThat(stream.playedMillis()).isEqualTo(60);
    }

    @Test
    void late_frames_are_dropped_instead_of_sent_in_a_burst() {
        stream.write(audio(8));
        long t0 = 1_000 * MS;
        stream.service(t0);                // frame 1 on time
        stream.service(t0 + 70 * MS);      // slots at 20 and 40 passed: frames 2 and 3 dropped, 4 sent for the 60 slot
        stream.service(t0 + 80 * MS);      // the 80 slot: frame 5 on time
        stream.service(t0 + 130 * MS);     // the 100 slot passed: frame 6 dropped, 7 sent for the 120 slot
        assertThat(sent).extracting(frame -> frame[0]).containsExactly((byte) 1, (byte) 4, (byte) 5, (byte) 7);
        assertThat(skipped).containsExactly(0, 2, 0, 1);
        assertThat(stream.playedMillis()).isEqualTo(80);
        assertThat(stream.droppedMillis()).isEqualTo(60);
    }

    @Test
    void silence_keeps_the_stream_alive_and_is_not_counted_as_played() {
        long t0 = 1_000 * MS;
        stream.service(t0);
        stream.write(new byte[80]);
        stream.service(t0 + 20 * MS);
        assertThat(sent.get(0)).containsOnly(G711.PCMA.silence());
        assertThat(Arrays.copyOfRange(sent.get(1), 80, 160)).containsOnly(G711.PCMA.silence());
        assertThat(stream.playedMillis()).isEqualTo(10);
    }

    @Test
    void flush_drops_queued_audio_at_once_and_reports_what_was_played() {
        stream.write(audio(50));
        long t0 = 1_000 * MS;
        for (int i = 0; i < 5; i++) {
            stream.service(t0 + i * 20 * MS);
        }
        assertThat(stream.queuedMillis()).isEqualTo(900);
        assertThat(stream.flush()).isEqualTo(100);
        assertThat(stream.queuedMillis()).isZero();
        stream.service(t0 + 100 * MS);
        assertThat(sent.get(5)).containsOnly(G711.PCMA.silence());
    }

    @Test
    void a_long_answer_grows_the_queue_past_its_initial_size_keeping_the_audio_in_order() {
        PacedStream large = new PacedStream(G711.PCMA, (frame, skip) -> sent.add(frame.clone()), 60_000);
        long t0 = 1_000 * MS;
        large.write(audio(90));                       // 1.8 s: fits the initial 2 s ring
        for (int i = 0; i < 10; i++) {
            large.service(t0 + i * 20 * MS);          // frames 1..10 played: the ring's head moves on
        }
        byte[] more = new byte[400 * 160];            // 8 s more, written while the ring has wrapped
        Arrays.fill(more, (byte) 100);
        assertThat(large.write(more)).isTrue();
        assertThat(large.queuedMillis()).isEqualTo(80 * 20 + 8_000);
        for (int i = 10; i < 91; i++) {
            large.service(t0 + i * 20 * MS);
        }
        assertThat(sent).extracting(frame -> frame[0]).startsWith((byte) 1, (byte) 2, (byte) 3);
        assertThat(sent.subList(0, 90)).extracting(frame -> (int) frame[0])
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 90).boxed().toList());
        assertThat(sent.get(90)).containsOnly((byte) 100);
    }

    @Test
    void writes_beyond_the_capacity_are_refused_and_pausing_stops_sending() {
        PacedStream small = new PacedStream(G711.PCMU, (frame, skip) -> sent.add(frame.clone()), 100);
        assertThat(small.write(new byte[800])).isTrue();
        assertThat(small.write(new byte[8])).isFalse();
        small.setPaused(true);
        small.service(1_000 * MS);
        assertThat(sent).isEmpty();
        small.setPaused(false);
        small.service(2_000 * MS);
        assertThat(sent).hasSize(1);
    }

    @Test
    void each_frame_s_send_lag_and_the_dropped_frames_are_recorded() {
        PacingStatistics statistics = new PacingStatistics();
        stream.write(audio(8));
        long t0 = 1_000 * MS;
        stream.service(t0, statistics);                  // on time: lag 0
        stream.service(t0 + 20 * MS + 300_000, statistics); // 0.3 ms late
        stream.service(t0 + 46 * MS, statistics);        // 6 ms late: counted late
        stream.service(t0 + 105 * MS, statistics);       // slot at 60 and 80 passed: 2 dropped, sent 5 ms late for 100

        PacingStatistics.Snapshot snapshot = statistics.snapshot();
        assertThat(snapshot.framesSent()).isEqualTo(4);
        assertThat(snapshot.framesDropped()).isEqualTo(2);
        assertThat(snapshot.framesLate()).isEqualTo(2);
        assertThat(snapshot.lagMaxMicros()).isEqualTo(6_000);
        assertThat(snapshot.lagP50Micros()).isEqualTo(400); // second of four: the 0.3 ms frame, bucket 0.3-0.4 ms
        assertThat(snapshot.lagP99Micros()).isEqualTo(6_100);
    }
}
