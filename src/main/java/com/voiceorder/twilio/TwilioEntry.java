package com.voiceorder.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Twilio entry in the container: on when {@code voiceorder.twilio.auth-token} is set. Holds the
 * webhook, the one-time stream tokens and the codec; the stream is handed to the application's
 * {@link TwilioStreamHandler} bean (provided by {@code calls}).
 */
@ApplicationScoped
public class TwilioEntry {

    static final Duration TOKEN_LIFETIME = Duration.ofSeconds(60);
    /** The Media Stream endpoint, relative to the application root. */
    public static final String STREAM_PATH = "twilio/stream";
    static final int MAX_PENDING_STREAMS = 1000;
    private static final Logger LOG = Logger.getLogger(TwilioEntry.class.getName());

    @Inject
    @ConfigProperty(name = "voiceorder.twilio.auth-token")
    Optional<String> authToken;

    @Inject
    @ConfigProperty(name = "voiceorder.twilio.account-sid")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "voiceorder.twilio.api-url", defaultValue = "https://api.twilio.com")
    String apiUrl;

    @Inject
    Instance<TwilioStreamHandler> handlers;

    @Inject
    Clock clock;

    private volatile TwilioVoiceWebhook webhook;
    private volatile StreamTokens tokens;
    private volatile TwilioCallTransfers transfers;
    private final MediaStreamMessages messages = new MediaStreamMessages();
    private final SecureRandom random = new SecureRandom();

    TwilioVoiceWebhook webhook() {
        init();
        return webhook;
    }

    /** Transfers of Twilio calls to a person (each FAILS without an account SID and auth token). */
    public TwilioCallTransfers transfers() {
        init();
        return transfers;
    }

    /** A test call's stream: its call id and one-time token. */
    public record TestStream(String callSid, String token) {
    }

    /**
     * A one-time stream for a test call to this number, from the dashboard; works with the webhook off
     * (no auth token), since the token, not Twilio's signature, proves the stream.
     */
    public TestStream issueTestStream(String to) {
        init();
        byte[] id = new byte[16];
        random.nextBytes(id);
        String callSid = "CA" + HexFormat.of().formatHex(id);
        return new TestStream(callSid, tokens.issue(callSid, null, to, null, StreamTokens.Purpose.TEST));
    }

    /**
     * A session for a new stream socket, or empty when nothing takes Twilio calls. Only a token issued by
     * the webhook (entry on) or by {@link #issueTestStream} opens a stream.
     */
    Optional<MediaStreamSession> newStream(MediaStreamSession.Socket socket) {
        init();
        if (handlers.isUnsatisfied()) {
            return Optional.empty();
        }
        return Optional.of(new MediaStreamSession(socket, tokens, handlers.get(), messages));
    }

    private synchronized void init() {
        if (webhook != null) {
            return;
        }
        tokens = new StreamTokens(TOKEN_LIFETIME, MAX_PENDING_STREAMS, clock);
        String token = authToken.map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        String account = accountSid.map(String::strip).filter(a -> !a.isEmpty()).orElse(null);
        TwilioRestClient rest = token == null || account == null ? null
                : new TwilioRestClient(URI.create(apiUrl.strip()), account, token,
                        HttpClient.newBuilder().connectTimeout(TwilioRestClient.TIMEOUT).build());
        transfers = new TwilioCallTransfers(rest);
        webhook = new TwilioVoiceWebhook(token == null ? null : new TwilioSignature(token), tokens, transfers);
        LOG.info(() -> token == null ? "Twilio entry off (no voiceorder.twilio.auth-token)"
                : "Twilio entry on" + (rest == null ? "; transfers off (no voiceorder.twilio.account-sid)" : ""));
    }
}
