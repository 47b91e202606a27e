package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    // Twilio's documented example (helper libraries' RequestValidator tests): token 12345.
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
    private static final Map<String, List<String>> PARAMS = Map.of(
            "CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+14158675309"),
            "Digits", List.of("1234"),
            "From", List.of("+14158675309"),
            "To", List.of("+18005551212"));

    private final TwilioSignature signature = new TwilioSignature("12345");

    @Test
    void twilios_documented_example_is_reproduced_and_accepted() {
        assertThat(signature.sign(URL, PARAMS)).isEqualTo(SIGNATURE);
        assertThat(signature.isValid(URL, PARAMS, SIGNATURE)).isTrue();
    }

    @Test
    void any_change_to_url_parameters_token_or_signature_is_rejected() {
        Map<String, List<String>> tampered = new HashMap<>(PARAMS);
        tampered.put("Digits", List.of("9999"));

        assertThat(signature.isValid(URL, tampered, SIGNATURE)).isFalse();
        assertThat(signature.isValid(URL + "&extra=1", PARAMS, SIGNATURE)).isFalse();
        assertThat(new TwilioSignature("54321").isValid(URL, PARAMS, SIGNATURE)).isFalse();
        assertThat(signature.isValid(URL, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8")).isFalse();
        assertThat(signature.isValid(URL, PARAMS, null)).isFalse();
        assertThat(signature.isValid(URL, PARAMS, "")).isFalse();
    }

    @Test
    void a_url_signed_with_or_without_the_default_port_is_accepted() {
        String withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2";

        assertThat(signature.isValid(withPort, PARAMS, SIGNATURE)).isTrue();
        assertThat(signature.isValid(URL, PARAMS, signature.sign(withPort, PARAMS))).isTrue();
        assertThat(signature.isValid("https://mycompany.com:8443/myapp.php?foo=1&bar=2", PARAMS, SIGNATURE)).isFalse();
    }

    @Test
    void repeated_parameter_values_are_signed_sorted() {
        var repeated = Map.of("Digits", List.of("5678", "1234"), "Sid", List.of("CA123"));
        var reordered = Map.of("Sid", List.of("CA123"), "Digits", List.of("1234", "5678"));

        assertThat(signature.sign(URL, repeated)).isEqualTo(signature.sign(URL, reordered));
    }

    @Test
    void behind_a_proxy_the_public_url_is_rebuilt_from_the_forwarded_headers() {
        URI received = URI.create("http://10.0.0.5:9080/twilio/voice?line=3");

        assertThat(TwilioSignature.publicUrl(received, "https", "voice.example.fr"))
                .isEqualTo("https://voice.example.fr/twilio/voice?line=3");
        assertThat(TwilioSignature.publicUrl(received, "https, http", "voice.example.fr:8443, inner"))
                .isEqualTo("https://voice.example.fr:8443/twilio/voice?line=3");
        assertThat(TwilioSignature.publicUrl(received, null, null)).isEqualTo("http://10.0.0.5:9080/twilio/voice?line=3");
    }

    @Test
    void an_empty_auth_token_is_refused() {
        assertThatThrownBy(() -> new TwilioSignature(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
