package com.voiceorder.telephony.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the audio stream of an SDP body (RFC 8866) and writes answers. Only what a G.711 audio call
 * needs: connection address, the first audio {@code m=} line, rtpmaps and direction.
 */
public final class SessionDescriptions {

    private SessionDescriptions() {
    }

    public static AudioOffer parseAudio(String sdp) throws MalformedSdpException {
        if (sdp == null || sdp.isBlank()) {
            throw new MalformedSdpException("empty SDP");
        }
        String sessionConnection = null;
        String mediaConnection = null;
        MediaDirection sessionDirection = MediaDirection.SENDRECV;
        MediaDirection mediaDirection = null;
        long sessionId = 0;
        boolean inAudio = false;
        boolean audioSeen = false;
        int port = -1;
        List<Integer> payloadTypes = new ArrayList<>();
        Map<Integer, RtpMap> rtpMaps = new HashMap<>();
        for (String rawLine : sdp.split("\r?\n")) {
            String line = rawLine.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            char type = line.charAt(0);
            String value = line.substring(2);
            switch (type) {
                case 'o' -> {
                    String[] parts = value.split(" ");
                    if (parts.length >= 2) {
                        sessionId = parseLong(parts[1]);
                    }
                }
                case 'm' -> {
                    if (audioSeen) {
                        inAudio = false;
                        continue;
                    }
                    String[] parts = value.split(" +");
                    inAudio = parts.length >= 4 && "audio".equalsIgnoreCase(parts[0])
                            && parts[2].toUpperCase(Locale.ROOT).startsWith("RTP/AVP");
                    if (inAudio) {
                        audioSeen = true;
                        port = parseInt(parts[1].split("/")[0], "port");
                        for (int i = 3; i < parts.length; i++) {
                            payloadTypes.add(parseInt(parts[i], "payload type"));
                        }
                    }
                }
                case 'c' -> {
                    String[] parts = value.split(" +");
                    if (parts.length < 3 || !"IN".equals(parts[0])) {
                        throw new MalformedSdpException("bad c= line: " + value);
                    }
                    String address = parts[2].split("/")[0];
                    if (!audioSeen) {
                        sessionConnection = address;
                    } else if (inAudio) {
                        mediaConnection = address;
                    }
                }
                case 'a' -> {
                    if (audioSeen && !inAudio) {
                        continue;
                    }
                    if (value.startsWith("rtpmap:")) {
                        RtpMap map = parseRtpMap(value.substring(7));
                        if (map != null) {
                            rtpMaps.put(map.payloadType(), map);
                        }
                    } else {
                        MediaDirection direction = MediaDirection.ofAttribute(value).orElse(null);
                        if (direction != null) {
                            if (audioSeen) {
                                mediaDirection = direction;
                            } else {
                                sessionDirection = direction;
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (!audioSeen) {
            throw new MalformedSdpException("no RTP/AVP audio stream");
        }
        String connection = mediaConnection != null ? mediaConnection : sessionConnection;
        if (connection == null) {
            throw new MalformedSdpException("no connection address");
        }
        if (port < 0 || port > 65535) {
            throw new MalformedSdpException("bad port " + port);
        }
        return new AudioOffer(connection, port, List.copyOf(payloadTypes), Map.copyOf(rtpMaps),
                mediaDirection != null ? mediaDirection : sessionDirection, sessionId);
    }

    private static RtpMap parseRtpMap(String value) throws MalformedSdpException {
        String[] parts = value.trim().split(" +", 2);
        if (parts.length < 2) {
            return null;
        }
        String[] encoding = parts[1].split("/");
        int rate = encoding.length > 1 ? parseInt(encoding[1], "clock rate") : 8000;
        return new RtpMap(parseInt(parts[0], "payload type"), encoding[0], rate);
    }

    /**
     * Writes an answer (or an offer) with one audio stream offering exactly the given payload types.
     *
     * @param telephoneEventPayloadType the RFC 4733 payload type to include, or -1
     */
    public static String write(long sessionId, long version, String address, int port,
                               int audioPayloadType, String audioEncoding, int telephoneEventPayloadType,
                               MediaDirection direction) {
        String addressType = address.contains(":") ? "IP6" : "IP4";
        StringBuilder sdp = new StringBuilder(256)
                .append("v=0\r\n")
                .append("o=- ").append(sessionId).append(' ').append(version).append(" IN ").append(addressType)
                .append(' ').append(address).append("\r\n")
                .append("s=-\r\n")
                .append("c=IN ").append(addressType).append(' ').append(address).append("\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ").append(port).append(" RTP/AVP ").append(audioPayloadType);
        if (telephoneEventPayloadType >= 0) {
            sdp.append(' ').append(telephoneEventPayloadType);
        }
        sdp.append("\r\n")
                .append("a=rtpmap:").append(audioPayloadType).append(' ').append(audioEncoding).append("/8000\r\n");
        if (telephoneEventPayloadType >= 0) {
            sdp.append("a=rtpmap:").append(telephoneEventPayloadType).append(" telephone-event/8000\r\n")
                    .append("a=fmtp:").append(telephoneEventPayloadType).append(" 0-15\r\n");
        }
        sdp.append("a=ptime:20\r\n")
                .append("a=").append(direction.attribute()).append("\r\n");
        return sdp.toString();
    }

    private static int parseInt(String text, String what) throws MalformedSdpException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new MalformedSdpException("bad " + what + ": " + text);
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
