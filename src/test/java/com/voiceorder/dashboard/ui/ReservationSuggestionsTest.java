package com.voiceorder.dashboard.ui;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.availability.application.ApplicableOffer;
import com.voiceorder.availability.application.ReservationAvailability;
import com.voiceorder.availability.application.ReservationSlot;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.ServiceKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reservation dialog asks the availability engine and proposes its tables and offer, without a browser. */
class ReservationSuggestionsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", PARIS, Locale.FRANCE, "FR");

    private final DiningService dinner = withId(new DiningService(1L, "Dîner", ServiceKind.DINNER,
            EnumSet.allOf(DayOfWeek.class), LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 40, null, 90), 10L);
    private final DiningTable t1 = withId(new DiningTable(1L, 5L, "T1", 1, 4), 20L);
    private final Offer aperitif = withId(new Offer(1L, "Apéritif offert", null), 30L);
    private final List<String> asked = new ArrayList<>();

    private final DiningSetupService setup = new DiningSetupService() {
        @Override
        public List<DiningService> listServices(Long restaurantId) {
            return List.of(dinner);
        }

        @Override
        public List<Offer> listOffers(Long restaurantId) {
            return List.of(aperitif);
        }

        @Override
        public List<DiningTable> listTables(Long restaurantId) {
            return List.of(t1);
        }

        @Override
        public List<DiningRoom> listRooms(Long restaurantId) {
            return List.of();
        }
    };
    private final ReservationService reservations = new ReservationService() {
    };

    private static ReservationSlot slotAt(LocalDate date, int hour, int minute, List<ReservationSlot.Table> tables,
                                          List<ApplicableOffer> offers) {
        return new ReservationSlot(10L, "Dîner", date, date.atTime(hour, minute).atZone(PARIS),
                date.atTime(hour + 1, minute).atZone(PARIS), 90, 5L, "Salle", tables, true, offers);
    }

    private ReservationDialog dialog(ReservationAvailability answer) {
        return new ReservationDialog(RESTAURANT, reservations, setup, null, DAY, (date, time, party, serviceId, excluded) -> {
            asked.add(date + " " + time + " " + party + " " + serviceId + " " + excluded);
            return answer;
        }, () -> { });
    }

    @Test
    void free_slot_proposes_the_engines_tables_and_offer_and_takes_them_on_request() {
        ReservationDialog dialog = dialog(new ReservationAvailability(true, null, null,
                slotAt(DAY, 19, 0, List.of(new ReservationSlot.Table(20L, "T1", 4)),
                        List.of(new ApplicableOffer(30L, "Apéritif offert", null, null))), List.of()));

        assertThat(asked).last().isEqualTo("2026-11-20 19:00 2 10 null");
        assertThat(dialog.suggestions.getChildren().map(c -> c.getId().orElse("")))
                .containsExactly("reservation-suggested-tables", "reservation-suggested-offer");
        assertThat(dialog.useSuggested.isVisible()).isTrue();

        dialog.useSuggested.click();

        assertThat(dialog.tables.getValue()).containsExactly(t1);
        assertThat(dialog.offer.getValue()).isSameAs(aperitif);
    }

    @Test
    void a_full_slot_shows_the_reason_with_the_nearest_free_seatings_and_proposes_no_tables() {
        ReservationDialog dialog = dialog(new ReservationAvailability(false, "slot_full", "slot full", null,
                List.of(slotAt(DAY, 19, 30, List.of(), List.of()), slotAt(DAY.plusDays(1), 19, 0, List.of(), List.of()))));

        assertThat(dialog.suggestions.getChildren().map(c -> c.getId().orElse("")))
                .containsExactly("reservation-suggest-full", "reservation-suggest-nearest");
        assertThat(dialog.useSuggested.isVisible()).isFalse();
        assertThat(dialog.suggestions.getChildren().reduce((a, b) -> b).orElseThrow().getElement().getText())
                .isEqualTo("19:30, 2026-11-21 19:00");
    }

    @Test
    void changing_the_party_size_asks_again() {
        ReservationDialog dialog = dialog(new ReservationAvailability(true, null, null,
                slotAt(DAY, 19, 0, List.of(), List.of()), List.of()));
        dialog.partySize.setValue(6);

        assertThat(asked).last().isEqualTo("2026-11-20 19:00 6 10 null");
        assertThat(dialog.useSuggested.isVisible()).isFalse();
    }
}
