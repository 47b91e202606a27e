package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StreamTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final StreamTokens tokens = new StreamTokens(Duration.ofSeconds(30), 3, clock);

    @Test
    void a_token_is_redeemed_once_for_the_call_it_was_issued_for() {
        String token = tokens.issue("CA1", "+33612345678", "+33491000000");

        assertThat(tokens.redeem(token)).hasValueSatisfying(grant -> {
            assertThat(grant.callSid()).isEqualTo("CA1");
            assertThat(grant.from()).isEqualTo("+33612345678");
        });
        assertThat(tokens.redeem(token)).as("reused").isEmpty();
    }

    @Test
    void unknown_and_expired_tokens_are_refused() {
        String token = tokens.issue("CA2", null, null);
        clock.advance(Duration.ofSeconds(30));

        assertThat(tokens.redeem(token)).isEmpty();
        assertThat(tokens.redeem("made-up")).isEmpty();
        assertThat(tokens.redeem(null)).isEmpty();
    }

    @Test
    void tokens_are_unguessable_and_distinct() {
        String first = tokens.issue("CA3", null, null);
        String second = tokens.issue("CA3", null, null);

        assertThat(first).isNotEqualTo(second).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void outstanding_tokens_are_bounded_and_expired_ones_make_room() {
        tokens.issue("CA1", null, null);
        tokens.issue("CA2", null, null);
        tokens.issue("CA3", null, null);

        assertThatThrownBy(() -> tokens.issue("CA4", null, null)).isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.issue("CA4", null, null)).isNotBlank();
    }
}
