package com.voiceorder.voice.openai;

import java.util.ArrayList;
import java.util.List;

/**
 * The conversation so far as text, kept to rebuild it on a new connection: what the caller said (as
 * transcribed), what the agent said, and the function calls with their outputs, in order. Audio is not
 * kept. Not thread-safe: the session guards it.
 */
final class Conversation {

    sealed interface Entry permits CallerSaid, AgentSaid, FunctionCalled, FunctionAnswered {
    }

    /** The caller's turn; the text arrives later (transcription is asynchronous) and may never come. */
    static final class CallerSaid implements Entry {
        final String itemId;
        String text;

        CallerSaid(String itemId) {
            this.itemId = itemId;
        }
    }

    record AgentSaid(String itemId, String text) implements Entry {
    }

    record FunctionCalled(String callId, String name, String arguments) implements Entry {
    }

    record FunctionAnswered(String callId, String output) implements Entry {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The caller began a turn that will become {@code itemId} (speech started). */
    void callerStarted(String itemId) {
        if (itemId != null && find(itemId) == null) {
            entries.add(new CallerSaid(itemId));
        }
    }

    void callerTranscribed(String itemId, String text) {
        CallerSaid turn = find(itemId);
        if (turn == null) {
            turn = new CallerSaid(itemId);
            entries.add(turn);
        }
        turn.text = text;
    }

    void agentSaid(String itemId, String text) {
        entries.add(new AgentSaid(itemId, text));
    }

    /** The agent's item was cut at 0 ms: the caller heard none of it, so it is forgotten. */
    void agentUnheard(String itemId) {
        entries.removeIf(entry -> entry instanceof AgentSaid said && said.itemId().equals(itemId));
    }

    void functionCalled(String callId, String name, String arguments) {
        entries.add(new FunctionCalled(callId, name, arguments));
    }

    void functionAnswered(String callId, String output) {
        entries.add(new FunctionAnswered(callId, output));
    }

    /** Entries worth replaying (caller turns without text are skipped). */
    List<Entry> replayable() {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry instanceof CallerSaid said && (said.text == null || said.text.isBlank())) {
                continue;
            }
            result.add(entry);
        }
        return result;
    }

    /** Whether the agent owes an answer: the last thing was the caller speaking or a function output. */
    boolean awaitsAgent() {
        List<Entry> replayable = replayable();
        if (replayable.isEmpty()) {
            return false;
        }
        Entry last = replayable.get(replayable.size() - 1);
        return last instanceof CallerSaid || last instanceof FunctionAnswered;
    }

    private CallerSaid find(String itemId) {
        for (Entry entry : entries) {
            if (entry instanceof CallerSaid said && said.itemId.equals(itemId)) {
                return said;
            }
        }
        return null;
    }
}
