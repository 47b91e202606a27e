package com.voiceorder.twilio;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Answers Twilio's voice webhook ({@code POST /twilio/voice}): checks the signature over the public URL
 * and the form parameters, issues a one-time stream token for the call, and answers TwiML connecting the
 * call to {@code /twilio/stream} on the same public host. Without an auth token the entry is off (404).
 */
public final class TwilioVoiceWebhook {

    public static final String STREAM_PATH = "/twilio/stream";
    public static final String TOKEN_PARAMETER = "token";
    private static final Logger LOG = Logger.getLogger(TwilioVoiceWebhook.class.getName());

    /** The HTTP answer. */
    public record Reply(int status, String contentType, String body) {
    }

    private final TwilioSignature signature;
    private final StreamTokens tokens;

    /** @param signature null when no auth token is configured (the entry is off) */
    public TwilioVoiceWebhook(TwilioSignature signature, StreamTokens tokens) {
        this.signature = signature;
        this.tokens = tokens;
    }

    public boolean isEnabled() {
        return signature != null;
    }

    public Reply handle(String publicUrl, Map<String, List<String>> form, String signatureHeader) {
        if (signature == null) {
            return text(404, "Twilio entry is off (voiceorder.twilio.auth-token is empty)");
        }
        if (!signature.isValid(publicUrl, form, signatureHeader)) {
            LOG.warning(() -> "Twilio webhook refused: bad X-Twilio-Signature for " + publicUrl);
            return text(403, "Invalid X-Twilio-Signature");
        }
        String callSid = first(form, "CallSid");
        if (callSid == null) {
            return text(400, "CallSid is missing");
        }
        String token;
        try {
            token = tokens.issue(callSid, first(form, "From"), first(form, "To"));
        } catch (IllegalStateException e) {
            return text(503, e.getMessage());
        }
        URI streamUrl = streamUrl(URI.create(publicUrl));
        return new Reply(200, ConnectStreamTwiml.CONTENT_TYPE,
                ConnectStreamTwiml.connect(streamUrl, Map.of(TOKEN_PARAMETER, token)));
    }

    /** {@code wss://<public host>/twilio/stream} ({@code ws://} when the webhook came over plain http). */
    static URI streamUrl(URI publicUrl) {
        String scheme = "http".equalsIgnoreCase(publicUrl.getScheme()) ? "ws" : "wss";
        String path = publicUrl.getRawPath() == null ? "" : publicUrl.getRawPath();
        int twilio = path.lastIndexOf("/twilio/");
        String contextPath = twilio < 0 ? "" : path.substring(0, twilio);
        return URI.create(scheme + "://" + publicUrl.getRawAuthority() + contextPath + STREAM_PATH);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static Reply text(int status, String message) {
        return new Reply(status, "text/plain;charset=UTF-8", message);
    }
}
