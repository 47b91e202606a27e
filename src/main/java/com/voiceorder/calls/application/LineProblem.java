package com.voiceorder.calls.application;

/**
 * What telephony reports about one line: the problem it has now, or {@code error == null} when it works.
 *
 * @param lineId the phone line's id
 * @param error  a short explanation for the restaurateur (e.g. "Registration failed: 403 Forbidden"); null = fine
 */
public record LineProblem(Long lineId, String error) {
}
