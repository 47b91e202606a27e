package com.voiceorder.calls.api;

import com.voiceorder.calls.domain.Message;
import java.time.Instant;

/** A voicemail or note for the restaurant; the recording itself is not part of it. */
public record MessageDto(Long id, Long callId, String kind, String callbackNumber, String callerName, String text,
                         boolean hasAudio, Integer audioDurationSeconds, boolean handled, Instant handledAt,
                         Instant createdAt) {

    static MessageDto of(Message message) {
        return new MessageDto(message.getId(), message.getCallId(), message.getKind().name(),
                message.getCallbackNumber(), message.getCallerName(), message.getText(),
                message.getAudioPath() != null, message.getAudioDurationSeconds(), message.isHandled(),
                message.getHandledAt(), message.getCreatedAt());
    }
}
