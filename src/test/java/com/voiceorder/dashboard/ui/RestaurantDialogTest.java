package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.application.RestaurantCommand;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The restaurant form without a browser, over the real restaurant service on H2: a refusal lands on
 * its field, everything typed survives it, nothing is stored until the form is valid.
 */
class RestaurantDialogTest {

    private final TestDatabase db = TestDatabase.h2();
    private final List<Boolean> savedCallbacks = new ArrayList<>();

    /** The real service, each call in its own transaction as in the container. */
    private final RestaurantService restaurants = new RestaurantService() {
        private <T> T tx(Function<RestaurantService, T> work) {
            return db.inTransaction((EntityManager em) ->
                    work.apply(new RestaurantService(new JpaRestaurantRepository(em), Clock.systemUTC())));
        }

        @Override
        public Restaurant create(RestaurantCommand command) {
            return tx(service -> service.create(command));
        }

        @Override
        public Restaurant update(Long restaurantId, RestaurantCommand command) {
            return tx(service -> service.update(restaurantId, command));
        }

        @Override
        public Restaurant get(Long restaurantId) {
            return tx(service -> service.get(restaurantId));
        }

        @Override
        public List<RestaurantSummary> list(boolean activeOnly) {
            return tx(service -> service.list(activeOnly));
        }
    };

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private RestaurantDialog newRestaurant() {
        return new RestaurantDialog(restaurants, null, null, () -> savedCallbacks.add(true));
    }

    private List<String> storedNames() {
        return restaurants.list(false).stream().map(RestaurantSummary::name).toList();
    }

    @Test
    void a_new_restaurant_starts_in_france_on_paris_time_in_french_and_euros() {
        RestaurantDialog dialog = newRestaurant();

        assertThat(dialog.countryCode.getValue()).isEqualTo("FR");
        assertThat(dialog.timeZone.getValue()).isEqualTo("Europe/Paris");
        assertThat(dialog.language.getValue()).isEqualTo("fr");
        assertThat(dialog.currency.getValue()).isEqualTo("EUR");
    }

    @Test
    void a_missing_name_is_refused_next_to_the_name_before_anything_is_stored() {
        RestaurantDialog dialog = newRestaurant();
        dialog.city.setValue("Marseille");

        dialog.save();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.city.getValue()).isEqualTo("Marseille");
        assertThat(storedNames()).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void an_unknown_country_is_refused_on_its_field_and_everything_typed_survives() {
        RestaurantDialog dialog = newRestaurant();
        dialog.name.setValue("Chez Marius");
        dialog.slug.setValue("chez-marius");
        dialog.street.setValue("3 quai du Port");
        dialog.city.setValue("Marseille");
        dialog.countryCode.setValue("ZZ");
        dialog.email.setValue("bonjour@chez-marius.fr");

        dialog.save();

        assertThat(dialog.countryCode.isInvalid()).isTrue();
        assertThat(dialog.countryCode.getErrorMessage()).contains("ZZ");
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.name.getValue()).isEqualTo("Chez Marius");
        assertThat(dialog.slug.getValue()).isEqualTo("chez-marius");
        assertThat(dialog.street.getValue()).isEqualTo("3 quai du Port");
        assertThat(dialog.email.getValue()).isEqualTo("bonjour@chez-marius.fr");
        assertThat(storedNames()).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void a_slug_another_restaurant_holds_is_refused_on_the_slug_field() {
        RestaurantDialog first = newRestaurant();
        first.name.setValue("Chez Marius");
        first.slug.setValue("chez-marius");
        first.save();
        RestaurantDialog second = newRestaurant();
        second.name.setValue("Chez Marius bis");
        second.slug.setValue("chez-marius");

        second.save();

        assertThat(second.slug.isInvalid()).isTrue();
        assertThat(second.slug.getErrorMessage()).contains("already taken");
        assertThat(second.name.getValue()).isEqualTo("Chez Marius bis");
        assertThat(storedNames()).containsExactly("Chez Marius");
    }

    @Test
    void a_latitude_without_longitude_and_an_unreadable_phone_are_refused_on_their_fields() {
        RestaurantDialog dialog = newRestaurant();
        dialog.name.setValue("Chez Marius");
        dialog.latitude.setValue(43.29);

        dialog.save();
        assertThat(dialog.latitude.isInvalid()).isTrue();

        dialog.longitude.setValue(5.37);
        dialog.phone.setValue("pas un numéro");
        dialog.save();
        assertThat(dialog.latitude.isInvalid()).as("fixed, so no longer marked").isFalse();
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.phone.getValue()).isEqualTo("pas un numéro");
        assertThat(storedNames()).isEmpty();
    }

    @Test
    void a_valid_restaurant_is_created_with_its_identity_and_can_be_edited_from_its_stored_profile() {
        RestaurantDialog dialog = newRestaurant();
        dialog.name.setValue("Chez Marius");
        dialog.slug.setValue("chez-marius");
        dialog.city.setValue("Marseille");
        dialog.phone.setValue("04 91 00 00 01");
        dialog.latitude.setValue(43.29);
        dialog.longitude.setValue(5.37);

        dialog.save();

        assertThat(savedCallbacks).containsExactly(true);
        RestaurantSummary created = restaurants.list(false).get(0);
        Restaurant stored = restaurants.get(created.id());
        assertThat(stored.name()).isEqualTo("Chez Marius");
        assertThat(stored.slug()).isEqualTo("chez-marius");
        assertThat(stored.phone().e164()).isEqualTo("+33491000001");
        assertThat(stored.zone().getId()).isEqualTo("Europe/Paris");
        assertThat(stored.latitude()).isEqualTo(43.29);

        RestaurantDialog edit = new RestaurantDialog(restaurants, created.id(), stored.profile(),
                () -> savedCallbacks.add(true));
        assertThat(edit.name.getValue()).isEqualTo("Chez Marius");
        assertThat(edit.phone.getValue()).isEqualTo("04 91 00 00 01");
        edit.name.setValue("Chez Marius et Fanny");
        edit.language.setValue("en");
        edit.save();

        assertThat(restaurants.get(created.id()).name()).isEqualTo("Chez Marius et Fanny");
        assertThat(restaurants.get(created.id()).language()).isEqualTo("en");
        assertThat(restaurants.get(created.id()).slug()).isEqualTo("chez-marius");
        assertThat(savedCallbacks).containsExactly(true, true);
    }
}
