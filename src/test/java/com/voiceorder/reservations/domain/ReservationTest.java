package com.voiceorder.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReservationTest {

    private static final Instant T0 = Instant.parse("2026-06-12T18:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 12);

    private static final Map<ReservationStatus, BiConsumer<Reservation, Instant>> STEPS = Map.of(
            ReservationStatus.CONFIRMED, Reservation::confirm,
            ReservationStatus.SEATED, Reservation::seat,
            ReservationStatus.COMPLETED, Reservation::complete,
            ReservationStatus.CANCELLED, (r, at) -> r.cancel("rain", at),
            ReservationStatus.NO_SHOW, Reservation::markNoShow);

    private static final List<String> ALLOWED = List.of(
            "PENDING CONFIRMED", "CONFIRMED SEATED", "SEATED COMPLETED",
            "PENDING CANCELLED", "CONFIRMED CANCELLED", "CONFIRMED NO_SHOW");

    static Stream<Arguments> allowedTransitions() {
        return ALLOWED.stream().map(row -> row.split(" "))
                .map(r -> Arguments.of(ReservationStatus.valueOf(r[0]), ReservationStatus.valueOf(r[1])));
    }

    static Stream<Arguments> refusedTransitions() {
        List<Arguments> refused = new ArrayList<>();
        for (ReservationStatus from : ReservationStatus.values()) {
            for (ReservationStatus to : STEPS.keySet()) {
                if (!ALLOWED.contains(from + " " + to)) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allowedTransitions")
    void a_reservation_moves_along_its_lifecycle(ReservationStatus from, ReservationStatus to) {
        Reservation reservation = reservationIn(from);

        STEPS.get(to).accept(reservation, T0);

        assertThat(reservation.getStatus()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @MethodSource("refusedTransitions")
    void a_reservation_refuses_a_step_its_lifecycle_does_not_allow(ReservationStatus from, ReservationStatus to) {
        Reservation reservation = reservationIn(from);

        assertThatThrownBy(() -> STEPS.get(to).accept(reservation, T0)).isInstanceOf(IllegalTransitionException.class);
        assertThat(reservation.getStatus()).isEqualTo(from);
    }

    @Test
    void the_refused_table_covers_the_typical_mistakes() {
        assertThat(refusedTransitions().map(Arguments::get).map(a -> a[0] + "->" + a[1]))
                .contains("PENDING->SEATED", "PENDING->NO_SHOW", "SEATED->CANCELLED", "COMPLETED->CANCELLED",
                        "CANCELLED->CONFIRMED", "NO_SHOW->SEATED", "SEATED->NO_SHOW");
    }

    @Test
    void steps_record_their_times_and_a_cancellation_its_reason() {
        Reservation reservation = reservation();
        reservation.confirm(T0.plusSeconds(1));
        reservation.cancel(" change of plans ", T0.plusSeconds(2));

        assertThat(reservation.getConfirmedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(reservation.getCancelledAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(reservation.getCancelReason()).isEqualTo("change of plans");
    }

    @Test
    void it_ends_after_its_duration_and_overlaps_only_intersecting_spans() {
        Reservation reservation = reservation(); // 18:00 → 19:30 UTC

        assertThat(reservation.endsAt()).isEqualTo(T0.plusSeconds(90 * 60));
        assertThat(reservation.overlaps(T0.minusSeconds(3600), T0)).isFalse();              // ends as it starts
        assertThat(reservation.overlaps(T0.plusSeconds(90 * 60), T0.plusSeconds(7200 * 2))).isFalse();
        assertThat(reservation.overlaps(T0.minusSeconds(60), T0.plusSeconds(60))).isTrue();
        assertThat(reservation.overlaps(T0.plusSeconds(89 * 60), T0.plusSeconds(200 * 60))).isTrue();
        assertThat(reservation.overlaps(T0.plusSeconds(10 * 60), T0.plusSeconds(20 * 60))).isTrue();  // inside
        assertThat(reservation.overlaps(T0.minusSeconds(3600), T0.plusSeconds(3 * 3600))).isTrue(); // around
    }

    @Test
    void rescheduling_moves_the_span_while_the_booking_is_open_only() {
        Reservation reservation = reservation();
        reservation.confirm(T0);

        reservation.reschedule(8L, DAY.plusDays(1), T0.plusSeconds(86_400), 120, 6);

        assertThat(reservation.getServiceId()).isEqualTo(8L);
        assertThat(reservation.getPartySize()).isEqualTo(6);
        assertThat(reservation.endsAt()).isEqualTo(T0.plusSeconds(86_400 + 7200));

        reservation.seat(T0);
        assertThatThrownBy(() -> reservation.reschedule(8L, DAY, T0, 90, 2))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void tables_are_assigned_until_the_reservation_is_over() {
        Reservation reservation = reservation();
        reservation.assignTables(3L, Set.of(10L, 11L));
        assertThat(reservation.getTableIds()).containsExactlyInAnyOrder(10L, 11L);
        assertThat(reservation.getRoomId()).isEqualTo(3L);

        reservation.cancel(null, T0);

        assertThatThrownBy(() -> reservation.assignTables(3L, Set.of(12L)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_reservation_needs_a_party_and_a_guest_name() {
        assertThatThrownBy(() -> new Reservation(1L, 7L, DAY, T0, 90, 0, ReservationSource.PHONE, "Dupont", null, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("partySize"));
        assertThatThrownBy(() -> new Reservation(1L, 7L, DAY, T0, 90, 2, ReservationSource.PHONE, " ", null, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("guest.name"));
    }

    private static Reservation reservationIn(ReservationStatus status) {
        Reservation reservation = reservation();
        switch (status) {
            case PENDING -> { }
            case CONFIRMED -> reservation.confirm(T0);
            case SEATED -> {
                reservation.confirm(T0);
                reservation.seat(T0);
            }
            case COMPLETED -> {
                reservation.confirm(T0);
                reservation.seat(T0);
                reservation.complete(T0);
            }
            case CANCELLED -> reservation.cancel(null, T0);
            case NO_SHOW -> {
                reservation.confirm(T0);
                reservation.markNoShow(T0);
            }
        }
        assertThat(reservation.getStatus()).isEqualTo(status);
        return reservation;
    }

    private static Reservation reservation() {
        return new Reservation(1L, 7L, DAY, T0, 90, 4, ReservationSource.PHONE, "Dupont", "+33612345678", T0);
    }
}
