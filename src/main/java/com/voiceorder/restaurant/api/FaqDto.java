package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.FaqView;
import java.time.Instant;

/** An FAQ entry; {@code learnedFromCallId} is set when the phone agent logged the question during a call. */
public record FaqDto(Long id, String question, String answer, boolean approved, Long learnedFromCallId,
        Instant createdAt) {

    static FaqDto from(FaqView faq) {
        return new FaqDto(faq.id(), faq.question(), faq.answer(), faq.approved(), faq.learnedFromCallId(),
                faq.createdAt());
    }
}
