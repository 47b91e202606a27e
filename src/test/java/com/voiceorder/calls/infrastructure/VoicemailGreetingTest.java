package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.media.AudioClip;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.media.WavReader;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The bundled greeting (src/main/audio/make-greetings.sh) is what telephony can play as is. */
class VoicemailGreetingTest {

    @Test
    void the_bundled_greeting_is_a_few_seconds_of_8_khz_a_law() throws IOException {
        AudioClip greeting = WavReader.read(TelephonyLifecycle.class.getResourceAsStream(TelephonyLifecycle.GREETING));

        assertThat(greeting.codec()).isEqualTo(G711.PCMA);
        assertThat(greeting.durationMillis()).isBetween(5_000L, 15_000L);
    }
}
