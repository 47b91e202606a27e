package com.voiceorder.voice.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voiceorder.voice.AudioCodec;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.ToolDefinition;
import com.voiceorder.voice.TurnDetection;
import com.voiceorder.voice.VoiceConfig;
import java.util.Base64;
import java.util.Locale;

/** The client events of the Realtime API, GA protocol, as JSON text. */
final class ClientEvents {

    private static final int PREFIX_PADDING_MS = 300;

    private final ObjectMapper json;

    ClientEvents(ObjectMapper json) {
        this.json = json;
    }

    /** {@code session.update}: realtime session, G.711 both ways, turn detection, transcription, tools. */
    String sessionUpdate(String eventId, SessionConfig config, VoiceConfig agent) {
        ObjectNode event = event("session.update", eventId);
        ObjectNode session = event.putObject("session");
        session.put("type", "realtime");
        session.put("model", agent.model());
        session.put("instructions", config.instructions());
        session.putArray("output_modalities").add("audio");
        ObjectNode audio = session.putObject("audio");
        ObjectNode input = audio.putObject("input");
        input.putObject("format").put("type", formatOf(config.codec()));
        ObjectNode transcription = input.putObject("transcription");
        transcription.put("model", agent.transcriptionModel());
        if (config.transcriptionLanguage() != null) {
            transcription.put("language", config.transcriptionLanguage());
        }
        input.set("turn_detection", turnDetection(config.turnDetection()));
        ObjectNode output = audio.putObject("output");
        output.putObject("format").put("type", formatOf(config.codec()));
        output.put("voice", config.voice() == null ? agent.voice() : config.voice());
        ArrayNode tools = session.putArray("tools");
        for (ToolDefinition tool : config.tools()) {
            ObjectNode function = tools.addObject();
            function.put("type", "function");
            function.put("name", tool.name());
            function.put("description", tool.description());
            function.set("parameters", parse(tool.parametersJson(), "parameters of tool " + tool.name()));
        }
        session.put("tool_choice", "auto");
        return text(event);
    }

    String appendAudio(byte[] audio) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "input_audio_buffer.append");
        event.put("audio", Base64.getEncoder().encodeToString(audio));
        return text(event);
    }

    /** {@code response.create}, with instructions for this response only when not null. */
    String responseCreate(String eventId, String instructions) {
        ObjectNode event = event("response.create", eventId);
        if (instructions != null) {
            event.putObject("response").put("instructions", instructions);
        }
        return text(event);
    }

    String truncate(String eventId, String itemId, long audioEndMillis) {
        ObjectNode event = event("conversation.item.truncate", eventId);
        event.put("item_id", itemId);
        event.put("content_index", 0);
        event.put("audio_end_ms", audioEndMillis);
        return text(event);
    }

    String functionCallOutput(String eventId, String callId, String output) {
        ObjectNode event = event("conversation.item.create", eventId);
        ObjectNode item = event.putObject("item");
        item.put("type", "function_call_output");
        item.put("call_id", callId);
        item.put("output", output);
        return text(event);
    }

    String functionCall(String eventId, String callId, String name, String arguments) {
        ObjectNode event = event("conversation.item.create", eventId);
        ObjectNode item = event.putObject("item");
        item.put("type", "function_call");
        item.put("call_id", callId);
        item.put("name", name);
        item.put("arguments", arguments);
        return text(event);
    }

    /** A text message: the caller's words ({@code input_text}) or the agent's ({@code output_text}). */
    String message(String eventId, String role, String text) {
        ObjectNode event = event("conversation.item.create", eventId);
        ObjectNode item = event.putObject("item");
        item.put("type", "message");
        item.put("role", role);
        ObjectNode content = item.putArray("content").addObject();
        content.put("type", "user".equals(role) ? "input_text" : "output_text");
        content.put("text", text);
        return text(event);
    }

    static String formatOf(AudioCodec codec) {
        return "audio/" + codec.name().toLowerCase(Locale.ROOT);
    }

    private ObjectNode turnDetection(TurnDetection detection) {
        ObjectNode node = json.createObjectNode();
        if (detection instanceof TurnDetection.SemanticVad semantic) {
            node.put("type", "semantic_vad");
            node.put("eagerness", semantic.eagerness().name().toLowerCase(Locale.ROOT));
        } else {
            TurnDetection.ServerVad vad = (TurnDetection.ServerVad) detection;
            node.put("type", "server_vad");
            node.put("threshold", vad.threshold());
            node.put("prefix_padding_ms", PREFIX_PADDING_MS);
            node.put("silence_duration_ms", vad.silenceMillis());
        }
        node.put("create_response", true);
        node.put("interrupt_response", true);
        return node;
    }

    private ObjectNode event(String type, String eventId) {
        ObjectNode event = json.createObjectNode();
        event.put("type", type);
        if (eventId != null) {
            event.put("event_id", eventId);
        }
        return event;
    }

    private JsonNode parse(String text, String what) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON in " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON writing failed", e);
        }
    }
}
