package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.CallRepository;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageRepository;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The call log and the messages inbox of a restaurant. */
@ApplicationScoped
@Transactional
public class CallLogService {

    /** The most messages one listing returns. */
    public static final int MESSAGE_PAGE = 200;

    private CallRepository calls;
    private MessageRepository messages;
    private Clock clock;

    @Inject
    public CallLogService(CallRepository calls, MessageRepository messages, Clock clock) {
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
    }

    protected CallLogService() {
    }

    /** Calls started on {@code day} in the restaurant's {@code zone}, newest first; empty outcomes = all. */
    public List<Call> listCalls(Long restaurantId, LocalDate day, ZoneId zone, Set<CallOutcome> outcomes) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return calls.findStartedBetween(restaurantId, from, to, outcomes);
    }

    /** One call with its transcript and tool calls. */
    public Call getCall(Long restaurantId, Long callId) {
        Call call = calls.find(restaurantId, callId).orElseThrow(() -> new NotFoundException("Call", callId));
        call.getTurns();
        call.getToolCalls();
        return call;
    }

    /** Messages, unhandled first then newest first (at most {@link #MESSAGE_PAGE}). */
    public List<Message> listMessages(Long restaurantId, boolean includeHandled) {
        return messages.findByRestaurant(restaurantId, includeHandled, MESSAGE_PAGE);
    }

    public long countUnhandledMessages(Long restaurantId) {
        return messages.countUnhandled(restaurantId);
    }

    public Message getMessage(Long restaurantId, Long messageId) {
        return messages.find(restaurantId, messageId).orElseThrow(() -> new NotFoundException("Message", messageId));
    }

    public Message markHandled(Long restaurantId, Long messageId) {
        Message message = getMessage(restaurantId, messageId);
        message.markHandled(clock.instant());
        return message;
    }
}
