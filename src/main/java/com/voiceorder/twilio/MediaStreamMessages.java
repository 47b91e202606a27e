package com.voiceorder.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Twilio Media Streams WebSocket protocol: decodes what Twilio sends ({@code connected, start, media,
 * dtmf, mark, stop}) and encodes what we send back on a bidirectional stream ({@code media, mark, clear}).
 * Thread-safe.
 */
public final class MediaStreamMessages {

    private final ObjectMapper json = new ObjectMapper();

    public StreamMessage decode(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedStreamMessageException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (message == null || !message.isObject()) {
            throw new MalformedStreamMessageException("A Media Streams message is a JSON object");
        }
        String event = required(message, "event");
        String streamSid = message.path("streamSid").asText(null);
        return switch (event) {
            case "connected" -> new StreamMessage.Connected(message.path("protocol").asText(null),
                    message.path("version").asText(null));
            case "start" -> start(message.path("start"), streamSid);
            case "media" -> media(message.path("media"), streamSid);
            case "dtmf" -> new StreamMessage.Dtmf(streamSid, message.path("dtmf").path("track").asText(null),
                    required(message.path("dtmf"), "digit"));
            case "mark" -> new StreamMessage.Mark(streamSid, required(message.path("mark"), "name"));
            case "stop" -> new StreamMessage.Stop(streamSid, message.path("stop").path("accountSid").asText(null),
                    message.path("stop").path("callSid").asText(null));
            default -> new StreamMessage.Unknown(event);
        };
    }

    /** Agent audio for the caller (μ-law 8 kHz, no header). */
    public String media(String streamSid, byte[] mulaw) {
        ObjectNode message = message("media", streamSid);
        message.putObject("media").put("payload", Base64.getEncoder().encodeToString(mulaw));
        return write(message);
    }

    /** A checkpoint Twilio echoes once the audio sent before it has played. */
    public String mark(String streamSid, String name) {
        ObjectNode message = message("mark", streamSid);
        message.putObject("mark").put("name", name);
        return write(message);
    }

    /** Drops the audio Twilio has queued and not yet played (barge-in). */
    public String clear(String streamSid) {
        return write(message("clear", streamSid));
    }

    private StreamMessage.Start start(JsonNode start, String streamSid) {
        if (start.isMissingNode()) {
            throw new MalformedStreamMessageException("start message without its start object");
        }
        List<String> tracks = new ArrayList<>();
        start.path("tracks").forEach(track -> tracks.add(track.asText()));
        Map<String, String> parameters = new LinkedHashMap<>();
        start.path("customParameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
        JsonNode format = start.path("mediaFormat");
        return new StreamMessage.Start(start.path("streamSid").asText(streamSid), start.path("accountSid").asText(null),
                required(start, "callSid"), List.copyOf(tracks), Map.copyOf(parameters),
                format.path("encoding").asText(null), format.path("sampleRate").asInt(0), format.path("channels").asInt(0));
    }

    private static StreamMessage.Media media(JsonNode media, String streamSid) {
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(required(media, "payload"));
        } catch (IllegalArgumentException e) {
            throw new MalformedStreamMessageException("media payload is not base64", e);
        }
        return new StreamMessage.Media(streamSid, media.path("track").asText(null), number(media, "chunk"),
                number(media, "timestamp"), payload);
    }

    /** Twilio sends counters as strings ("1"); numbers are accepted too. */
    private static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        try {
            return Long.parseLong(value.asText().strip());
        } catch (NumberFormatException e) {
            throw new MalformedStreamMessageException(field + " is not a number: " + value.asText());
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new MalformedStreamMessageException("missing " + field);
        }
        return value.asText();
    }

    private ObjectNode message(String event, String streamSid) {
        if (streamSid == null || streamSid.isBlank()) {
            throw new IllegalArgumentException("A message to Twilio needs the streamSid");
        }
        ObjectNode message = json.createObjectNode();
        message.put("event", event);
        message.put("streamSid", streamSid);
        return message;
    }

    private String write(ObjectNode message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON writing failed", e);
        }
    }
}
