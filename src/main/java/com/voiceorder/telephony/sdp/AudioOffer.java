package com.voiceorder.telephony.sdp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audio part of a session description as the remote side sent it: where it wants RTP
 * ({@code c=}/{@code m=}), its payload types in preference order, their rtpmaps and the direction.
 */
public record AudioOffer(String connectionAddress, int port, List<Integer> payloadTypes,
                         Map<Integer, RtpMap> rtpMaps, MediaDirection direction, long sessionId) {

    /** The rtpmap of a payload type, falling back to the RFC 3551 static assignments 0 and 8. */
    public Optional<RtpMap> rtpMap(int payloadType) {
        RtpMap declared = rtpMaps.get(payloadType);
        if (declared != null) {
            return Optional.of(declared);
        }
        return switch (payloadType) {
            case 0 -> Optional.of(new RtpMap(0, "PCMU", 8000));
            case 8 -> Optional.of(new RtpMap(8, "PCMA", 8000));
            default -> Optional.empty();
        };
    }

    /** {@code c=0.0.0.0} or port 0: the peer does not want media now (old-style hold or removed stream). */
    public boolean holdsMedia() {
        return port == 0 || "0.0.0.0".equals(connectionAddress);
    }
}
