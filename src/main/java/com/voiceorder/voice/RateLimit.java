package com.voiceorder.voice;

/** The agent's rate limit state as last reported (name: requests or tokens). */
public record RateLimit(String name, long limit, long remaining, double resetSeconds) {
}
