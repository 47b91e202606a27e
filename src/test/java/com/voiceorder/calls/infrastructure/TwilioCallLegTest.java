package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.twilio.StreamMessage;
import com.voiceorder.twilio.StreamTokens;
import com.voiceorder.twilio.TwilioCallTransfers;
import com.voiceorder.twilio.TwilioStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwilioCallLegTest {

    private final ClosableStream stream = new ClosableStream();
    private final StreamTokens.Grant grant = new StreamTokens.Grant("CA9", "+33612345678", "+33491000077",
            Instant.now(), null, StreamTokens.Purpose.CONVERSATION);
    private final TwilioCallLeg leg = new TwilioCallLeg(stream, grant, Runnable::run, new TwilioCallTransfers(null),
            Clock.systemUTC());
    private final RecordingMedia media = new RecordingMedia();

    @Test
    void the_offered_call_is_the_twilio_call_from_the_grants_caller_in_mu_law() {
        leg.arrivedOn("12");

        assertThat(leg.callId()).isEqualTo("CA9");
        assertThat(leg.lineId()).isEqualTo("12");
        assertThat(leg.caller()).hasValueSatisfying(number -> assertThat(number.e164()).isEqualTo("+33612345678"));
        assertThat(leg.calledNumber()).isEqualTo("+33491000077");
        assertThat(leg.codec()).isEqualTo(G711.PCMU);
    }

    @Test
    void caller_audio_and_keys_reach_the_answering_media_in_order_and_only_once_answered() {
        leg.onMedia(media(new byte[] {1}));
        leg.answer(media);
        leg.onMedia(media(new byte[] {2, 3}));
        leg.onDtmf(new StreamMessage.Dtmf("MZ9", "inbound_track", "5"));

        assertThat(media.events).containsExactly("audio 2", "dtmf 5");
    }

    @Test
    void the_stream_stopping_ends_the_call_once_as_the_caller_hanging_up() {
        leg.answer(media);

        leg.onEnded("stopped by Twilio");
        leg.onEnded("socket closed");

        assertThat(media.events).containsExactly("ended CALLER_HUNG_UP");
        assertThat(leg.ended().toCompletableFuture().join()).isEqualTo(EndReason.CALLER_HUNG_UP);
        assertThat(leg.isEnded()).isTrue();
    }

    @Test
    void hanging_up_closes_the_stream_and_ends_the_call_as_hung_up_by_us() {
        leg.answer(media);

        leg.hangUp();
        leg.onEnded("closed by us");

        assertThat(stream.closed).isTrue();
        assertThat(media.events).containsExactly("ended HUNG_UP");
        assertThat(leg.outboundAudio().write(new byte[160])).isFalse();
    }

    @Test
    void rejecting_closes_the_stream_and_a_late_answer_sees_the_end() {
        leg.reject(404);
        leg.answer(media);

        assertThat(stream.closed).isTrue();
        assertThat(media.events).containsExactly("ended REJECTED");
    }

    @Test
    void without_twilio_credentials_a_transfer_fails_and_the_call_goes_on() {
        leg.answer(media);

        var outcome = leg.transfer("+33600000001", Duration.ofSeconds(20)).toCompletableFuture().join();

        assertThat(outcome).isEqualTo(TransferOutcome.FAILED);
        leg.onEnded("stopped by Twilio");
        assertThat(media.events).containsExactly("ended CALLER_HUNG_UP");
    }

    private static StreamMessage.Media media(byte[] payload) {
        return new StreamMessage.Media("MZ9", "inbound", 1, 20, payload);
    }

    private static final class RecordingMedia implements CallMedia {
        final List<String> events = new ArrayList<>();

        @Override
        public void onAudio(AudioFrame frame) {
            events.add("audio " + frame.payload()[0]);
        }

        @Override
        public void onDtmf(DtmfDigit digit) {
            events.add("dtmf " + digit);
        }

        @Override
        public void ended(EndReason reason) {
            events.add("ended " + reason);
        }
    }

    private static final class ClosableStream implements TwilioStream {
        boolean closed;

        @Override
        public String streamSid() {
            return "MZ9";
        }

        @Override
        public String callSid() {
            return "CA9";
        }

        @Override
        public void sendAudio(byte[] mulaw) {
        }

        @Override
        public void mark(String name) {
        }

        @Override
        public void clear() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
