package com.voiceorder.dashboard.ui;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.reservations.application.BookReservationCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reservation form without a browser: what the user typed survives a refusal, errors land on their field. */
class ReservationDialogTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", PARIS, Locale.FRANCE, "FR");

    private final DiningService dinner = withId(new DiningService(1L, "Dîner", ServiceKind.DINNER,
            EnumSet.allOf(DayOfWeek.class), LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 40, null, 90), 10L);
    private final List<BookReservationCommand> booked = new ArrayList<>();
    private final List<Boolean> savedCallbacks = new ArrayList<>();

    /** The dining setup of one restaurant with one dinner service and one table. */
    private final DiningSetupService setup = new DiningSetupService() {
        @Override
        public List<DiningService> listServices(Long restaurantId) {
            return List.of(dinner);
        }

        @Override
        public List<Offer> listOffers(Long restaurantId) {
            return List.of();
        }

        @Override
        public List<DiningTable> listTables(Long restaurantId) {
            return List.of(withId(new DiningTable(1L, 5L, "T1", 1, 4), 20L));
        }
    };

    /** Books like the real service would validate the guest name, and records what it was given. */
    private final ReservationService reservations = new ReservationService() {
        @Override
        public Reservation book(Long restaurantId, BookReservationCommand command) {
            if (command.guestName() == null || command.guestName().isBlank()) {
                throw new DomainException("guest.name", "guest.name is required");
            }
            booked.add(command);
            return null;
        }
    };

    private ReservationDialog dialog() {
        return new ReservationDialog(RESTAURANT, reservations, setup, null, DAY, () -> savedCallbacks.add(true));
    }

    @Test
    void a_refused_booking_marks_the_field_and_keeps_everything_typed() {
        ReservationDialog dialog = dialog();
        dialog.time.setValue(LocalTime.of(20, 30));
        dialog.partySize.setValue(6);
        dialog.notes.setValue("Anniversaire");

        dialog.save();

        assertThat(dialog.guestName.isInvalid()).isTrue();
        assertThat(dialog.guestName.getErrorMessage()).isEqualTo("guest.name is required");
        assertThat(dialog.time.getValue()).isEqualTo(LocalTime.of(20, 30));
        assertThat(dialog.partySize.getValue()).isEqualTo(6);
        assertThat(dialog.notes.getValue()).isEqualTo("Anniversaire");
        assertThat(booked).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void an_unreadable_phone_number_is_refused_on_the_phone_field() {
        ReservationDialog dialog = dialog();
        dialog.guestName.setValue("Dupont");
        dialog.guestPhone.setValue("not a number");

        dialog.save();

        assertThat(dialog.guestPhone.isInvalid()).isTrue();
        assertThat(dialog.guestName.isInvalid()).isFalse();
        assertThat(booked).isEmpty();
    }

    @Test
    void a_valid_booking_is_confirmed_at_once_in_the_restaurant_zone_with_its_tables() {
        ReservationDialog dialog = dialog();
        dialog.guestName.setValue("Dupont");
        dialog.guestPhone.setValue("06 12 34 56 78");
        dialog.time.setValue(LocalTime.of(20, 0));
        dialog.partySize.setValue(3);
        dialog.tables.setValue(java.util.Set.copyOf(setup.listTables(1L)));

        dialog.save();

        assertThat(booked).singleElement().satisfies(command -> {
            assertThat(command.serviceId()).isEqualTo(10L);
            assertThat(command.startsAt()).isEqualTo(DAY.atTime(20, 0).atZone(PARIS).toInstant());
            assertThat(command.partySize()).isEqualTo(3);
            assertThat(command.guestPhone().e164()).isEqualTo("+33612345678");
            assertThat(command.tableIds()).containsExactly(20L);
            assertThat(command.confirm()).isTrue();
        });
        assertThat(savedCallbacks).containsExactly(true);
    }
}
