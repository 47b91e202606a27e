/**
 * The AI voice agent port: plain Java, no business words, no telephony types.
 *
 * <p>{@link com.voiceorder.voice.VoiceAgent#open} opens a {@link com.voiceorder.voice.VoiceSession} for a
 * {@link com.voiceorder.voice.SessionConfig}; the session takes the caller's G.711 audio and reports to a
 * {@link com.voiceorder.voice.VoiceSessionListener}: agent audio, transcripts, speech started/stopped, tool
 * calls, responses done, errors, closed. {@link com.voiceorder.voice.PlayoutTracker} turns "audio actually
 * played" into the truncation the agent needs after a barge-in.
 *
 * <p>Adapter: {@code openai} (OpenAI Realtime API, GA protocol, over WebSocket).
 */
package com.voiceorder.voice;
