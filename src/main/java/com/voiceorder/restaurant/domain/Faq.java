package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A question callers ask, and the restaurant's answer, given to the phone agent. Staff-written
 * entries are approved at once. Entries the agent learned during a call (a question it could not
 * answer) start unapproved, possibly without an answer, and reach the agent only once staff has
 * answered and approved them.
 */
@Entity
@Table(name = "faq")
public class Faq extends BaseEntity {

    public static final int QUESTION_MAX = 500;
    public static final int ANSWER_MAX = 2000;

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "question", nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "answer", length = ANSWER_MAX)
    private String answer;

    @Column(name = "learned_from_call_id")
    private Long learnedFromCallId;

    @Column(name = "approved", nullable = false)
    private boolean approved;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Faq() {
    }

    private Faq(Long restaurantId, String question, String answer, Long learnedFromCallId, boolean approved,
            Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.question = Guard.text("question", question, QUESTION_MAX);
        this.answer = Guard.optionalText("answer", answer, ANSWER_MAX);
        this.learnedFromCallId = learnedFromCallId;
        this.approved = approved;
        this.createdAt = Guard.required("createdAt", createdAt);
    }

    /** Written by staff: needs an answer, approved at once. */
    public static Faq writtenByStaff(Long restaurantId, String question, String answer, Instant now) {
        return new Faq(restaurantId, question, Guard.text("answer", answer, ANSWER_MAX), null, true, now);
    }

    /**
     * Logged by the phone agent: waits for staff approval; the answer may be missing, and so may the
     * call when the agent ran outside a recorded call (REST debugging of the tools).
     */
    public static Faq learnedFromCall(Long restaurantId, Long callId, String question, String answer, Instant now) {
        return new Faq(restaurantId, question, answer, callId, false, now);
    }

    /** Changes the wording; an approved entry must keep an answer. */
    public void edit(String newQuestion, String newAnswer) {
        String checkedAnswer = Guard.optionalText("answer", newAnswer, ANSWER_MAX);
        if (approved && checkedAnswer == null) {
            throw new DomainException("answer", "An approved FAQ needs an answer");
        }
        this.question = Guard.text("question", newQuestion, QUESTION_MAX);
        this.answer = checkedAnswer;
    }

    /** Lets the agent use this entry. Approving twice changes nothing. */
    public void approve() {
        if (answer == null) {
            throw new DomainException("answer", "Answer the question before approving it");
        }
        approved = true;
    }

    public Long restaurantId() {
        return restaurantId;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public Long learnedFromCallId() {
        return learnedFromCallId;
    }

    public boolean isApproved() {
        return approved;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
