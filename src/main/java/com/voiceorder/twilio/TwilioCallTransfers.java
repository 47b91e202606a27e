package com.voiceorder.twilio;

import com.voiceorder.telephony.call.TransferOutcome;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a Twilio caller to a person: the live call is updated (REST) with a {@code <Dial>} whose action is
 * {@code /twilio/transfer-result?token=…}; our Media Stream ends as Twilio moves on. Twilio posts the
 * {@code DialCallStatus} there once the dial is over (see {@link TwilioVoiceWebhook#handleTransferResult}),
 * which completes the transfer. Without an account SID (no REST client) every transfer FAILS. Thread-safe.
 */
public final class TwilioCallTransfers {

    public static final String RESULT_PATH = "/twilio/transfer-result";
    public static final String TOKEN_PARAMETER = "token";
    /** How long after the dial's own timeout Twilio's report may come before the transfer counts as failed. */
    static final Duration REPORT_GRACE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(TwilioCallTransfers.class.getName());

    private final TwilioRestClient rest;
    private final Map<String, CompletableFuture<TransferOutcome>> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** @param rest null when no account SID is configured */
    public TwilioCallTransfers(TwilioRestClient rest) {
        this.rest = rest;
    }

    /**
     * Dials {@code targetE164} for the call of {@code grant}. FAILED at once without a REST client or a known
     * webhook URL, or when Twilio refuses the update; otherwise completes when Twilio reports the dial. A
     * connected person's report only comes when their conversation is over (Twilio calls the action then).
     */
    public CompletionStage<TransferOutcome> transfer(StreamTokens.Grant grant, String targetE164, Duration noAnswer) {
        if (rest == null || grant.webhookUrl() == null) {
            LOG.warning(() -> "Transfer of " + grant.callSid() + " impossible: "
                    + (rest == null ? "no voiceorder.twilio.account-sid" : "webhook URL unknown"));
            return CompletableFuture.completedFuture(TransferOutcome.FAILED);
        }
        String token = newToken();
        CompletableFuture<TransferOutcome> outcome = new CompletableFuture<>();
        pending.put(token, outcome);
        long timeoutSeconds = Math.max(5, noAnswer.toSeconds());
        String twiml = DialTwiml.dial(targetE164, timeoutSeconds, resultUrl(URI.create(grant.webhookUrl()), token));
        rest.updateCall(grant.callSid(), twiml).whenComplete((status, failure) -> {
            if (failure != null || status != 200) {
                LOG.log(Level.WARNING, "Twilio refused to transfer " + grant.callSid() + " (HTTP " + status + ")", failure);
                complete(token, TransferOutcome.FAILED);
            }
        });
        outcome.completeOnTimeout(TransferOutcome.FAILED, timeoutSeconds + REPORT_GRACE.toSeconds(), TimeUnit.SECONDS)
                .whenComplete((done, failure) -> pending.remove(token));
        return outcome.copy();
    }

    /** Twilio's report for a transfer token; false when the token is unknown (expired, or another instance's). */
    boolean complete(String token, TransferOutcome outcome) {
        CompletableFuture<TransferOutcome> waiting = token == null ? null : pending.remove(token);
        return waiting != null && waiting.complete(outcome);
    }

    /** The outcome of a {@code DialCallStatus}: completed/answered, busy/no-answer, anything else. */
    static TransferOutcome outcomeOf(String dialCallStatus) {
        if (dialCallStatus == null) {
            return TransferOutcome.FAILED;
        }
        return switch (dialCallStatus) {
            case "completed", "answered" -> TransferOutcome.CONNECTED;
            case "busy", "no-answer" -> TransferOutcome.NO_ANSWER;
            default -> TransferOutcome.FAILED;
        };
    }

    /** {@code <public base>/twilio/transfer-result?token=…}, next to the webhook that started the call. */
    static URI resultUrl(URI webhookUrl, String token) {
        return URI.create(webhookUrl.getScheme() + "://" + TwilioVoiceWebhook.publicBase(webhookUrl) + RESULT_PATH
                + "?" + TOKEN_PARAMETER + "=" + token);
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
