package com.voiceorder.telephony.sdp;

import com.voiceorder.telephony.media.G711;
import java.util.Optional;

/**
 * The result of answering an audio offer: the first G.711 law in the caller's preference order,
 * the payload type the caller uses for it, and RFC 4733 telephone-event if offered (else -1).
 */
public record AudioNegotiation(G711 codec, int payloadType, int telephoneEventPayloadType,
                               MediaDirection answerDirection) {

    public static final String TELEPHONE_EVENT = "telephone-event";

    /** Empty when the offer has no G.711 at 8 kHz: the caller must be answered 488. */
    public static Optional<AudioNegotiation> answer(AudioOffer offer) {
        G711 chosen = null;
        int chosenType = -1;
        int telephoneEvent = -1;
        for (int payloadType : offer.payloadTypes()) {
            RtpMap map = offer.rtpMap(payloadType).orElse(null);
            if (map == null || map.clockRate() != G711.SAMPLE_RATE) {
                continue;
            }
            if (chosen == null) {
                Optional<G711> codec = G711.ofEncodingName(map.encoding());
                if (codec.isPresent()) {
                    chosen = codec.get();
                    chosenType = payloadType;
                }
            }
            if (telephoneEvent < 0 && TELEPHONE_EVENT.equalsIgnoreCase(map.encoding())) {
                telephoneEvent = payloadType;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new AudioNegotiation(chosen, chosenType, telephoneEvent, offer.direction().answer()));
    }
}
