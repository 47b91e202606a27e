package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.calls.domain.CallRepository;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.calls.domain.MessageRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Call figures per day from {@code first} to {@code last} (inclusive) in the restaurant's zone, every day present. */
    public List<DailyCallFigures> dailyFigures(Long restaurantId, LocalDate first, LocalDate last, ZoneId zone) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new DomainException("period", "the period needs a first day on or before its last day");
        }
        Map<LocalDate, DailyCallFigures> byDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            byDay.put(day, DailyCallFigures.empty(day));
        }
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        for (Call call : calls.findStartedBetween(restaurantId, from, to, Set.of())) {
            if (!call.isTest()) {
                byDay.computeIfPresent(LocalDate.ofInstant(call.getStartedAt(), zone), (day, figures) -> figures.plus(call));
            }
        }
        return List.copyOf(byDay.values());
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
