package com.voiceorder.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voiceorder.twilio.TwilioSignature;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glassfish.tyrus.client.ClientManager;
import org.w3c.dom.Element;

/**
 * Plays Twilio's part of a call against a running server: posts the signed voice webhook, reads the
 * stream URL and token from the TwiML answer, opens the Media Stream WebSocket and speaks the protocol as
 * Twilio does ({@code connected}, {@code start} with the token in {@code customParameters}, 20 ms μ-law
 * {@code media}, {@code dtmf}, {@code stop}), keeping every message the server sends back.
 */
public final class TwilioMediaStreamClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte MU_LAW_SILENCE = (byte) 0xFF;

    private final String callSid;
    private final String streamSid;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final ClientManager client = ClientManager.createClient();
    private volatile Session session;
    private volatile CloseReason closedWith;
    private volatile long firstMediaNanos;
    private long sequence;
    private long chunk;

    private TwilioMediaStreamClient(String callSid) {
        this.callSid = callSid;
        this.streamSid = "MZ" + callSid.substring(2);
    }

    /** Twilio announcing a call from {@code from} to {@code to}, then streaming it. */
    public static TwilioMediaStreamClient call(LibertyServer server, String authToken, String callSid, String from,
                                               String to) throws Exception {
        return streamAnswering(server, "/twilio/voice", authToken, callSid, from, to, Map.of());
    }

    /** Twilio posting a signed webhook at {@code path} for the call, then opening the stream its TwiML names. */
    public static TwilioMediaStreamClient streamAnswering(LibertyServer server, String path, String authToken,
                                                          String callSid, String from, String to,
                                                          Map<String, String> extraForm) throws Exception {
        TwilioMediaStreamClient call = new TwilioMediaStreamClient(callSid);
        Map<String, List<String>> form = new LinkedHashMap<>();
        extraForm.forEach((name, value) -> form.put(name, List.of(value)));
        form.put("AccountSid", List.of("AC0000000000000000000000000000test"));
        form.put("CallSid", List.of(callSid));
        form.put("From", List.of(from));
        form.put("To", List.of(to));
        form.put("CallStatus", List.of("ringing"));
        form.put("Direction", List.of("inbound"));
        URI webhook = server.uri(path);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER, new TwilioSignature(authToken).sign(webhook.toString(), form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Voice webhook answered " + answer.statusCode() + ": " + answer.body());
        }
        Element stream = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("Stream").item(0);
        Element parameter = (Element) stream.getElementsByTagName("Parameter").item(0);
        call.open(URI.create(stream.getAttribute("url")), parameter.getAttribute("name"), parameter.getAttribute("value"));
        return call;
    }

    private void open(URI url, String parameterName, String token) throws Exception {
        client.connectToServer(new Endpoint() {
            @Override
            public void onOpen(Session opened, EndpointConfig config) {
                session = opened;
                opened.addMessageHandler(String.class, TwilioMediaStreamClient.this::receive);
            }

            @Override
            public void onClose(Session closed, CloseReason reason) {
                closedWith = reason;
            }
        }, ClientEndpointConfig.Builder.create().build(), url);
        send(JSON.createObjectNode().put("event", "connected").put("protocol", "Call").put("version", "1.0.0"));
        ObjectNode start = message("start");
        ObjectNode details = start.putObject("start");
        details.put("streamSid", streamSid).put("accountSid", "AC0000000000000000000000000000test")
                .put("callSid", callSid);
        details.putArray("tracks").add("inbound");
        details.putObject("customParameters").put(parameterName, token);
        details.putObject("mediaFormat").put("encoding", "audio/x-mulaw").put("sampleRate", 8000).put("channels", 1);
        send(start);
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if ("media".equals(message.path("event").asText()) && firstMediaNanos == 0) {
                firstMediaNanos = System.nanoTime();
            }
            received.add(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caller's audio, as 20 ms {@code media} messages (sent at once: the server does not pace input). */
    public synchronized void sendAudio(byte[] mulaw) {
        for (int offset = 0; offset < mulaw.length; offset += 160) {
            ObjectNode media = message("media");
            media.putObject("media").put("track", "inbound").put("chunk", Long.toString(++chunk))
                    .put("timestamp", Long.toString(chunk * 20))
                    .put("payload", Base64.getEncoder().encodeToString(
                            Arrays.copyOfRange(mulaw, offset, Math.min(mulaw.length, offset + 160))));
            send(media);
        }
    }

    public void sendSilence(int millis) {
        byte[] silence = new byte[millis * 8];
        Arrays.fill(silence, MU_LAW_SILENCE);
        sendAudio(silence);
    }

    /** The caller hung up: {@code stop}, then the socket closes. */
    public void stop() {
        ObjectNode stop = message("stop");
        stop.putObject("stop").put("accountSid", "AC0000000000000000000000000000test").put("callSid", callSid);
        send(stop);
        close();
    }

    public List<JsonNode> received(String event) {
        return received.stream().filter(m -> event.equals(m.path("event").asText())).toList();
    }

    /** Agent audio received so far, decoded. */
    public int receivedAudioBytes() {
        return received("media").stream()
                .mapToInt(m -> Base64.getDecoder().decode(m.at("/media/payload").asText()).length).sum();
    }

    /** {@link System#nanoTime()} of the first agent audio received (0 before). */
    public long firstMediaNanos() {
        return firstMediaNanos;
    }

    /** Waits until the server closes the stream; its close reason. */
    public CloseReason awaitClosed(Duration timeout) {
        await().atMost(timeout).until(() -> closedWith != null);
        return closedWith;
    }

    public String callSid() {
        return callSid;
    }

    @Override
    public void close() {
        try {
            if (session != null && session.isOpen()) {
                session.close();
            }
        } catch (IOException e) {
            // already gone
        }
        // no client.shutdown(): Tyrus clients share one scheduler, which the next call would find stopped
    }

    private ObjectNode message(String event) {
        return JSON.createObjectNode().put("event", event).put("sequenceNumber", Long.toString(++sequence))
                .put("streamSid", streamSid);
    }

    private synchronized void send(JsonNode message) {
        try {
            session.getBasicRemote().sendText(JSON.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RejectedExecutionException e) {
            // Tyrus restarts the idle timer after each write on this client's scheduler, which it stops once
            // its connection has closed: the server closed the stream right after this message (as it does
            // after stop). Anything else is a real failure.
            if (session.isOpen()) {
                throw e;
            }
        }
    }
}
