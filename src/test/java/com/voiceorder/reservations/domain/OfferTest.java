package com.voiceorder.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 2, 10);

    @Test
    void an_unrestricted_active_offer_applies_to_any_booking() {
        Offer offer = new Offer(1L, "Apéritif offert", null);

        assertThat(offer.appliesTo(TUESDAY, 7L, 1)).isTrue();
        assertThat(offer.appliesTo(TUESDAY.plusYears(3), 99L, 40)).isTrue();
    }

    @Test
    void an_offer_applies_within_its_dates_weekdays_services_and_party_sizes() {
        Offer offer = new Offer(1L, "Menu Saint-Valentin", "Menu en 4 plats");
        offer.validBetween(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 14));
        offer.restrictTo(Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), Set.of(7L));
        offer.forPartySizes(2, 2);

        assertThat(offer.appliesTo(TUESDAY, 7L, 2)).isTrue();
        assertThat(offer.appliesTo(LocalDate.of(2026, 2, 14), 7L, 2)).as("last day, Saturday").isTrue();
        assertThat(offer.appliesTo(LocalDate.of(2026, 2, 9), 7L, 2)).as("before").isFalse();
        assertThat(offer.appliesTo(LocalDate.of(2026, 2, 17), 7L, 2)).as("after").isFalse();
        assertThat(offer.appliesTo(LocalDate.of(2026, 2, 11), 7L, 2)).as("Wednesday").isFalse();
        assertThat(offer.appliesTo(TUESDAY, 8L, 2)).as("other service").isFalse();
        assertThat(offer.appliesTo(TUESDAY, 7L, 3)).as("too many").isFalse();
        assertThat(offer.appliesTo(TUESDAY, 7L, 1)).as("too few").isFalse();

        offer.deactivate();
        assertThat(offer.appliesTo(TUESDAY, 7L, 2)).as("inactive").isFalse();
    }

    @Test
    void an_offer_rejects_inverted_dates_and_party_sizes() {
        Offer offer = new Offer(1L, "Brunch", null);

        assertThatThrownBy(() -> offer.validBetween(TUESDAY, TUESDAY.minusDays(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> offer.forPartySizes(4, 2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> offer.forPartySizes(0, null)).isInstanceOf(DomainException.class);
    }
}
