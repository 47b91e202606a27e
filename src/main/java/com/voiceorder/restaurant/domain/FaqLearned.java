package com.voiceorder.restaurant.domain;

/** The phone agent logged a question it could not answer; staff should answer and approve it (observed after commit). */
public record FaqLearned(Long restaurantId, Long faqId, Long callId) {
}
