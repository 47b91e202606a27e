package com.voiceorder.telephony.sdp;

import java.util.Locale;
import java.util.Optional;

/** SDP media direction attributes (RFC 8866 §6.7). */
public enum MediaDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The direction an answerer uses for this offered direction (RFC 3264 §6.1). */
    public MediaDirection answer() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** Whether the party using this direction sends media. */
    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    /** Whether the party using this direction receives media. */
    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MediaDirection> ofAttribute(String attribute) {
        for (MediaDirection direction : values()) {
            if (direction.attribute().equals(attribute)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
