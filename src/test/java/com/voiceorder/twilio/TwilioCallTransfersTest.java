package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.voiceorder.telephony.call.TransferOutcome;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Transfers against a local server standing in for Twilio's REST API, then Twilio's dial report. */
class TwilioCallTransfersTest {

    private static final String ACCOUNT = "AC0123456789abcdef";
    private static final String AUTH_TOKEN = "secret-token";
    private static final String WEBHOOK = "https://voice.example.fr/twilio/voice";

    private record Received(String method, String path, String authorization, String contentType, String body) {
    }

    private final CompletableFuture<Received> received = new CompletableFuture<>();
    private final TwilioSignature signature = new TwilioSignature(AUTH_TOKEN);
    private final StreamTokens tokens = new StreamTokens(Duration.ofSeconds(30), 10, Clock.systemUTC());
    private final StreamTokens.Grant grant = new StreamTokens.Grant("CA42", "+33612345678", "+33491000000",
            Instant.now(), WEBHOOK, StreamTokens.Purpose.CONVERSATION);
    private HttpServer twilio;
    private volatile int status = 200;

    @BeforeEach
    void startTwilio() throws Exception {
        twilio = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        twilio.createContext("/", exchange -> {
            received.complete(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = "{\"sid\":\"CA42\",\"status\":\"in-progress\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        twilio.start();
    }

    @AfterEach
    void stopTwilio() {
        twilio.stop(0);
    }

    @Test
    void the_live_call_is_updated_with_a_dial_twiml_through_the_rest_api() throws Exception {
        transfers().transfer(grant, "+33600000001", Duration.ofSeconds(20));

        Received request = received.get(5, TimeUnit.SECONDS);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Calls/CA42.json");
        assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.body()).startsWith("Twiml=");
        Element dial = dialOf(request);
        assertThat(dial.getTextContent()).isEqualTo("+33600000001");
        assertThat(dial.getAttribute("timeout")).isEqualTo("20");
        assertThat(dial.getAttribute("action")).startsWith("https://voice.example.fr/twilio/transfer-result?token=");
    }

    @Test
    void a_completed_dial_connects_the_transfer_and_hangs_up_our_side() throws Exception {
        TwilioCallTransfers transfers = transfers();
        var outcome = transfers.transfer(grant, "+33600000001", Duration.ofSeconds(20)).toCompletableFuture();
        String action = dialOf(received.get(5, TimeUnit.SECONDS)).getAttribute("action");

        var reply = report(transfers, action, "completed");

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(TransferOutcome.CONNECTED);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("<Hangup/>");
    }

    @Test
    void nobody_answering_sends_the_caller_to_a_voicemail_stream_never_to_silence() throws Exception {
        TwilioCallTransfers transfers = transfers();
        var outcome = transfers.transfer(grant, "+33600000001", Duration.ofSeconds(20)).toCompletableFuture();
        String action = dialOf(received.get(5, TimeUnit.SECONDS)).getAttribute("action");

        var reply = report(transfers, action, "no-answer");

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(TransferOutcome.NO_ANSWER);
        Element stream = (Element) parse(reply.body()).getElementsByTagName("Stream").item(0);
        assertThat(stream.getAttribute("url")).isEqualTo("wss://voice.example.fr/twilio/stream");
        String token = ((Element) stream.getElementsByTagName("Parameter").item(0)).getAttribute("value");
        assertThat(tokens.redeem(token)).hasValueSatisfying(voicemail -> {
            assertThat(voicemail.purpose()).isEqualTo(StreamTokens.Purpose.VOICEMAIL);
            assertThat(voicemail.callSid()).isEqualTo("CA42");
            assertThat(voicemail.to()).isEqualTo("+33491000000");
        });
    }

    @Test
    void a_report_with_a_bad_signature_is_forbidden_and_completes_nothing() throws Exception {
        TwilioCallTransfers transfers = transfers();
        var outcome = transfers.transfer(grant, "+33600000001", Duration.ofSeconds(20)).toCompletableFuture();
        String action = dialOf(received.get(5, TimeUnit.SECONDS)).getAttribute("action");
        Map<String, List<String>> form = reportForm("completed");

        var reply = new TwilioVoiceWebhook(signature, tokens, transfers)
                .handleTransferResult(action, form, signature.sign(action + "x", form));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(outcome).isNotDone();
    }

    @Test
    void an_update_twilio_refuses_fails_the_transfer() throws Exception {
        status = 404;

        var outcome = transfers().transfer(grant, "+33600000001", Duration.ofSeconds(20));

        assertThat(outcome.toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo(TransferOutcome.FAILED);
    }

    @Test
    void without_an_account_sid_a_transfer_fails_at_once_and_calls_nobody() {
        var outcome = new TwilioCallTransfers(null).transfer(grant, "+33600000001", Duration.ofSeconds(20));

        assertThat(outcome.toCompletableFuture().getNow(null)).isEqualTo(TransferOutcome.FAILED);
        assertThat(received).isNotDone();
    }

    private TwilioCallTransfers transfers() {
        URI api = URI.create("http://127.0.0.1:" + twilio.getAddress().getPort());
        return new TwilioCallTransfers(new TwilioRestClient(api, ACCOUNT, AUTH_TOKEN, HttpClient.newHttpClient()));
    }

    private TwilioVoiceWebhook.Reply report(TwilioCallTransfers transfers, String action, String dialStatus) {
        Map<String, List<String>> form = reportForm(dialStatus);
        return new TwilioVoiceWebhook(signature, tokens, transfers)
                .handleTransferResult(action, form, signature.sign(action, form));
    }

    private static Map<String, List<String>> reportForm(String dialStatus) {
        return Map.of("CallSid", List.of("CA42"), "From", List.of("+33612345678"), "To", List.of("+33491000000"),
                "DialCallStatus", List.of(dialStatus));
    }

    private static Element dialOf(Received request) throws Exception {
        String twiml = URLDecoder.decode(request.body().substring("Twiml=".length()), StandardCharsets.UTF_8);
        return (Element) parse(twiml).getElementsByTagName("Dial").item(0);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
