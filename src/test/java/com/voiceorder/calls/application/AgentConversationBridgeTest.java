package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.telephony.call.OutboundAudio;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.rtp.PacedStream;
import com.voiceorder.voice.AgentAudio;
import com.voiceorder.voice.VoiceSession;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the bridge measures on an agent call: both directions and the barge-in, through its real pacer queue. */
class AgentConversationBridgeTest {

    private final BridgeStatistics bridge = new BridgeStatistics();
    private final PacedStream outbound = new PacedStream(G711.PCMA, (frame, skipped) -> { }, 10_000);
    private final Session session = new Session();
    private final AgentConversation conversation = new AgentConversation(new StartedCall(1L, 2L, 3L, null),
            invocation -> null, AgentPrices.GPT_REALTIME, new JournalSteps(null, task -> { }, 1L), task -> { },
            Clock.systemUTC(), answered -> null, bridge, AgentCallLimits.DEFAULTS);

    @Test
    void caller_audio_keeps_its_rtp_receive_time_to_the_agent_and_is_measured_once_written() {
        conversation.answer(new QueuedAudioCall(outbound), session);
        long received = System.nanoTime();

        conversation.onAudio(new AudioFrame(G711.PCMA, new byte[160], 1234, received));
        conversation.onCallerAudioSent(received, received + 230_000);

        assertThat(session.receivedNanos).containsExactly(received);
        assertThat(bridge.snapshot().callerToAgent().count()).isEqualTo(1);
        assertThat(bridge.snapshot().callerToAgent().maxMicros()).isEqualTo(230);
    }

    @Test
    void agent_audio_is_measured_from_its_arrival_to_queued_for_the_pacer_but_not_before_the_answer() {
        conversation.onAgentAudio(new AgentAudio("resp_1", "item_1", new byte[800], System.nanoTime()));
        assertThat(bridge.snapshot().agentToCaller().count()).as("greeting kept while ringing").isZero();

        conversation.answer(new QueuedAudioCall(outbound), session);
        long before = System.nanoTime();
        conversation.onAgentAudio(new AgentAudio("resp_1", "item_1", new byte[1600], before));
        long elapsedMicros = (System.nanoTime() - before) / 1000;

        assertThat(outbound.queuedMillis()).isEqualTo(300);
        assertThat(bridge.snapshot().agentToCaller().count()).isEqualTo(1);
        assertThat(bridge.snapshot().agentToCaller().maxMicros()).isBetween(0L, elapsedMicros);
    }

    @Test
    void a_barge_in_is_measured_from_speech_started_to_the_queued_agent_audio_flushed() {
        conversation.answer(new QueuedAudioCall(outbound), session);
        conversation.onAgentAudio(new AgentAudio("resp_1", "item_1", new byte[8000], System.nanoTime()));
        long before = System.nanoTime();

        conversation.onSpeechStarted(before);
        long elapsedMicros = (System.nanoTime() - before) / 1000;

        assertThat(outbound.queuedMillis()).isZero();
        assertThat(session.truncatedAt).containsExactly(0L);
        assertThat(bridge.snapshot().bargeIn().count()).isEqualTo(1);
        assertThat(bridge.snapshot().bargeIn().maxMicros()).isBetween(0L, elapsedMicros);
    }

    private static final class Session implements VoiceSession {
        final List<Long> receivedNanos = new CopyOnWriteArrayList<>();
        final List<Long> truncatedAt = new CopyOnWriteArrayList<>();
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public void say(String instructions) {
            asked.add(instructions);
        }

        @Override
        public void sendCallerAudio(byte[] audio) {
            sendCallerAudio(audio, 0);
        }

        @Override
        public void sendCallerAudio(byte[] audio, long received) {
            receivedNanos.add(received);
        }

        @Override
        public void submitToolResult(String callId, String resultJson) {
        }

        @Override
        public void truncatePlayed(long playedMillis) {
            truncatedAt.add(playedMillis);
        }

        @Override
        public void close() {
        }
    }
}
