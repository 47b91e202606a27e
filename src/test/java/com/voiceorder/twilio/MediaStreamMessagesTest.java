package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages as Twilio's Media Streams documentation shows them. */
class MediaStreamMessagesTest {

    private final MediaStreamMessages messages = new MediaStreamMessages();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void connected_is_decoded() {
        assertThat(messages.decode("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}"))
                .isEqualTo(new StreamMessage.Connected("Call", "1.0.0"));
    }

    @Test
    void start_carries_the_call_the_format_and_our_parameters() {
        String start = """
                {"event":"start","sequenceNumber":"1","start":{"accountSid":"AC123","streamSid":"MZ18ad",
                 "callSid":"CA456","tracks":["inbound"],"customParameters":{"token":"t0k","caller":"+33612345678"},
                 "mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"streamSid":"MZ18ad"}""";

        var decoded = (StreamMessage.Start) messages.decode(start);

        assertThat(decoded.streamSid()).isEqualTo("MZ18ad");
        assertThat(decoded.callSid()).isEqualTo("CA456");
        assertThat(decoded.accountSid()).isEqualTo("AC123");
        assertThat(decoded.tracks()).containsExactly("inbound");
        assertThat(decoded.customParameters()).isEqualTo(Map.of("token", "t0k", "caller", "+33612345678"));
        assertThat(decoded.encoding()).isEqualTo("audio/x-mulaw");
        assertThat(decoded.sampleRate()).isEqualTo(8000);
        assertThat(decoded.channels()).isEqualTo(1);
    }

    @Test
    void media_payload_is_decoded_with_its_string_counters() {
        byte[] audio = {(byte) 0xff, 0x7f, 0x00, 0x12};
        String media = "{\"event\":\"media\",\"sequenceNumber\":\"3\",\"media\":{\"track\":\"inbound\",\"chunk\":\"2\","
                + "\"timestamp\":\"5120\",\"payload\":\"" + Base64.getEncoder().encodeToString(audio) + "\"},"
                + "\"streamSid\":\"MZ1\"}";

        var decoded = (StreamMessage.Media) messages.decode(media);

        assertThat(decoded.payload()).isEqualTo(audio);
        assertThat(decoded.chunk()).isEqualTo(2);
        assertThat(decoded.timestamp()).isEqualTo(5120);
        assertThat(decoded.track()).isEqualTo("inbound");
        assertThat(decoded.streamSid()).isEqualTo("MZ1");
    }

    @Test
    void dtmf_mark_and_stop_are_decoded() {
        assertThat(messages.decode("{\"event\":\"dtmf\",\"streamSid\":\"MZ1\",\"sequenceNumber\":\"5\","
                + "\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\"#\"}}"))
                .isEqualTo(new StreamMessage.Dtmf("MZ1", "inbound_track", "#"));
        assertThat(messages.decode("{\"event\":\"mark\",\"sequenceNumber\":\"4\",\"streamSid\":\"MZ1\","
                + "\"mark\":{\"name\":\"agent-17\"}}"))
                .isEqualTo(new StreamMessage.Mark("MZ1", "agent-17"));
        assertThat(messages.decode("{\"event\":\"stop\",\"sequenceNumber\":\"9\",\"streamSid\":\"MZ1\","
                + "\"stop\":{\"accountSid\":\"AC1\",\"callSid\":\"CA1\"}}"))
                .isEqualTo(new StreamMessage.Stop("MZ1", "AC1", "CA1"));
        assertThat(messages.decode("{\"event\":\"something-new\"}")).isEqualTo(new StreamMessage.Unknown("something-new"));
    }

    @Test
    void malformed_messages_are_refused_with_a_clear_reason() {
        assertThatThrownBy(() -> messages.decode("not json")).isInstanceOf(MalformedStreamMessageException.class)
                .hasMessageContaining("Not JSON");
        assertThatThrownBy(() -> messages.decode("[1]")).isInstanceOf(MalformedStreamMessageException.class);
        assertThatThrownBy(() -> messages.decode("{\"streamSid\":\"MZ1\"}")).hasMessageContaining("missing event");
        assertThatThrownBy(() -> messages.decode("{\"event\":\"media\",\"media\":{\"payload\":\"***\"}}"))
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> messages.decode("{\"event\":\"media\",\"media\":{\"payload\":\"AA==\",\"chunk\":\"x\"}}"))
                .hasMessageContaining("chunk is not a number");
        assertThatThrownBy(() -> messages.decode("{\"event\":\"start\",\"start\":{}}")).hasMessageContaining("callSid");
    }

    @Test
    void media_mark_and_clear_are_encoded_as_twilio_expects() throws Exception {
        byte[] audio = {1, 2, 3};

        var media = json.readTree(messages.media("MZ9", audio));
        var mark = json.readTree(messages.mark("MZ9", "agent-1"));
        var clear = json.readTree(messages.clear("MZ9"));

        assertThat(media.path("event").asText()).isEqualTo("media");
        assertThat(media.path("streamSid").asText()).isEqualTo("MZ9");
        assertThat(Base64.getDecoder().decode(media.path("media").path("payload").asText())).isEqualTo(audio);
        assertThat(mark.path("mark").path("name").asText()).isEqualTo("agent-1");
        assertThat(clear.path("event").asText()).isEqualTo("clear");
        assertThat(List.of(clear.fieldNames().next())).isNotEmpty();
        assertThatThrownBy(() -> messages.clear(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
