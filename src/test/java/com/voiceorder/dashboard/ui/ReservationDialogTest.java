package com.voiceorder.dashboard.ui;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.reservations.application.BookReservationCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningRoom;
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

    private final DiningRoom terrace = withId(new DiningRoom(1L, "Terrasse", 1), 5L);
    private final DiningRoom hall = withId(new DiningRoom(1L, "Salle", 2), 6L);
    private final DiningTable t1 = withId(new DiningTable(1L, 5L, "T1", 1, 4), 20L);
    private final DiningTable s1 = withId(new DiningTable(1L, 6L, "S1", 1, 6), 21L);

    /** The dining setup of one restaurant with one dinner service, a terrace table and a hall table. */
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
            return List.of(t1, s1);
        }

        @Override
        public List<DiningRoom> listRooms(Long restaurantId) {
            return List.of(terrace, hall);
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
        dialog.tables.setValue(java.util.Set.of(t1));

        dialog.save();

        assertThat(booked).singleElement().satisfies(command -> {
            assertThat(command.serviceId()).isEqualTo(10L);
            assertThat(command.startsAt()).isEqualTo(DAY.atTime(20, 0).atZone(PARIS).toInstant());
            assertThat(command.partySize()).isEqualTo(3);
            assertThat(command.guestPhone().e164()).isEqualTo("+33612345678");
            assertThat(command.tableIds()).containsExactly(20L);
            assertThat(command.roomId()).as("the one room of the tables chosen").isEqualTo(5L);
            assertThat(command.confirm()).isTrue();
        });
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void a_room_offers_only_its_tables_and_is_booked_with_them() {
        ReservationDialog dialog = dialog();
        dialog.guestName.setValue("Martin");
        dialog.tables.setValue(java.util.Set.of(t1, s1));

        dialog.room.setValue(hall);

        assertThat(dialog.tables.getListDataView().getItems()).containsExactly(s1);
        assertThat(dialog.tables.getValue()).containsExactly(s1);
        dialog.save();
        assertThat(booked).singleElement().satisfies(command -> {
            assertThat(command.roomId()).isEqualTo(6L);
            assertThat(command.tableIds()).containsExactly(21L);
        });

        dialog.room.clear();
        assertThat(dialog.tables.getListDataView().getItems()).containsExactly(t1, s1);
    }
}
