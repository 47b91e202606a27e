package com.voiceorder.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.voice.PlayoutTracker.Truncation;
import org.junit.jupiter.api.Test;

class PlayoutTrackerTest {

    private final PlayoutTracker tracker = new PlayoutTracker();

    @Test
    void the_item_being_played_is_cut_where_the_caller_stopped_hearing_it() {
        tracker.delivered("a", 800); // 100 ms

        assertThat(tracker.truncateAt(35)).containsExactly(new Truncation("a", 35));
    }

    @Test
    void items_fully_heard_are_left_alone_and_items_not_reached_are_cut_at_zero() {
        tracker.delivered("a", 400); // 0..50 ms
        tracker.delivered("b", 400); // 50..100 ms
        tracker.delivered("b", 400); // 100..150 ms, same item
        tracker.delivered("c", 800); // 150..250 ms

        assertThat(tracker.truncateAt(80)).containsExactly(new Truncation("b", 30), new Truncation("c", 0));
    }

    @Test
    void nothing_is_cut_when_everything_delivered_was_played() {
        tracker.delivered("a", 400);

        assertThat(tracker.truncateAt(50)).isEmpty();
        assertThat(tracker.truncateAt(500)).as("played beyond what was received").isEmpty();
    }

    @Test
    void flushed_audio_is_never_counted_as_played_afterwards() {
        tracker.delivered("a", 800);           // 100 ms delivered
        tracker.truncateAt(30);                // 70 ms flushed, never played
        tracker.delivered("b", 800);           // next answer: played positions 30..130 ms

        assertThat(tracker.truncateAt(50)).containsExactly(new Truncation("b", 20));
        assertThat(tracker.deliveredMillis()).isEqualTo(200);
    }
}
