package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaStreamSessionTest {

    private final StreamTokens tokens = new StreamTokens(Duration.ofSeconds(30), 10, Clock.systemUTC());
    private final RecordingSocket socket = new RecordingSocket();
    private final List<Object> received = new ArrayList<>();
    private final List<TwilioStream> streams = new ArrayList<>();
    private final TwilioStreamHandler handler = (stream, start, grant) -> {
        streams.add(stream);
        return new TwilioStreamHandler.Listener() {
            @Override
            public void onMedia(StreamMessage.Media media) {
                received.add(media);
            }

            @Override
            public void onDtmf(StreamMessage.Dtmf dtmf) {
                received.add(dtmf);
            }

            @Override
            public void onMark(StreamMessage.Mark mark) {
                received.add(mark);
            }

            @Override
            public void onEnded(String reason) {
                received.add("ended: " + reason);
            }
        };
    };
    private final MediaStreamSession session = new MediaStreamSession(socket, tokens, handler, new MediaStreamMessages());

    private static String start(String callSid, String token) {
        return "{\"event\":\"start\",\"sequenceNumber\":\"1\",\"streamSid\":\"MZ1\",\"start\":{\"streamSid\":\"MZ1\","
                + "\"accountSid\":\"AC1\",\"callSid\":\"" + callSid + "\",\"tracks\":[\"inbound\"],"
                + "\"customParameters\":{\"token\":\"" + token + "\"},"
                + "\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\",\"sampleRate\":8000,\"channels\":1}}}";
    }

    private static String media(byte[] audio) {
        return "{\"event\":\"media\",\"streamSid\":\"MZ1\",\"media\":{\"track\":\"inbound\",\"chunk\":\"1\","
                + "\"timestamp\":\"20\",\"payload\":\"" + Base64.getEncoder().encodeToString(audio) + "\"}}";
    }

    @Test
    void a_stream_with_a_valid_token_reaches_the_handler_and_can_answer() throws Exception {
        String token = tokens.issue("CA1", "+33612345678", null);

        session.onText("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
        session.onText(start("CA1", token));
        session.onText(media(new byte[] {1, 2}));
        session.onText("{\"event\":\"dtmf\",\"streamSid\":\"MZ1\",\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\"5\"}}");
        streams.get(0).sendAudio(new byte[] {9});
        streams.get(0).mark("agent-1");
        streams.get(0).clear();
        session.onText("{\"event\":\"stop\",\"streamSid\":\"MZ1\",\"stop\":{\"accountSid\":\"AC1\",\"callSid\":\"CA1\"}}");
        session.onClosed("1000");

        assertThat(received).hasSize(3);
        assertThat(((StreamMessage.Media) received.get(0)).payload()).containsExactly(1, 2);
        assertThat(received.get(1)).isEqualTo(new StreamMessage.Dtmf("MZ1", "inbound_track", "5"));
        assertThat(received.get(2)).isEqualTo("ended: stopped by Twilio");
        var json = new ObjectMapper();
        assertThat(socket.sent).extracting(text -> json.readTree(text).path("event").asText())
                .containsExactly("media", "mark", "clear");
        assertThat(socket.closes).containsExactly("normal: stream stopped");
    }

    @Test
    void a_reused_token_closes_the_second_stream() {
        String token = tokens.issue("CA1", null, null);
        session.onText(start("CA1", token));
        var second = new RecordingSocket();
        var replay = new MediaStreamSession(second, tokens, handler, new MediaStreamMessages());

        replay.onText(start("CA1", token));
        replay.onText(media(new byte[] {1}));

        assertThat(second.closes).containsExactly("policy: bad, reused or expired stream token");
        assertThat(streams).hasSize(1);
        assertThat(received).isEmpty();
    }

    @Test
    void an_unknown_token_or_one_for_another_call_is_refused() {
        String token = tokens.issue("CA1", null, null);

        session.onText(start("CA2", token));

        assertThat(socket.closes).containsExactly("policy: bad, reused or expired stream token");
        assertThat(streams).isEmpty();
    }

    @Test
    void media_before_start_closes_the_socket() {
        session.onText(media(new byte[] {1}));

        assertThat(socket.closes).containsExactly("policy: media before a valid start");
    }

    @Test
    void a_malformed_message_is_ignored_and_the_stream_goes_on() {
        String token = tokens.issue("CA1", null, null);
        session.onText(start("CA1", token));

        session.onText("{oops");
        session.onText(media(new byte[] {4}));

        assertThat(received).hasSize(1);
        assertThat(socket.closes).isEmpty();
    }

    private static final class RecordingSocket implements MediaStreamSession.Socket {
        final List<String> sent = new ArrayList<>();
        final List<String> closes = new ArrayList<>();

        @Override
        public void send(String text) {
            sent.add(text);
        }

        @Override
        public void close(boolean policyViolation, String reason) {
            closes.add((policyViolation ? "policy: " : "normal: ") + reason);
        }
    }
}
