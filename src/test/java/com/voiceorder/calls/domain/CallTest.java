package com.voiceorder.calls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CallTest {

    private static final Instant T0 = Instant.parse("2026-06-12T18:00:00Z");

    static Stream<CallOutcome> outcomesOfAnAnsweredCall() {
        return EnumSet.complementOf(EnumSet.of(CallOutcome.IN_PROGRESS, CallOutcome.MISSED, CallOutcome.REJECTED))
                .stream();
    }

    static Stream<CallOutcome> outcomesOfAnUnansweredCall() {
        return EnumSet.of(CallOutcome.MISSED, CallOutcome.REJECTED, CallOutcome.VOICEMAIL, CallOutcome.FAILED,
                CallOutcome.ABANDONED).stream();
    }

    @ParameterizedTest
    @MethodSource("outcomesOfAnAnsweredCall")
    void an_answered_call_ends_with_any_conversation_outcome(CallOutcome outcome) {
        Call call = call();
        call.answer(T0.plusSeconds(2));

        call.end(T0.plusSeconds(95), outcome, "BYE");

        assertThat(call.getOutcome()).isEqualTo(outcome);
        assertThat(call.getEndedAt()).isEqualTo(T0.plusSeconds(95));
        assertThat(call.getSipReason()).isEqualTo("BYE");
        assertThat(call.isEnded()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("outcomesOfAnUnansweredCall")
    void an_unanswered_call_ends_missed_rejected_failed_abandoned_or_in_voicemail(CallOutcome outcome) {
        Call call = call();

        call.end(T0.plusSeconds(20), outcome, "CANCEL");

        assertThat(call.getOutcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"ANSWERED", "ORDER", "RESERVATION", "INFO", "TRANSFERRED"})
    void an_unanswered_call_cannot_end_with_a_conversation_outcome(CallOutcome outcome) {
        Call call = call();

        assertThatThrownBy(() -> call.end(T0.plusSeconds(20), outcome, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.IN_PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"MISSED", "REJECTED"})
    void an_answered_call_cannot_be_missed_or_rejected(CallOutcome outcome) {
        Call call = call();
        call.answer(T0.plusSeconds(1));

        assertThatThrownBy(() -> call.end(T0.plusSeconds(20), outcome, null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void ending_a_call_twice_is_refused() {
        Call call = call();
        call.answer(T0.plusSeconds(1));
        call.end(T0.plusSeconds(30), CallOutcome.ORDER, "BYE");

        assertThatThrownBy(() -> call.end(T0.plusSeconds(31), CallOutcome.ABANDONED, "BYE"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.ORDER);
        assertThat(call.getEndedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void a_call_is_answered_once_and_not_after_it_ended() {
        Call call = call();
        call.answer(T0.plusSeconds(1));
        assertThatThrownBy(() -> call.answer(T0.plusSeconds(2))).isInstanceOf(IllegalTransitionException.class);

        Call missed = call();
        missed.end(T0.plusSeconds(10), CallOutcome.MISSED, "CANCEL");
        assertThatThrownBy(() -> missed.answer(T0.plusSeconds(11))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_call_cannot_end_in_progress_or_before_it_started() {
        Call call = call();

        assertThatThrownBy(() -> call.end(T0.plusSeconds(1), CallOutcome.IN_PROGRESS, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> call.end(T0.minusSeconds(1), CallOutcome.MISSED, null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void duration_is_the_talk_time_from_answer_to_end() {
        Call call = call();
        assertThat(call.durationSeconds()).isZero();
        call.answer(T0.plusSeconds(3));
        assertThat(call.durationSeconds()).isZero();

        call.end(T0.plusSeconds(125), CallOutcome.INFO, "BYE");

        assertThat(call.durationSeconds()).isEqualTo(122);
        Call missed = call();
        missed.end(T0.plusSeconds(30), CallOutcome.MISSED, null);
        assertThat(missed.durationSeconds()).isZero();
    }

    @Test
    void turns_and_tool_calls_are_numbered_in_order_and_long_texts_are_cut_to_fit() {
        Call call = call();
        call.addTurn(Speaker.AGENT, "Bonjour, Pizzeria Napoli !", T0);
        call.addTurn(Speaker.CALLER, "x".repeat(5000), T0.plusSeconds(2));
        call.addToolCall("call_1", "check_availability", "{\"party\":4}", "{\"ok\":true}", T0.plusSeconds(3), 120);

        assertThat(call.getTurns()).extracting(CallTurn::getSequence).containsExactly(1, 2);
        assertThat(call.getTurns().get(1).getText()).hasSize(4000);
        assertThat(call.getToolCalls()).singleElement()
                .satisfies(tool -> {
                    assertThat(tool.getSequence()).isEqualTo(1);
                    assertThat(tool.getName()).isEqualTo("check_availability");
                    assertThat(tool.getDurationMs()).isEqualTo(120);
                });
    }

    @Test
    void a_withheld_caller_has_no_number_and_a_shown_one_must_be_e164() {
        assertThat(new Call(1L, 2L, null, "+33491000000", CallDirection.INBOUND, T0).getCallerNumber()).isNull();
        assertThatThrownBy(() -> new Call(1L, 2L, "anonymous", "+33491000000", CallDirection.INBOUND, T0))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void latency_figures_must_be_consistent() {
        Call call = call();
        call.recordLatency(12, 640, 900, 1200);
        assertThat(call.getLatencyP95Ms()).isEqualTo(900);

        assertThatThrownBy(() -> call.recordLatency(12, 640, 1300, 1200)).isInstanceOf(DomainException.class);
    }

    private static Call call() {
        return new Call(1L, 2L, "+33612345678", "+33491000000", CallDirection.INBOUND, T0);
    }
}
