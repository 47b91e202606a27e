package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.Faq;
import java.time.Instant;

/** An FAQ entry in a list. */
public record FaqView(Long id, String question, String answer, boolean approved, Long learnedFromCallId,
        Instant createdAt) {

    public static FaqView of(Faq faq) {
        return new FaqView(faq.getId(), faq.question(), faq.answer(), faq.isApproved(), faq.learnedFromCallId(),
                faq.createdAt());
    }
}
