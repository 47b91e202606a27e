package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.AssistantTesting;
import com.voiceorder.calls.application.CallHandling;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.twilio.StreamMessage;
import com.voiceorder.twilio.StreamTokens;
import com.voiceorder.twilio.TwilioEntry;
import com.voiceorder.twilio.TwilioStream;
import com.voiceorder.twilio.TwilioStreamHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Twilio calls get the same handling as SIP calls: each started stream becomes a {@link TwilioCallLeg}
 * offered to the application's one {@link CallHandling} (journal, agent, voicemail), on the line whose
 * number Twilio called (configured as a TWILIO line, though any enabled line with that number is served).
 * An unknown or disabled number closes the stream and records nothing. A stream opened after a transfer
 * nobody answered only takes a message; one a dashboard opened to test the assistant is a test call.
 */
@ApplicationScoped
public class TwilioCalls implements TwilioStreamHandler {

    private static final Logger LOG = Logger.getLogger(TwilioCalls.class.getName());

    @Inject
    TelephonyLifecycle telephony;

    @Inject
    PhoneLineService lines;

    @Inject
    TwilioEntry entry;

    @Inject
    AssistantTesting testing;

    @Inject
    Clock clock;

    @Resource(lookup = "concurrent/voiceorderExecutor")
    ManagedExecutorService executor;

    @Override
    public Listener onStreamStarted(TwilioStream stream, StreamMessage.Start start, StreamTokens.Grant grant) {
        TwilioCallLeg leg = new TwilioCallLeg(stream, grant, executor, entry.transfers(), clock);
        try {
            executor.execute(() -> offer(leg));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Twilio call " + stream.callSid() + " refused: the application is stopping");
            leg.reject(503);
        }
        return leg;
    }

    private void offer(TwilioCallLeg leg) {
        try {
            Optional<PhoneLine> line = calledLine(leg.grant().to());
            if (line.isEmpty()) {
                LOG.warning(() -> "Twilio call " + leg.callId() + " to " + masked(leg.grant().to())
                        + ": no enabled phone line has that number; stream closed");
                leg.reject(404);
                return;
            }
            leg.arrivedOn(String.valueOf(line.get().getId()));
            CallHandling handling = telephony.callHandling();
            switch (leg.grant().purpose()) {
                case VOICEMAIL -> handling.onVoicemailCall(leg);
                case TEST -> handling.onTestCall(leg, started -> testing.opened(leg.callId(), started));
                case CONVERSATION -> handling.onIncomingCall(leg);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Twilio call " + leg.callId() + " could not be handled", e);
            leg.reject(500);
        }
    }

    private Optional<PhoneLine> calledLine(String to) {
        return Optional.ofNullable(to)
                .flatMap(number -> PhoneNumber.tryParse(number, "FR"))
                .flatMap(number -> lines.findByNumber(number.e164()))
                .filter(PhoneLine::isEnabled);
    }

    /** Enough of a number for a log line, not the whole of it. */
    private static String masked(String number) {
        return number == null ? "(none)" : number.substring(0, Math.min(5, number.length())) + "…";
    }
}
