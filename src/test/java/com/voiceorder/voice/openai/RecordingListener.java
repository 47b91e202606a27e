package com.voiceorder.voice.openai;

import com.voiceorder.voice.AgentAudio;
import com.voiceorder.voice.AgentError;
import com.voiceorder.voice.RateLimit;
import com.voiceorder.voice.ResponseDone;
import com.voiceorder.voice.SessionClosed;
import com.voiceorder.voice.ToolCall;
import com.voiceorder.voice.Transcript;
import com.voiceorder.voice.VoiceSessionListener;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Records everything a session reports; {@link #onBargeIn} runs on speech started (like a bridge would). */
final class RecordingListener implements VoiceSessionListener {

    final List<AgentAudio> audio = new CopyOnWriteArrayList<>();
    final List<Transcript> transcripts = new CopyOnWriteArrayList<>();
    final List<ToolCall> toolCalls = new CopyOnWriteArrayList<>();
    final List<ResponseDone> responses = new CopyOnWriteArrayList<>();
    final List<AgentError> errors = new CopyOnWriteArrayList<>();
    final List<List<RateLimit>> rateLimits = new CopyOnWriteArrayList<>();
    final List<SessionClosed> closed = new CopyOnWriteArrayList<>();
    final AtomicInteger speechStarted = new AtomicInteger();
    final AtomicInteger speechStopped = new AtomicInteger();
    /** Arrival times of speech_started events, then (received, sent) pairs of stamped caller audio. */
    final List<Long> speechStartedNanos = new CopyOnWriteArrayList<>();
    final List<long[]> callerAudioSent = new CopyOnWriteArrayList<>();
    volatile Runnable onBargeIn = () -> { };

    @Override
    public void onAgentAudio(AgentAudio chunk) {
        audio.add(chunk);
    }

    @Override
    public void onSpeechStarted(long receivedNanos) {
        speechStartedNanos.add(receivedNanos);
        onSpeechStarted();
    }

    @Override
    public void onCallerAudioSent(long receivedNanos, long sentNanos) {
        callerAudioSent.add(new long[] {receivedNanos, sentNanos});
    }

    @Override
    public void onSpeechStarted() {
        speechStarted.incrementAndGet();
        onBargeIn.run();
    }

    @Override
    public void onSpeechStopped() {
        speechStopped.incrementAndGet();
    }

    @Override
    public void onTranscript(Transcript transcript) {
        transcripts.add(transcript);
    }

    @Override
    public void onToolCall(ToolCall call) {
        toolCalls.add(call);
    }

    @Override
    public void onResponseDone(ResponseDone done) {
        responses.add(done);
    }

    @Override
    public void onRateLimits(List<RateLimit> limits) {
        rateLimits.add(limits);
    }

    @Override
    public void onError(AgentError error) {
        errors.add(error);
    }

    @Override
    public void onClosed(SessionClosed reason) {
        closed.add(reason);
    }

    byte[] agentAudio() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audio.forEach(chunk -> out.writeBytes(chunk.audio()));
        return out.toByteArray();
    }
}
