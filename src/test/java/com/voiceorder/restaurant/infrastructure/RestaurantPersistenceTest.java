package com.voiceorder.restaurant.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class RestaurantPersistenceTest {

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Restaurant load(Long id) {
        return db.inTransaction(em -> {
            return new JpaRestaurantRepository(em).findById(id).orElseThrow();
        });
    }

    @Test
    void a_restaurant_round_trips_with_its_hours_closures_zones_and_rules() {
        Long id = db.inTransaction(em -> {
            Restaurant restaurant = RestaurantFixtures.restaurant("Chez Mohamed");
            restaurant.replaceOpeningHours(List.of(
                    new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(19, 0), LocalTime.of(1, 30)),
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 30), LocalTime.of(14, 0))));
            restaurant.replaceClosures(List.of(
                    new ExceptionalClosure(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 15), "Congés")));
            restaurant.replaceDeliveryZones(List.of(new DeliveryZone("13001", 250, null),
                    new DeliveryZone("13 002", 350, 2500L)));
            restaurant.updateDeliveryRules(new DeliveryRules(true, 3000, 300, 1500, 4000L));
            restaurant.updateKitchenCapacity(new KitchenCapacity(10, 3, 12, 18, 20));
            return new JpaRestaurantRepository(em).add(restaurant).getId();
        });

        Restaurant loaded = load(id);

        assertThat(loaded.name()).isEqualTo("Chez Mohamed");
        assertThat(loaded.phone()).isEqualTo(new PhoneNumber("+33491000000"));
        assertThat(loaded.zone()).isEqualTo(RestaurantFixtures.PARIS);
        assertThat(loaded.latitude()).isEqualTo(43.2965);
        assertThat(loaded.isActive()).isTrue();
        assertThat(loaded.openingHours()).containsExactly(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 30), LocalTime.of(14, 0)),
                new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(19, 0), LocalTime.of(1, 30)));
        assertThat(loaded.closures()).containsExactly(
                new ExceptionalClosure(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 15), "Congés"));
        assertThat(loaded.deliveryZones()).containsExactly(new DeliveryZone("13001", 250, null),
                new DeliveryZone("13002", 350, 2500L));
        assertThat(loaded.deliveryRules()).isEqualTo(new DeliveryRules(true, 3000, 300, 1500, 4000L));
        assertThat(loaded.kitchenCapacity()).isEqualTo(new KitchenCapacity(10, 3, 12, 18, 20));
    }

    @Test
    void replacing_collections_keeps_only_the_new_entries() {
        Long id = db.inTransaction(em -> {
            Restaurant restaurant = RestaurantFixtures.restaurant("Le Zinc");
            restaurant.replaceDeliveryZones(List.of(new DeliveryZone("13001", 250, null), new DeliveryZone("13002", 300, null)));
            restaurant.replaceOpeningHours(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.NOON, LocalTime.of(14, 0)),
                    new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(23, 0))));
            restaurant.replaceClosures(List.of(ExceptionalClosure.singleDay(LocalDate.of(2025, 12, 25), "Noël"),
                    ExceptionalClosure.singleDay(LocalDate.of(2026, 1, 1), null)));
            return new JpaRestaurantRepository(em).add(restaurant).getId();
        });

        db.inTransaction(em -> {
            Restaurant restaurant = new JpaRestaurantRepository(em).findById(id).orElseThrow();
            restaurant.replaceDeliveryZones(List.of(new DeliveryZone("13001", 400, 1000L)));
            restaurant.replaceOpeningHours(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(23, 0))));
            restaurant.replaceClosures(List.of());
            restaurant.deactivate();
        });

        Restaurant loaded = load(id);
        assertThat(loaded.deliveryZones()).containsExactly(new DeliveryZone("13001", 400, 1000L));
        assertThat(loaded.openingHours())
                .containsExactly(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(23, 0)));
        assertThat(loaded.closures()).isEmpty();
        assertThat(loaded.isActive()).isFalse();
    }

    @Test
    void restaurants_are_found_by_slug_and_listed_active_only_on_request() {
        db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            Restaurant open = RestaurantFixtures.restaurant("B open");
            open.updateProfile(new RestaurantProfile("B open", "b-open", null, null,
                    null, "FR", null, null, null, null, RestaurantFixtures.PARIS, "fr", null));
            restaurants.add(open);
            Restaurant closed = RestaurantFixtures.restaurant("A closed");
            closed.deactivate();
            restaurants.add(closed);
        });

        db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            assertThat(restaurants.findBySlug("b-open")).map(Restaurant::name).contains("B open");
            assertThat(restaurants.findBySlug("nope")).isEmpty();
            assertThat(restaurants.findAll(true)).extracting(Restaurant::name).containsExactly("B open");
            assertThat(restaurants.findAll(false)).extracting(Restaurant::name).containsExactly("A closed", "B open");
        });
    }

    @Test
    void faqs_round_trip_and_are_scoped_to_their_restaurant() {
        Instant created = Instant.parse("2025-03-30T00:30:00.123456Z");
        Long[] ids = db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            Long mine = restaurants.add(RestaurantFixtures.restaurant("Mine")).getId();
            Long other = restaurants.add(RestaurantFixtures.restaurant("Other")).getId();
            JpaFaqRepository faqs = new JpaFaqRepository(em);
            faqs.add(Faq.writtenByStaff(mine, "Parking ?", "Oui, derrière.", created));
            Long learned = faqs.add(Faq.learnedFromCall(mine, 77L, "Chiens acceptés ?", null, created.plusSeconds(1))).getId();
            faqs.add(Faq.writtenByStaff(other, "Terrasse ?", "Non.", created));
            return new Long[] {mine, other, learned};
        });

        db.inTransaction(em -> {
            JpaFaqRepository faqs = new JpaFaqRepository(em);
            assertThat(faqs.findByRestaurant(ids[0], true)).extracting(Faq::question).containsExactly("Parking ?");
            assertThat(faqs.findByRestaurant(ids[0], false)).extracting(Faq::question)
                    .containsExactly("Parking ?", "Chiens acceptés ?");
            Faq learned = faqs.findById(ids[0], ids[2]).orElseThrow();
            assertThat(learned.learnedFromCallId()).isEqualTo(77L);
            assertThat(learned.isApproved()).isFalse();
            assertThat(learned.createdAt()).isEqualTo(created.plusSeconds(1));
            assertThat(faqs.findById(ids[1], ids[2])).isEmpty();
        });
    }
}
