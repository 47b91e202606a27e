package com.voiceorder.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
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

    TwilioVoiceWebhook webhook() {
        init();
        return webhook;
    }

    /** Transfers of Twilio calls to a person (each FAILS without an account SID and auth token). */
    public TwilioCallTransfers transfers() {
        init();
        return transfers;
    }

    /** A session for a new stream socket, or empty when the entry is off or nothing takes Twilio calls. */
    Optional<MediaStreamSession> newStream(MediaStreamSession.Socket socket) {
        init();
        if (!webhook.isEnabled() || handlers.isUnsatisfied()) {
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
