package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.FaqCommand;
import com.voiceorder.restaurant.domain.Faq;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question and its answer (an answer is required when creating, and for approved entries). */
public record FaqRequest(
        @NotBlank(message = "A question is required")
        @Size(max = Faq.QUESTION_MAX, message = "At most " + Faq.QUESTION_MAX + " characters") String question,
        @Size(max = Faq.ANSWER_MAX, message = "At most " + Faq.ANSWER_MAX + " characters") String answer) {

    FaqCommand toCommand() {
        return new FaqCommand(question, answer);
    }
}
