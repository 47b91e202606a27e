package com.voiceorder.calls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Instant T0 = Instant.parse("2026-06-12T18:00:00Z");

    @Test
    void marking_a_message_handled_keeps_the_first_time() {
        Message message = new Message(1L, null, MessageKind.VOICEMAIL, "+33612345678", "Mme Martin", "Rappelez-moi",
                T0);
        assertThat(message.isHandled()).isFalse();

        message.markHandled(T0.plusSeconds(60));
        message.markHandled(T0.plusSeconds(120));

        assertThat(message.isHandled()).isTrue();
        assertThat(message.getHandledAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void audio_paths_stay_inside_the_data_directory() {
        Message message = new Message(1L, null, MessageKind.VOICEMAIL, null, null, null, T0);

        assertThatThrownBy(() -> message.attachAudio("/etc/passwd", 3)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> message.attachAudio("voicemail/../../x.wav", 3)).isInstanceOf(DomainException.class);
        message.attachAudio("voicemail/2026/06/12/42.wav", 17);
        assertThat(message.getAudioPath()).isEqualTo("voicemail/2026/06/12/42.wav");
    }
}
