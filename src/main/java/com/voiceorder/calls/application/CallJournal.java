package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallDirection;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.CallRepository;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageKind;
import com.voiceorder.calls.domain.MessageRepository;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.PhoneLineRepository;
import com.voiceorder.calls.domain.Speaker;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes the {@link Call} record of each phone call as it happens (started, answered, ended) and the
 * voicemail it left. Instants are passed in: callers capture them when the event happened, since this
 * work runs later on a managed executor, never on SIP or RTP threads.
 */
@ApplicationScoped
@Transactional
public class CallJournal {

    /**
     * A call record just opened, with the restaurant owning the line and its staff number (E.164, or null);
     * a test call is the assistant tried from the dashboard.
     */
    public record StartedCall(Long callId, Long restaurantId, Long lineId, String staffNumber, boolean test) {

        /** A real call. */
        public StartedCall(Long callId, Long restaurantId, Long lineId, String staffNumber) {
            this(callId, restaurantId, lineId, staffNumber, false);
        }
    }

    /** A recorded voicemail: path relative to the data directory. */
    public record Voicemail(String callbackNumber, String audioPath, int durationSeconds) {
    }

    private PhoneLineRepository lines;
    private CallRepository calls;
    private MessageRepository messages;

    @Inject
    public CallJournal(PhoneLineRepository lines, CallRepository calls, MessageRepository messages) {
        this.lines = lines;
        this.calls = calls;
        this.messages = messages;
    }

    protected CallJournal() {
    }

    /**
     * Opens the record of an inbound call on a line; empty when the line no longer exists.
     *
     * @param callerNumber E.164 or null when withheld
     * @param calledNumber the number as the caller dialled it (Request-URI user)
     * @param test         the assistant tried from the dashboard: the record is kept out of the figures
     */
    public Optional<StartedCall> callStarted(Long lineId, String callerNumber, String calledNumber, Instant at,
                                             boolean test) {
        Optional<PhoneLine> line = lines.findById(lineId);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Call record = new Call(line.get().getRestaurantId(), lineId, callerNumber, calledNumber,
                CallDirection.INBOUND, at);
        if (test) {
            record.markAsTest();
        }
        Call call = calls.save(record);
        return Optional.of(new StartedCall(call.getId(), call.getRestaurantId(), lineId,
                line.get().getStaffTransferNumber(), test));
    }

    public void callAnswered(Long restaurantId, Long callId, Instant at) {
        call(restaurantId, callId).answer(at);
    }

    /** Closes the record with its outcome and the SIP-level reason (BYE from the caller, CANCEL, 486…). */
    public void callEnded(Long restaurantId, Long callId, Instant at, CallOutcome outcome, String reason) {
        call(restaurantId, callId).end(at, outcome, reason);
    }

    /** Files the voicemail in the restaurant's messages and closes the call as {@link CallOutcome#VOICEMAIL}. */
    public Message voicemailLeft(Long restaurantId, Long callId, Voicemail voicemail, Instant endedAt, String reason) {
        Call call = call(restaurantId, callId);
        call.end(endedAt, CallOutcome.VOICEMAIL, reason);
        Message message = new Message(restaurantId, callId, MessageKind.VOICEMAIL, voicemail.callbackNumber(), null,
                null, endedAt);
        message.attachAudio(voicemail.audioPath(), voicemail.durationSeconds());
        return messages.save(message);
    }

    /** A finished turn of speech (caller as transcribed, or agent). */
    public void turnSpoken(Long restaurantId, Long callId, Speaker speaker, String text, Instant at) {
        if (text != null && !text.isBlank()) {
            call(restaurantId, callId).addTurn(speaker, text.strip(), at);
        }
    }

    /** A tool the agent ran, with what it answered; an order or reservation it confirmed is linked. */
    public void toolCalled(Long restaurantId, Long callId, AgentToolRun run) {
        Call call = call(restaurantId, callId);
        call.addToolCall(run.toolCallId(), run.name(), run.argumentsJson(), run.resultJson(), run.at(),
                run.durationMillis());
        if (run.orderId() != null) {
            call.linkOrder(run.orderId());
        }
        if (run.reservationId() != null) {
            call.linkReservation(run.reservationId());
        }
    }

    /**
     * Closes a call the agent handled: its outcome follows from what happened (an order, a
     * reservation, else information), with the agent's latency figures and cost estimate.
     */
    public void conversationEnded(Long restaurantId, Long callId, Instant at, String reason,
                                  AgentCallFigures figures) {
        Call call = call(restaurantId, callId);
        CallOutcome outcome = call.getOrderId() != null ? CallOutcome.ORDER
                : call.getReservationId() != null ? CallOutcome.RESERVATION
                : figures.callerSpoke() ? CallOutcome.INFO : CallOutcome.ABANDONED;
        closeConversation(call, at, outcome, reason, figures);
    }

    /** Closes a call the agent handed to the staff ({@link CallOutcome#TRANSFERRED}), with the agent's figures. */
    public void conversationTransferred(Long restaurantId, Long callId, Instant at, String reason,
                                        AgentCallFigures figures) {
        closeConversation(call(restaurantId, callId), at, CallOutcome.TRANSFERRED, reason, figures);
    }

    private static void closeConversation(Call call, Instant at, CallOutcome outcome, String reason,
                                          AgentCallFigures figures) {
        figures.latency().ifPresent(l -> call.recordLatency(l.turns(), l.averageMs(), l.p95Ms(), l.maxMs()));
        call.estimateCost(figures.costMicroEuros());
        call.end(at, outcome, reason);
    }

    private Call call(Long restaurantId, Long callId) {
        return calls.find(restaurantId, callId).orElseThrow(() -> new NotFoundException("Call", callId));
    }
}
