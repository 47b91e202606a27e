package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TwilioVoiceWebhookTest {

    private static final String URL = "https://voice.example.fr/twilio/voice";
    private static final Map<String, List<String>> FORM = Map.of(
            "CallSid", List.of("CA77"), "From", List.of("+33612345678"), "To", List.of("+33491000000"));

    private final TwilioSignature signature = new TwilioSignature("secret-token");
    private final StreamTokens tokens = new StreamTokens(Duration.ofSeconds(30), 10, Clock.systemUTC());
    private final TwilioVoiceWebhook webhook = new TwilioVoiceWebhook(signature, tokens);

    @Test
    void a_signed_call_is_connected_to_the_stream_with_a_token_redeemable_for_that_call() throws Exception {
        var reply = webhook.handle(URL, FORM, signature.sign(URL, FORM));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/xml");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
        Element stream = (Element) xml.getElementsByTagName("Stream").item(0);
        assertThat(stream.getAttribute("url")).isEqualTo("wss://voice.example.fr/twilio/stream");
        Element parameter = (Element) stream.getElementsByTagName("Parameter").item(0);
        assertThat(parameter.getAttribute("name")).isEqualTo("token");
        assertThat(tokens.redeem(parameter.getAttribute("value")))
                .hasValueSatisfying(grant -> assertThat(grant.callSid()).isEqualTo("CA77"));
    }

    @Test
    void a_bad_signature_is_forbidden_and_issues_nothing() {
        var reply = webhook.handle(URL, FORM, signature.sign(URL + "?x=1", FORM));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).doesNotContain("Stream");
    }

    @Test
    void without_an_auth_token_the_entry_answers_404() {
        var off = new TwilioVoiceWebhook(null, tokens);

        assertThat(off.isEnabled()).isFalse();
        assertThat(off.handle(URL, FORM, "anything").status()).isEqualTo(404);
    }

    @Test
    void a_signed_request_without_call_sid_is_a_bad_request() {
        Map<String, List<String>> form = Map.of("From", List.of("+33612345678"));

        assertThat(webhook.handle(URL, form, signature.sign(URL, form)).status()).isEqualTo(400);
    }

    @Test
    void the_stream_url_keeps_the_public_host_and_context_path() {
        assertThat(TwilioVoiceWebhook.streamUrl(java.net.URI.create("https://h.fr:8443/app/twilio/voice?x=1")))
                .hasToString("wss://h.fr:8443/app/twilio/stream");
        assertThat(TwilioVoiceWebhook.streamUrl(java.net.URI.create("http://localhost:9080/twilio/voice")))
                .hasToString("ws://localhost:9080/twilio/stream");
    }
}
