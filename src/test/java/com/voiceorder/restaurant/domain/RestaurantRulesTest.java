package com.voiceorder.restaurant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.shared.domain.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RestaurantRulesTest {

    private final Restaurant restaurant = RestaurantFixtures.restaurant("Pizzeria");

    @Test
    void a_new_restaurant_is_active_does_not_deliver_and_uses_default_capacity() {
        assertThat(restaurant.isActive()).isTrue();
        assertThat(restaurant.deliveryRules().enabled()).isFalse();
        assertThat(restaurant.deliveryTermsFor("13001")).isEmpty();
        assertThat(restaurant.kitchenCapacity().slotMinutes()).isEqualTo(15);
        assertThat(restaurant.locale()).isEqualTo(Locale.FRENCH);
        restaurant.deactivate();
        assertThat(restaurant.isActive()).isFalse();
        restaurant.activate();
        assertThat(restaurant.isActive()).isTrue();
    }

    @Test
    void without_zones_the_radius_rule_applies_with_free_delivery_above_the_threshold() {
        restaurant.updateDeliveryRules(new DeliveryRules(true, 3000, 250, 1500, 3000L));
        DeliveryTerms terms = restaurant.deliveryTermsFor("99999").orElseThrow();
        assertThat(terms.byRadius()).isTrue();
        assertThat(terms.feeFor(2999)).isEqualTo(250);
        assertThat(terms.feeFor(3000)).isZero();
        assertThat(terms.meetsMinimum(1499)).isFalse();
        assertThat(terms.meetsMinimum(1500)).isTrue();
    }

    @Test
    void zones_override_the_radius_and_fall_back_to_the_general_minimum() {
        restaurant.updateDeliveryRules(new DeliveryRules(true, 3000, 250, 1500, null));
        restaurant.replaceDeliveryZones(List.of(new DeliveryZone("13001", 0, null), new DeliveryZone("13008", 500, 3000L)));

        assertThat(restaurant.deliveryTermsFor("13 001")).hasValueSatisfying(terms -> {
            assertThat(terms.zone()).isEqualTo("13001");
            assertThat(terms.feeFor(100)).isZero();
            assertThat(terms.minimumOrderCents()).isEqualTo(1500);
        });
        assertThat(restaurant.deliveryTermsFor("13008")).map(DeliveryTerms::minimumOrderCents).contains(3000L);
        assertThat(restaurant.deliveryTermsFor("13002")).isEmpty();
    }

    @Test
    void delivery_rules_reject_negative_amounts_and_delivery_with_nowhere_to_go() {
        assertThatThrownBy(() -> new DeliveryRules(true, 3000, -1, 0, null)).extracting("field").isEqualTo("feeCents");
        assertThatThrownBy(() -> new DeliveryRules(true, -5, 0, 0, null)).extracting("field").isEqualTo("radiusMeters");
        assertThatThrownBy(() -> new DeliveryRules(true, 100, 0, 0, 0L))
                .extracting("field").isEqualTo("freeDeliveryThresholdCents");
        assertThatThrownBy(() -> new DeliveryZone("13001", -10, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> restaurant.updateDeliveryRules(new DeliveryRules(true, 0, 0, 0, null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> restaurant.replaceDeliveryZones(List.of(new DeliveryZone("13001", 0, null),
                new DeliveryZone("13 001", 100, null)))).hasMessageContaining("twice");
    }

    @Test
    void zone_only_delivery_needs_its_zones() {
        restaurant.replaceDeliveryZones(List.of(new DeliveryZone("13001", 0, null)));
        restaurant.updateDeliveryRules(new DeliveryRules(true, 0, 0, 1000, null));
        assertThatThrownBy(() -> restaurant.replaceDeliveryZones(List.of())).isInstanceOf(DomainException.class);
        assertThat(restaurant.deliveryTermsFor("13001")).isPresent();
    }

    @Test
    void kitchen_capacity_is_validated() {
        assertThatThrownBy(() -> new KitchenCapacity(0, 4, 20, 20, 15)).extracting("field").isEqualTo("slotMinutes");
        assertThatThrownBy(() -> new KitchenCapacity(15, 0, 20, 20, 15)).extracting("field").isEqualTo("maxOrdersPerSlot");
        assertThatThrownBy(() -> new KitchenCapacity(15, 4, 20, -1, 15)).extracting("field").isEqualTo("defaultPrepMinutes");
    }

    @Test
    void the_profile_is_validated() {
        RestaurantProfile valid = RestaurantFixtures.profile("X");
        assertThatThrownBy(() -> new Restaurant(withLanguage(valid, "de"))).extracting("field").isEqualTo("language");
        assertThatThrownBy(() -> new Restaurant(new RestaurantProfile(" ", null, null, null, null, "FR", null, null,
                null, null, ZoneId.of("Europe/Paris"), "fr", null))).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new Restaurant(new RestaurantProfile("X", "Not A Slug", null, null, null, "FR", null,
                null, null, null, ZoneId.of("Europe/Paris"), "fr", null))).extracting("field").isEqualTo("slug");
        assertThatThrownBy(() -> new Restaurant(new RestaurantProfile("X", null, null, null, null, "FR", 43.0, null,
                null, null, ZoneId.of("Europe/Paris"), "fr", null))).extracting("field").isEqualTo("latitude");
        assertThatThrownBy(() -> new Restaurant(new RestaurantProfile("X", null, null, null, null, "XX", null, null,
                null, null, ZoneId.of("Europe/Paris"), "fr", null))).extracting("field").isEqualTo("countryCode");
        assertThatThrownBy(() -> new Restaurant(new RestaurantProfile("X", null, null, null, null, "FR", null, null,
                null, "nope", ZoneId.of("Europe/Paris"), "fr", null))).extracting("field").isEqualTo("email");
        Restaurant minimal = new Restaurant(new RestaurantProfile("X", null, null, null, null, "fr", null, null, null,
                null, ZoneId.of("Europe/Paris"), "EN", null));
        assertThat(minimal.countryCode()).isEqualTo("FR");
        assertThat(minimal.language()).isEqualTo("en");
        assertThat(minimal.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void faq_learned_from_a_call_waits_for_an_answer_and_approval() {
        Instant now = Instant.parse("2025-06-01T10:00:00Z");
        Faq learned = Faq.learnedFromCall(1L, 42L, "Acceptez-vous les tickets restaurant ?", null, now);
        assertThat(learned.isApproved()).isFalse();
        assertThatThrownBy(learned::approve).isInstanceOf(DomainException.class);
        learned.edit("Acceptez-vous les tickets restaurant ?", "Oui, jusqu'à 25 €.");
        learned.approve();
        learned.approve();
        assertThat(learned.isApproved()).isTrue();
        assertThatThrownBy(() -> learned.edit("Q ?", " ")).extracting("field").isEqualTo("answer");

        Faq staff = Faq.writtenByStaff(1L, "Parking ?", "Oui.", now);
        assertThat(staff.isApproved()).isTrue();
        assertThat(staff.learnedFromCallId()).isNull();
        assertThatThrownBy(() -> Faq.writtenByStaff(1L, "Parking ?", "", now)).extracting("field").isEqualTo("answer");
    }

    private static RestaurantProfile withLanguage(RestaurantProfile p, String language) {
        return new RestaurantProfile(p.name(), p.slug(), p.street(), p.postalCode(), p.city(), p.countryCode(),
                p.latitude(), p.longitude(), p.phone(), p.email(), p.timeZone(), language, p.currency());
    }
}
