package com.voiceorder.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.customers.infrastructure.JpaCustomerRepository;
import com.voiceorder.delivery.domain.DeliveryMethod;
import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeoServiceException;
import com.voiceorder.delivery.domain.GeocodedAddress;
import com.voiceorder.delivery.domain.Route;
import com.voiceorder.delivery.infrastructure.GoogleGeocoder;
import com.voiceorder.delivery.infrastructure.GoogleMapsConfig;
import com.voiceorder.delivery.infrastructure.GoogleRoutesMatrix;
import com.voiceorder.delivery.testing.FakeGoogleMaps.Place;
import com.voiceorder.delivery.testing.FakeGoogleMaps;
import com.voiceorder.menu.application.MenuCategoryCommand;
import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.infrastructure.JpaFormulaRepository;
import com.voiceorder.menu.infrastructure.JpaMenuCategoryRepository;
import com.voiceorder.menu.infrastructure.JpaMenuItemRepository;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.application.OrderTakingService;
import com.voiceorder.ordering.application.OrderTimingService;
import com.voiceorder.ordering.application.OrderingConfig;
import com.voiceorder.ordering.application.TakeOrderCommand;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The delivery check end to end below the container: the real Google clients against the local
 * fake, the real repositories on H2 and PostgreSQL; fault tolerance's fallback is played by
 * {@link FallingBackGeoLookup} (the annotations only act inside Liberty — see DeliveryCheckIT).
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DeliveryCheckServiceTest {

    private static final String KEY = "AIzaFakeKeyForTests0123456789";
    private static final String RESTAURANT_ADDRESS = "1 rue de la Paix, 13001 Marseille";
    private static final GeoPoint RESTAURANT_POINT = new GeoPoint(43.2965, 5.3698);
    private static final String CUSTOMER_ADDRESS = "40 boulevard Baille, 13005 Marseille";
    private static final GeoPoint CUSTOMER_POINT = new GeoPoint(43.2880, 5.3900);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private FakeGoogleMaps google;
    private GoogleGeocoder geocoder;
    private long restaurantId;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create(kind);
        google = FakeGoogleMaps.start(KEY)
                .knows(RESTAURANT_ADDRESS, Place.rooftop("1 Rue de la Paix, 13001 Marseille, France",
                        RESTAURANT_POINT.latitude(), RESTAURANT_POINT.longitude(), "13001", "Marseille"))
                .knows(CUSTOMER_ADDRESS, Place.rooftop("40 Bd Baille, 13005 Marseille, France",
                        CUSTOMER_POINT.latitude(), CUSTOMER_POINT.longitude(), "13005", "Marseille"))
                .routeTo(CUSTOMER_POINT.latitude(), CUSTOMER_POINT.longitude(), 3240, 545);
        restaurantId = db.inTransaction(em -> {
            Restaurant restaurant = new Restaurant(new RestaurantProfile("Chez Test", null, "1 rue de la Paix", "13001",
                    "Marseille", "FR", null, null, null, null, ZoneId.of("Europe/Paris"), "fr", "EUR"));
            // 5 km radius at 3.50 €, minimum 15 €, free from 40 €; zone 13001 at 2 €
            restaurant.configureDelivery(new DeliveryRules(true, 5000, 350, 1500, 4000L),
                    List.of(new DeliveryZone("13001", 200, null)));
            return new JpaRestaurantRepository(em).add(restaurant).getId();
        });
    }

    @AfterEach
    void tearDown() {
        if (geocoder != null) {
            geocoder.close();
        }
        google.close();
        db.close();
    }

    private DeliveryCheckResult check(String key, String address, Long customerId) {
        GoogleMapsConfig config = new GoogleMapsConfig(Optional.ofNullable(key), Optional.of(google.baseUrl()), 1000);
        if (geocoder == null) {
            geocoder = new GoogleGeocoder(config);
        }
        GeoLookup geo = new FallingBackGeoLookup(key == null ? new GoogleGeocoder(config) : geocoder,
                new GoogleRoutesMatrix(config));
        return db.inTransaction((EntityManager em) -> new DeliveryCheckService(
                new DeliveryFacts(new JpaRestaurantRepository(em), new JpaCustomerRepository(em)), geo)
                .check(restaurantId, address, customerId));
    }

    private DeliveryCheckResult check(String address) {
        return check(KEY, address, null);
    }

    @Test
    void google_places_the_address_and_the_road_distance_decides_with_fee_minimum_threshold_and_eta() {
        DeliveryCheckResult result = check(CUSTOMER_ADDRESS);

        assertThat(result.deliverable()).as(result.reason()).isTrue();
        assertThat(result.method()).isEqualTo(DeliveryMethod.GOOGLE_ROAD_DISTANCE);
        assertThat(result.reason()).isEqualTo("3.2 km by road, within the 5.0 km delivery radius");
        assertThat(result.formattedAddress()).isEqualTo("40 Bd Baille, 13005 Marseille, France");
        assertThat(result.postalCode()).isEqualTo("13005");
        assertThat(result.needsConfirmation()).isFalse();
        assertThat(result.confirmationQuestion()).isNull();
        assertThat(result.distanceMeters()).isEqualTo(3240);
        assertThat(result.travelMinutes()).isEqualTo(10);
        assertThat(result.zone()).isNull();
        assertThat(result.feeCents()).isEqualTo(350);
        assertThat(result.minimumOrderCents()).isEqualTo(1500);
        assertThat(result.freeDeliveryThresholdCents()).isEqualTo(4000);
        assertThat(result.etaMinutes()).as("20 min default prep + 10 min drive").isEqualTo(30);
        assertThat(google.routeRequests().get(0).at("/origins/0/waypoint/location/latLng/latitude").asDouble())
                .isEqualTo(RESTAURANT_POINT.latitude());
    }

    @Test
    void the_restaurant_is_geocoded_once_and_its_coordinates_are_stored() {
        check(CUSTOMER_ADDRESS);
        check(CUSTOMER_ADDRESS);

        assertThat(google.geocodedAddresses()).containsExactly(RESTAURANT_ADDRESS, CUSTOMER_ADDRESS, CUSTOMER_ADDRESS);
        Restaurant stored = db.inTransaction((EntityManager em) -> em.find(Restaurant.class, restaurantId));
        assertThat(new GeoPoint(stored.latitude(), stored.longitude())).isEqualTo(RESTAURANT_POINT);
    }

    @Test
    void a_postal_code_zone_found_by_google_overrides_the_radius_rule() {
        String far = "2 quai du Port, 13001 Marseille";
        google.knows(far, Place.rooftop("2 Quai du Port, 13001 Marseille, France", 43.2960, 5.3690, "13001", "Marseille"))
                .routeTo(43.2960, 5.3690, 900, 180);

        DeliveryCheckResult result = check(far);

        assertThat(result.deliverable()).isTrue();
        assertThat(result.method()).isEqualTo(DeliveryMethod.GOOGLE_POSTAL_CODE_ZONE);
        assertThat(result.zone()).isEqualTo("13001");
        assertThat(result.feeCents()).isEqualTo(200);
        assertThat(result.etaMinutes()).isEqualTo(23);
    }

    @Test
    void beyond_the_radius_is_refused_with_the_distance() {
        String far = "1 avenue de la Mer, 13008 Marseille";
        google.knows(far, Place.rooftop("1 Av. de la Mer, 13008 Marseille, France", 43.2400, 5.3700, "13008", "Marseille"))
                .routeTo(43.2400, 5.3700, 7800, 1260);

        DeliveryCheckResult result = check(far);

        assertThat(result.deliverable()).isFalse();
        assertThat(result.reason()).isEqualTo("7.8 km by road, beyond the 5.0 km delivery radius");
        assertThat(result.distanceMeters()).isEqualTo(7800);
        assertThat(result.feeCents()).isNull();
        assertThat(result.etaMinutes()).isNull();
    }

    @Test
    void a_delivery_order_is_priced_and_timed_by_the_road_check() {
        Order order = takeDelivery(OrderSource.PHONE, CUSTOMER_ADDRESS);

        assertThat(order.getDeliveryFeeCents()).as("radius fee, under the free threshold").isEqualTo(350);
        assertThat(order.getTotalCents()).isEqualTo(2 * 1000 + 350);
        assertThat(Duration.between(order.getKitchenDueAt(), order.getPromisedTime()))
                .as("545 s by road, not the default 20 minutes").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void the_agent_cannot_place_a_delivery_the_check_refuses_but_staff_can() {
        String far = "1 avenue de la Mer, 13008 Marseille";
        google.knows(far, Place.rooftop("1 Av. de la Mer, 13008 Marseille, France", 43.2400, 5.3700, "13008", "Marseille"))
                .routeTo(43.2400, 5.3700, 7800, 1260);

        assertThatThrownBy(() -> takeDelivery(OrderSource.PHONE, far))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("address"))
                .hasMessageContaining("beyond the 5.0 km delivery radius");
        assertThat(takeDelivery(OrderSource.DASHBOARD, far).getDeliveryFeeCents()).isEqualTo(350);
    }

    /** Two 10 € pizzas delivered there, taken by the real ordering services with the delivery check. */
    private Order takeDelivery(OrderSource source, String address) {
        GoogleMapsConfig config = new GoogleMapsConfig(Optional.of(KEY), Optional.of(google.baseUrl()), 1000);
        GeoLookup geo = new FallingBackGeoLookup(new GoogleGeocoder(config), new GoogleRoutesMatrix(config));
        return db.inTransaction((EntityManager em) -> {
            Clock clock = Clock.systemUTC();
            JpaRestaurantRepository restaurantRepository = new JpaRestaurantRepository(em);
            restaurantRepository.findById(restaurantId).orElseThrow().replaceOpeningHours(Arrays.stream(DayOfWeek.values())
                    .map(day -> new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.of(23, 59))).toList());
            RestaurantService restaurants = new RestaurantService(restaurantRepository, clock);
            MenuService menu = new MenuService(new JpaMenuCategoryRepository(em), new JpaMenuItemRepository(em),
                    new JpaFormulaRepository(em), restaurantRepository);
            long category = menu.createCategory(restaurantId, new MenuCategoryCommand("Pizzas", null, 0, true)).getId();
            long pizza = menu.createItem(restaurantId, new MenuItemCommand(category, "Regina", null, 1000, Set.of(),
                    true, 10, 0, List.of())).getId();
            JpaOrderRepository orderRepository = new JpaOrderRepository(em);
            DeliveryCheckService delivery = new DeliveryCheckService(
                    new DeliveryFacts(restaurantRepository, new JpaCustomerRepository(em)), geo);
            OrderTakingService taking = new OrderTakingService(restaurants, menu,
                    new CustomerService(new JpaCustomerRepository(em), restaurantRepository, clock),
                    new OrderService(orderRepository, new RecordingEvent<>(), new RecordingEvent<>(), clock),
                    new OrderTimingService(restaurants, orderRepository, clock), new OrderingConfig(20),
                    new OrderAddressCheck(delivery));
            return taking.take(restaurantId, new TakeOrderCommand(OrderType.DELIVERY, source, null, "Léa",
                    "06 11 22 33 44", address, null, null, List.of(new TakeOrderCommand.Line(pizza, 2, List.of(), null))));
        });
    }

    @Test
    void a_partial_match_asks_to_confirm_the_formatted_address() {
        String vague = "rue Baille Marseille";
        google.knows(vague, new Place("Rue Baille, 13005 Marseille, France", 43.2885, 5.3905, "GEOMETRIC_CENTER", true,
                "13005", "Marseille")).routeTo(43.2885, 5.3905, 3000, 500);

        DeliveryCheckResult result = check(vague);

        assertThat(result.needsConfirmation()).isTrue();
        assertThat(result.confirmationQuestion()).isEqualTo("Please confirm the address: Rue Baille, 13005 Marseille, France");
        assertThat(result.deliverable()).isTrue();
    }

    @Test
    void an_address_google_cannot_find_is_asked_again() {
        DeliveryCheckResult result = check("quelque part près du port");

        assertThat(result.deliverable()).isFalse();
        assertThat(result.method()).isEqualTo(DeliveryMethod.GOOGLE_ADDRESS_NOT_FOUND);
        assertThat(result.needsConfirmation()).isTrue();
    }

    @Test
    void when_google_does_not_answer_the_postal_code_zones_decide_and_say_why() {
        google.close();

        DeliveryCheckResult inZone = check("2 quai du Port, 13001 Marseille");
        DeliveryCheckResult outside = check(CUSTOMER_ADDRESS);

        assertThat(inZone.deliverable()).isTrue();
        assertThat(inZone.method()).isEqualTo(DeliveryMethod.POSTAL_CODE_ZONE);
        assertThat(inZone.reason()).contains("did not answer");
        assertThat(inZone.zone()).isEqualTo("13001");
        assertThat(inZone.feeCents()).isEqualTo(200);
        assertThat(inZone.formattedAddress()).isEqualTo("13001 Marseille");
        assertThat(inZone.distanceMeters()).isNull();
        assertThat(outside.deliverable()).isFalse();
        assertThat(outside.method()).isEqualTo(DeliveryMethod.POSTAL_CODE_ZONE);
        assertThat(outside.reason()).contains("13005 is not a delivery zone");
    }

    @Test
    void when_only_the_routes_api_fails_the_postal_code_google_found_decides() {
        String quay = "2 quai du Port, Marseille";
        google.knows(quay, Place.rooftop("2 Quai du Port, 13001 Marseille, France", 43.2960, 5.3690, "13001", "Marseille"));
        google.forceRoutesHttpStatus(503);

        DeliveryCheckResult result = check(quay);

        assertThat(result.method()).isEqualTo(DeliveryMethod.POSTAL_CODE_ZONE);
        assertThat(result.deliverable()).isTrue();
        assertThat(result.zone()).isEqualTo("13001");
        assertThat(result.formattedAddress()).isEqualTo("2 Quai du Port, 13001 Marseille, France");
        assertThat(result.distanceMeters()).isNull();
    }

    @Test
    void without_a_key_google_is_never_asked_and_postal_codes_heard_in_words_decide() {
        DeliveryCheckResult result = check(null, "2 quai du Port, treize mille un, Marseille", null);

        assertThat(result.deliverable()).isTrue();
        assertThat(result.method()).isEqualTo(DeliveryMethod.POSTAL_CODE_ZONE);
        assertThat(result.reason()).contains("Google Maps is not configured");
        assertThat(result.postalCode()).isEqualTo("13001");
        assertThat(google.geocodedAddresses()).isEmpty();
        assertThat(google.routeRequests()).isEmpty();
    }

    @Test
    void a_saved_address_is_geocoded_once_then_its_stored_coordinates_are_used() {
        long[] ids = db.inTransaction(em -> {
            Customer customer = new Customer(restaurantId, new PhoneNumber("+33612345678"), Instant.now());
            CustomerAddress address = customer.addOrUpdateAddress(
                    AddressDetails.of("40 boulevard Baille", "13005", "Marseille"), Instant.now());
            new JpaCustomerRepository(em).add(customer);
            return new long[] {customer.getId(), address.getId()};
        });

        DeliveryCheckResult first = check(KEY, CUSTOMER_ADDRESS, ids[0]);
        DeliveryCheckResult second = check(KEY, "40 Boulevard Baille 13005", ids[0]);

        assertThat(first.savedAddress()).isFalse();
        assertThat(second.savedAddress()).isTrue();
        assertThat(second.deliverable()).isTrue();
        assertThat(second.distanceMeters()).isEqualTo(3240);
        assertThat(second.formattedAddress()).isEqualTo("40 boulevard Baille, 13005 Marseille");
        assertThat(google.geocodedAddresses()).containsExactly(RESTAURANT_ADDRESS, CUSTOMER_ADDRESS);
        CustomerAddress stored = db.inTransaction((EntityManager em) -> em.find(CustomerAddress.class, ids[1]));
        assertThat(new GeoPoint(stored.latitude(), stored.longitude())).isEqualTo(CUSTOMER_POINT);
    }

    @Test
    void a_restaurant_that_does_not_deliver_says_so_without_asking_google() {
        db.inTransaction(em -> {
            em.find(Restaurant.class, restaurantId).configureDelivery(DeliveryRules.disabled(), List.of());
        });

        DeliveryCheckResult result = check(CUSTOMER_ADDRESS);

        assertThat(result.deliverable()).isFalse();
        assertThat(result.method()).isEqualTo(DeliveryMethod.DELIVERY_DISABLED);
        assertThat(google.geocodedAddresses()).isEmpty();
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_unknown_ids_are_not_found() {
        assertThatThrownBy(() -> check("   ")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("address"));
        assertThatThrownBy(() -> check("x".repeat(401))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> check(KEY, CUSTOMER_ADDRESS, 999_999_999L)).isInstanceOf(NotFoundException.class);
        restaurantId = 999_999_999L;
        assertThatThrownBy(() -> check(CUSTOMER_ADDRESS)).isInstanceOf(NotFoundException.class);
    }

    /** What @Fallback does in the container: a failed call answers "unavailable". */
    private static final class FallingBackGeoLookup extends GeoLookup {

        FallingBackGeoLookup(GoogleGeocoder geocoder, GoogleRoutesMatrix roads) {
            super(geocoder, roads);
        }

        @Override
        public GeoAnswer<GeocodedAddress> geocode(String address, String regionCode, String languageCode) {
            try {
                return super.geocode(address, regionCode, languageCode);
            } catch (GeoServiceException e) {
                return geocodingUnavailable(address, regionCode, languageCode);
            }
        }

        @Override
        public GeoAnswer<Route> drive(GeoPoint from, GeoPoint to) {
            try {
                return super.drive(from, to);
            } catch (GeoServiceException e) {
                return routeUnavailable(from, to);
            }
        }
    }
}
