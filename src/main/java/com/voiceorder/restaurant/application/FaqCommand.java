package com.voiceorder.restaurant.application;

/** A question and its answer, as written by staff. */
public record FaqCommand(String question, String answer) {
}
