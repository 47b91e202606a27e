package com.voiceorder.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ConnectStreamTwimlTest {

    @Test
    void the_call_is_connected_to_a_bidirectional_stream_with_its_parameters() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("token", "abc-123");
        parameters.put("caller", "+33612345678");

        String twiml = ConnectStreamTwiml.connect(URI.create("wss://voice.example.fr/twilio/stream"), parameters);

        Document xml = parse(twiml);
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("Response");
        Element stream = (Element) xml.getElementsByTagName("Stream").item(0);
        assertThat(stream.getParentNode().getNodeName()).isEqualTo("Connect");
        assertThat(stream.getAttribute("url")).isEqualTo("wss://voice.example.fr/twilio/stream");
        var params = stream.getElementsByTagName("Parameter");
        assertThat(params.getLength()).isEqualTo(2);
        assertThat(((Element) params.item(0)).getAttribute("name")).isEqualTo("token");
        assertThat(((Element) params.item(0)).getAttribute("value")).isEqualTo("abc-123");
    }

    @Test
    void values_are_xml_escaped_so_they_cannot_break_out_of_the_attribute() throws Exception {
        String nasty = "a\"/><Hangup/><Parameter name=\"x\" value='&<>";

        String twiml = ConnectStreamTwiml.connect(URI.create("wss://h/twilio/stream?a=1&b=2"), Map.of("note", nasty));

        Document xml = parse(twiml);
        assertThat(xml.getElementsByTagName("Hangup").getLength()).isZero();
        Element parameter = (Element) xml.getElementsByTagName("Parameter").item(0);
        assertThat(parameter.getAttribute("value")).isEqualTo(nasty);
        assertThat(((Element) xml.getElementsByTagName("Stream").item(0)).getAttribute("url"))
                .isEqualTo("wss://h/twilio/stream?a=1&b=2");
    }

    @Test
    void only_websocket_urls_are_accepted() {
        assertThatThrownBy(() -> ConnectStreamTwiml.connect(URI.create("https://h/twilio/stream"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
