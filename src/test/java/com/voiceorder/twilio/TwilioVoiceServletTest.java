package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwilioVoiceServletTest {

    @Test
    void an_url_encoded_twilio_body_parses_to_the_parameters_that_were_signed() {
        var form = TwilioVoiceServlet.parseForm("Digits=1234&To=%2B18005551212&From=%2B14158675309"
                + "&Caller=%2B14158675309&CallSid=CA1234567890ABCDE");

        assertThat(form.get("To")).containsExactly("+18005551212");
        assertThat(new TwilioSignature("12345").isValid("https://mycompany.com/myapp.php?foo=1&bar=2", form,
                "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
    }

    @Test
    void repeated_empty_and_valueless_fields_are_kept() {
        var form = TwilioVoiceServlet.parseForm("a=1&a=2&&b=&c");

        assertThat(form.get("a")).isEqualTo(List.of("1", "2"));
        assertThat(form.get("b")).containsExactly("");
        assertThat(form.get("c")).containsExactly("");
    }
}
