package com.voiceorder.calls.application.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.OrderTiming;
import com.voiceorder.calls.application.Port;
import com.voiceorder.calls.application.ReservationAvailability;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolFailure;
import com.voiceorder.calls.application.ToolResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check_availability over fakes of the ports it asks (availability and kitchen timing). */
class CheckAvailabilityToolTest {

    private static final AgentCall CALL = new AgentCall(7L, null, null, null);
    private final List<String> asked = new ArrayList<>();

    private final ReservationAvailability fullAtEight = (restaurantId, date, time, party) -> {
        asked.add(restaurantId + " " + date + " " + time + " " + party);
        return time.equals(LocalTime.of(20, 0))
                ? new ReservationAvailability.Answer(false, 2L, "Dîner", "Complet à 20:00",
                        List.of(LocalDateTime.of(2026, 6, 12, 20, 30), LocalDateTime.of(2026, 6, 12, 19, 15)))
                : new ReservationAvailability.Answer(true, 2L, "Dîner", null, List.of());
    };

    private final OrderTiming kitchen = (restaurantId, delivery, date, time) -> {
        asked.add(restaurantId + " " + (delivery ? "delivery" : "pickup") + " " + date + " " + time);
        return new OrderTiming.Answer(true, LocalDateTime.of(2026, 6, 10, delivery ? 13 : 12, 45), null, List.of());
    };

    private ToolResult run(CheckAvailabilityTool tool, String json) {
        return tool.run(CALL, ToolArguments.parse(json));
    }

    @Test
    void a_full_table_time_answers_the_nearest_free_slots() {
        CheckAvailabilityTool tool = new CheckAvailabilityTool(Port.of(fullAtEight), Port.of(kitchen));

        ToolResult full = run(tool, "{\"type\":\"reservation\",\"date\":\"2026-06-12\",\"time\":\"20:00\",\"party_size\":4}");
        ToolResult free = run(tool, "{\"type\":\"reservation\",\"date\":\"2026-06-12\",\"time\":\"19:30\",\"party_size\":4}");

        assertThat(full.json().get("available").asBoolean()).isFalse();
        assertThat(full.json().get("alternatives").toString()).isEqualTo("[\"2026-06-12 20:30\",\"2026-06-12 19:15\"]");
        assertThat(full.json().get("reason").asText()).isEqualTo("Complet à 20:00");
        assertThat(free.json().get("available").asBoolean()).isTrue();
        assertThat(asked).containsExactly("7 2026-06-12 20:00 4", "7 2026-06-12 19:30 4");
    }

    @Test
    void a_pickup_without_time_asks_the_kitchen_for_the_earliest_slot() {
        CheckAvailabilityTool tool = new CheckAvailabilityTool(Port.of(fullAtEight), Port.of(kitchen));

        ToolResult pickup = run(tool, "{\"type\":\"pickup\",\"date\":null,\"time\":null,\"party_size\":null}");

        assertThat(pickup.json().get("time").asText()).isEqualTo("2026-06-10 12:45");
        assertThat(asked).containsExactly("7 pickup null null");
    }

    @Test
    void a_reservation_check_needs_time_and_a_sensible_party_size() {
        CheckAvailabilityTool tool = new CheckAvailabilityTool(Port.of(fullAtEight), Port.of(kitchen));

        assertThatThrownBy(() -> run(tool, "{\"type\":\"reservation\",\"date\":\"2026-06-12\",\"party_size\":4}"))
                .isInstanceOfSatisfying(ToolFailure.class,
                        failure -> assertThat(failure.result().json().at("/error/field").asText()).isEqualTo("time"));
        assertThatThrownBy(() -> run(tool,
                "{\"type\":\"reservation\",\"date\":\"2026-06-12\",\"time\":\"20:00\",\"party_size\":0}"))
                .isInstanceOf(ToolFailure.class);
        assertThatThrownBy(() -> run(tool, "{\"type\":\"brunch\"}"))
                .isInstanceOfSatisfying(ToolFailure.class, failure -> assertThat(
                        failure.result().json().at("/error/suggestions").toString()).contains("reservation"));
        assertThat(asked).isEmpty();
    }

    @Test
    void without_the_kitchen_timing_deployed_the_answer_is_unavailable() {
        CheckAvailabilityTool tool = new CheckAvailabilityTool(Port.of(fullAtEight), Port.missing());

        assertThatThrownBy(() -> run(tool, "{\"type\":\"delivery\"}"))
                .isInstanceOfSatisfying(ToolFailure.class,
                        failure -> assertThat(failure.result().errorCode()).isEqualTo("unavailable"));
    }

    @Test
    void dates_are_read_as_iso() {
        assertThat(ToolArguments.parse("{\"date\":\"2026-06-12\"}").date("date")).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThatThrownBy(() -> ToolArguments.parse("{\"date\":\"vendredi\"}").date("date"))
                .isInstanceOf(ToolFailure.class);
        assertThat(ToolArguments.parse("{\"time\":\"9:30\"}").time("time")).isEqualTo(LocalTime.of(9, 30));
    }
}
