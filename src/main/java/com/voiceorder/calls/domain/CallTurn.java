package com.voiceorder.calls.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One utterance of the call's transcript. */
@Entity
@Table(name = "call_turn")
public class CallTurn extends BaseEntity {

    static final int MAX_TEXT = 4000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private Call call;

    @Column(name = "turn_sequence", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "speaker", length = 10, nullable = false)
    private Speaker speaker;

    @Column(name = "content", length = MAX_TEXT, nullable = false)
    private String text;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    protected CallTurn() {
    }

    CallTurn(Call call, int sequence, Speaker speaker, String text, Instant at) {
        this.call = call;
        this.sequence = sequence;
        this.speaker = Guard.required("speaker", speaker);
        this.text = Guard.truncated(text == null ? "" : text, MAX_TEXT);
        this.at = Guard.required("at", at);
    }

    public int getSequence() {
        return sequence;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }

    public Instant getAt() {
        return at;
    }
}
