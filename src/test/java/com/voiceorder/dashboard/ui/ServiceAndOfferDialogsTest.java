package com.voiceorder.dashboard.ui;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.reservations.application.DiningServiceCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.OfferCommand;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Offer;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service and offer forms without a browser. */
class ServiceAndOfferDialogsTest {

    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", ZoneId.of("Europe/Paris"),
            Locale.FRANCE, "FR");

    private final DiningService dinner = withId(new DiningService(1L, "Dîner", ServiceKind.DINNER,
            EnumSet.allOf(DayOfWeek.class), LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 40, null, 90), 10L);
    private final FormulaView menuOfTheDay = new FormulaView(7L, "Menu du jour", null, 1890, true, List.of());
    private final List<DiningServiceCommand> services = new ArrayList<>();
    private final List<OfferCommand> offers = new ArrayList<>();
    private final List<Boolean> savedCallbacks = new ArrayList<>();

    private final DiningSetupService dining = new DiningSetupService() {
        @Override
        public DiningService createService(Long restaurantId, DiningServiceCommand command) {
            if (command.slotIntervalMinutes() < 5) {
                throw new DomainException("slotIntervalMinutes", "slotIntervalMinutes must be between 5 and 240");
            }
            services.add(command);
            return null;
        }

        @Override
        public DiningService updateService(Long restaurantId, Long serviceId, DiningServiceCommand command) {
            services.add(command);
            return null;
        }

        @Override
        public Offer createOffer(Long restaurantId, OfferCommand command) {
            offers.add(command);
            return null;
        }

        @Override
        public Offer updateOffer(Long restaurantId, Long offerId, OfferCommand command) {
            offers.add(command);
            return null;
        }
    };

    private ServiceDialog serviceDialog(DiningService editing) {
        return new ServiceDialog(RESTAURANT, dining, editing, () -> { }, () -> savedCallbacks.add(true));
    }

    private OfferDialog offerDialog() {
        return offerDialog(null);
    }

    private OfferDialog offerDialog(Offer editing) {
        return new OfferDialog(RESTAURANT, dining, List.of(dinner), List.of(menuOfTheDay), editing, () -> { },
                () -> savedCallbacks.add(true));
    }

    @Test
    void a_lunch_service_is_created_with_what_was_typed() {
        ServiceDialog dialog = serviceDialog(null);
        dialog.name.setValue("Déjeuner");
        dialog.kind.setValue(ServiceKind.LUNCH);
        dialog.weekdays.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
        dialog.startTime.setValue(LocalTime.of(12, 0));
        dialog.lastSeating.setValue(LocalTime.of(13, 45));
        dialog.maxCovers.setValue(30);
        dialog.prepaymentEuros.setValue(10);

        dialog.save();

        assertThat(services).hasSize(1);
        DiningServiceCommand command = services.get(0);
        assertThat(command.name()).isEqualTo("Déjeuner");
        assertThat(command.kind()).isEqualTo(ServiceKind.LUNCH);
        assertThat(command.weekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(command.lastSeating()).isEqualTo(LocalTime.of(13, 45));
        assertThat(command.maxCovers()).isEqualTo(30);
        assertThat(command.prepaymentPerPersonCents()).isEqualTo(1000L);
        assertThat(command.pacingCovers()).isNull();
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void a_service_without_days_or_ending_before_it_starts_is_refused_on_the_field() {
        ServiceDialog dialog = serviceDialog(null);
        dialog.name.setValue("Dîner");
        dialog.weekdays.clear();

        dialog.save();
        assertThat(dialog.weekdays.isInvalid()).isTrue();

        dialog.weekdays.setValue(Set.of(DayOfWeek.FRIDAY));
        dialog.startTime.setValue(LocalTime.of(20, 0));
        dialog.lastSeating.setValue(LocalTime.of(19, 0));
        dialog.save();

        assertThat(dialog.weekdays.isInvalid()).isFalse();
        assertThat(dialog.lastSeating.isInvalid()).isTrue();
        assertThat(services).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void a_domain_refusal_lands_on_the_slot_length() {
        ServiceDialog dialog = serviceDialog(null);
        dialog.name.setValue("Dîner");
        dialog.slotInterval.setValue(2);

        dialog.save();

        assertThat(dialog.slotInterval.isInvalid()).isTrue();
        assertThat(dialog.slotInterval.getErrorMessage()).contains("slotIntervalMinutes");
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void a_service_takes_its_durations_by_party_size_and_shows_them_when_edited() {
        dinner.defineDurations(90, java.util.Map.of(4, 105, 2, 75));
        ServiceDialog dialog = serviceDialog(dinner);
        assertThat(dialog.durationsByPartySize.getValue()).isEqualTo("2=75, 4=105");

        dialog.save();
        dialog.durationsByPartySize.setValue("2=60 6=120");
        dialog.save();

        assertThat(services).extracting(DiningServiceCommand::durationsByPartySize)
                .containsExactly(java.util.Map.of(2, 75, 4, 105), java.util.Map.of(2, 60, 6, 120));
    }

    @Test
    void unreadable_or_repeated_durations_are_refused_on_their_field_keeping_the_text() {
        ServiceDialog dialog = serviceDialog(null);
        dialog.name.setValue("Dîner");
        dialog.durationsByPartySize.setValue("2=75, quatre=90");

        dialog.save();
        assertThat(dialog.durationsByPartySize.isInvalid()).isTrue();
        assertThat(dialog.durationsByPartySize.getErrorMessage()).contains("services.durations-invalid");
        assertThat(dialog.durationsByPartySize.getValue()).isEqualTo("2=75, quatre=90");

        dialog.durationsByPartySize.setValue("2=75, 2=90");
        dialog.save();
        assertThat(dialog.durationsByPartySize.isInvalid()).isTrue();
        assertThat(services).isEmpty();

        dialog.durationsByPartySize.setValue("");
        dialog.save();
        assertThat(services).extracting(DiningServiceCommand::durationsByPartySize).containsExactly(java.util.Map.of());
    }

    @Test
    void an_offer_is_created_with_its_rules() {
        OfferDialog dialog = offerDialog();
        dialog.name.setValue("Menu du soir -20 %");
        dialog.validFrom.setValue(LocalDate.of(2026, 12, 1));
        dialog.validTo.setValue(LocalDate.of(2026, 12, 31));
        dialog.services.setValue(Set.of(dinner));
        dialog.minPartySize.setValue(2);
        dialog.maxPartySize.setValue(6);

        dialog.save();

        assertThat(offers).containsExactly(new OfferCommand("Menu du soir -20 %", null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), Set.of(), Set.of(10L), 2, 6, null, true));
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void an_offer_ending_before_it_starts_or_with_max_below_min_is_refused_on_the_field() {
        OfferDialog dialog = offerDialog();
        dialog.name.setValue("Offre");
        dialog.validFrom.setValue(LocalDate.of(2026, 12, 10));
        dialog.validTo.setValue(LocalDate.of(2026, 12, 1));

        dialog.save();
        assertThat(dialog.validTo.isInvalid()).isTrue();

        dialog.validTo.clear();
        dialog.minPartySize.setValue(4);
        dialog.maxPartySize.setValue(2);
        dialog.save();

        assertThat(dialog.validTo.isInvalid()).isFalse();
        assertThat(dialog.maxPartySize.isInvalid()).isTrue();
        assertThat(offers).isEmpty();
    }

    @Test
    void an_offer_links_the_formula_chosen_and_shows_it_when_edited() {
        OfferDialog dialog = offerDialog();
        dialog.name.setValue("Midi express");
        dialog.formula.setValue(menuOfTheDay);

        dialog.save();

        assertThat(offers).extracting(OfferCommand::formulaId).containsExactly(7L);
        Offer stored = withId(new Offer(1L, "Midi express", null), 5L);
        stored.linkFormula(7L);
        OfferDialog edit = offerDialog(stored);
        assertThat(edit.formula.getValue()).isEqualTo(menuOfTheDay);
        edit.formula.clear();
        edit.save();
        assertThat(offers).extracting(OfferCommand::formulaId).containsExactly(7L, null);
    }
}
