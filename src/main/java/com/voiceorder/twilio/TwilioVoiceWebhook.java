package com.voiceorder.twilio;

import com.voiceorder.telephony.call.TransferOutcome;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Answers Twilio's voice webhook ({@code POST /twilio/voice}): checks the signature over the public URL
 * and the form parameters, issues a one-time stream token for the call, and answers TwiML connecting the
 * call to {@code /twilio/stream} on the same public host. Also answers the report of a transfer's dial
 * ({@code POST /twilio/transfer-result}). Without an auth token the entry is off (404).
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
    private final TwilioCallTransfers transfers;

    /** @param signature null when no auth token is configured (the entry is off) */
    public TwilioVoiceWebhook(TwilioSignature signature, StreamTokens tokens) {
        this(signature, tokens, new TwilioCallTransfers(null));
    }

    /** @param signature null when no auth token is configured (the entry is off) */
    public TwilioVoiceWebhook(TwilioSignature signature, StreamTokens tokens, TwilioCallTransfers transfers) {
        this.signature = signature;
        this.tokens = tokens;
        this.transfers = transfers;
    }

    public boolean isEnabled() {
        return signature != null;
    }

    /** {@code POST /twilio/voice}: a call arrives; connect it to a stream for the conversation. */
    public Reply handle(String publicUrl, Map<String, List<String>> form, String signatureHeader) {
        Reply refused = refusal(publicUrl, form, signatureHeader);
        return refused != null ? refused : connectStream(publicUrl, form, StreamTokens.Purpose.CONVERSATION);
    }

    /**
     * {@code POST /twilio/transfer-result?token=…}: the transfer's dial is over. A person who took the call
     * ends it; otherwise (no answer, busy, failed) the caller is connected to a new stream for a voicemail,
     * never left in silence; a caller who hung up meanwhile is simply hung up.
     */
    public Reply handleTransferResult(String publicUrl, Map<String, List<String>> form, String signatureHeader) {
        Reply refused = refusal(publicUrl, form, signatureHeader);
        if (refused != null) {
            return refused;
        }
        String dialStatus = first(form, "DialCallStatus");
        TransferOutcome outcome = TwilioCallTransfers.outcomeOf(dialStatus);
        String token = queryParameter(URI.create(publicUrl), TwilioCallTransfers.TOKEN_PARAMETER);
        if (!transfers.complete(token, outcome)) {
            LOG.info(() -> "Transfer report for an unknown or finished transfer (" + dialStatus + ")");
        }
        if (outcome == TransferOutcome.CONNECTED || "canceled".equals(dialStatus)) {
            return new Reply(200, ConnectStreamTwiml.CONTENT_TYPE, DialTwiml.hangUp());
        }
        return connectStream(publicUrl, form, StreamTokens.Purpose.VOICEMAIL);
    }

    /** Why the request is refused (entry off, bad signature, no CallSid), or null. */
    private Reply refusal(String publicUrl, Map<String, List<String>> form, String signatureHeader) {
        if (signature == null) {
            return text(404, "Twilio entry is off (voiceorder.twilio.auth-token is empty)");
        }
        if (!signature.isValid(publicUrl, form, signatureHeader)) {
            LOG.warning(() -> "Twilio webhook refused: bad X-Twilio-Signature for " + publicUrl);
            return text(403, "Invalid X-Twilio-Signature");
        }
        return first(form, "CallSid") == null ? text(400, "CallSid is missing") : null;
    }

    private Reply connectStream(String publicUrl, Map<String, List<String>> form, StreamTokens.Purpose purpose) {
        String token;
        try {
            token = tokens.issue(first(form, "CallSid"), first(form, "From"), first(form, "To"), publicUrl, purpose);
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
        return URI.create(scheme + "://" + publicBase(publicUrl) + STREAM_PATH);
    }

    /** Host and context path of a public webhook URL ({@code host:port/ctx} of {@code …/ctx/twilio/voice}). */
    static String publicBase(URI publicUrl) {
        String path = publicUrl.getRawPath() == null ? "" : publicUrl.getRawPath();
        int twilio = path.lastIndexOf("/twilio/");
        return publicUrl.getRawAuthority() + (twilio < 0 ? "" : path.substring(0, twilio));
    }

    private static String queryParameter(URI url, String name) {
        if (url.getRawQuery() == null) {
            return null;
        }
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static Reply text(int status, String message) {
        return new Reply(status, "text/plain;charset=UTF-8", message);
    }
}
