package com.voiceorder.twilio;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The TwiML answer that connects a call to our Media Streams endpoint, bidirectionally:
 * {@code <Response><Connect><Stream url="wss://…"><Parameter name=… value=…/></Stream></Connect></Response>}.
 * Parameters come back in the stream's {@code start.customParameters}; values are XML-escaped.
 */
public final class ConnectStreamTwiml {

    public static final String CONTENT_TYPE = "application/xml";

    private ConnectStreamTwiml() {
    }

    public static String connect(URI streamUrl, Map<String, String> parameters) {
        Objects.requireNonNull(streamUrl, "streamUrl");
        if (!"wss".equals(streamUrl.getScheme()) && !"ws".equals(streamUrl.getScheme())) {
            throw new IllegalArgumentException("A Media Stream URL is wss://, not " + streamUrl);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<Response><Connect><Stream url=\"").append(escape(streamUrl.toString())).append("\">");
        for (var parameter : new LinkedHashMap<>(parameters).entrySet()) {
            xml.append("<Parameter name=\"").append(escape(parameter.getKey()))
                    .append("\" value=\"").append(escape(parameter.getValue())).append("\"/>");
        }
        return xml.append("</Stream></Connect></Response>").toString();
    }

    /** Escapes text for an XML attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        continue; // not allowed in XML 1.0
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
