package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something for the restaurant to follow up: a voicemail (with its recording and transcript) or a
 * note the assistant took. Stays in the inbox until {@link #markHandled}.
 */
@Entity
@Table(name = "message")
public class Message extends BaseEntity {

    static final int MAX_TEXT = 4000;

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "call_id")
    private Long callId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private MessageKind kind;

    @Column(name = "callback_number", length = 20)
    private String callbackNumber;

    @Column(name = "caller_name", length = 200)
    private String callerName;

    @Column(name = "content", length = MAX_TEXT)
    private String text;

    @Column(name = "audio_path", length = 500)
    private String audioPath;

    @Column(name = "audio_duration_seconds")
    private Integer audioDurationSeconds;

    @Column(name = "handled", nullable = false)
    private boolean handled;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "handled_at")
    private Instant handledAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Message() {
    }

    /** {@code callbackNumber} E.164 or null; {@code text} is cut to fit (a transcript is never refused). */
    public Message(Long restaurantId, Long callId, MessageKind kind, String callbackNumber, String callerName,
                   String text, Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.callId = callId;
        this.kind = Guard.required("kind", kind);
        this.callbackNumber = Guard.e164OrNull("callbackNumber", callbackNumber);
        this.callerName = Guard.optionalText("callerName", Guard.truncated(callerName, 200), 200);
        this.text = Guard.truncated(text, MAX_TEXT);
        this.createdAt = Guard.required("createdAt", createdAt);
    }

    /** The recording, as a path relative to the data directory. */
    public void attachAudio(String relativePath, int durationSeconds) {
        String path = Guard.text("audioPath", relativePath, 500);
        if (path.startsWith("/") || path.contains("..")) {
            throw new DomainException("audioPath", "the audio path is relative to the data directory");
        }
        this.audioPath = path;
        this.audioDurationSeconds = Guard.atLeast("audioDurationSeconds", durationSeconds, 0);
    }

    /** Someone dealt with it; marking it again keeps the first time. */
    public void markHandled(Instant at) {
        if (!handled) {
            this.handled = true;
            this.handledAt = Guard.required("at", at);
        }
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public Long getCallId() {
        return callId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getCallbackNumber() {
        return callbackNumber;
    }

    public String getCallerName() {
        return callerName;
    }

    public String getText() {
        return text;
    }

    public String getAudioPath() {
        return audioPath;
    }

    public Integer getAudioDurationSeconds() {
        return audioDurationSeconds;
    }

    public boolean isHandled() {
        return handled;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
