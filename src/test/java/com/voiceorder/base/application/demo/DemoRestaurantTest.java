package com.voiceorder.base.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.infrastructure.JpaPhoneLineRepository;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.application.CustomerSummary;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.customers.infrastructure.JpaCustomerRepository;
import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import com.voiceorder.menu.infrastructure.JpaFormulaRepository;
import com.voiceorder.menu.infrastructure.JpaMenuCategoryRepository;
import com.voiceorder.menu.infrastructure.JpaMenuItemRepository;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import com.voiceorder.reservations.domain.ServiceKind;
import com.voiceorder.reservations.infrastructure.JpaDiningRoomRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningServiceRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningTableRepository;
import com.voiceorder.reservations.infrastructure.JpaOfferRepository;
import com.voiceorder.reservations.infrastructure.JpaReservationRepository;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.FaqView;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.infrastructure.JpaFaqRepository;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo restaurant, seeded through the real services into a fresh H2 or PostgreSQL database. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DemoRestaurantTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Wednesday 10 June 2026, 10:00 in Paris. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-06-10T08:00:00Z");
    /** Monday 8 June 2026, 10:00 in Paris: the restaurant is closed on Mondays. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-06-08T08:00:00Z");
    /** Friday 12 June 2026, 00:30 in Paris but still Thursday in UTC. */
    private static final Instant FRIDAY_JUST_AFTER_MIDNIGHT = Instant.parse("2026-06-11T22:30:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private final SecretCipher cipher = new SecretCipher(SecretCipher.generateKey());

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** The application services over one EntityManager, as CDI would wire them, with a fixed clock. */
    private record Services(RestaurantService restaurants, FaqService faqs, MenuService menu,
            DiningSetupService dining, CustomerService customers, OrderService orders, ReservationService reservations,
            PhoneLineService lines, DemoRestaurantSeeder seeder, EntityManager em) {
    }

    private <T> T with(Instant now, Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(services(em, now)));
    }

    private Services services(EntityManager em, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        JpaRestaurantRepository restaurantRepository = new JpaRestaurantRepository(em);
        JpaDiningServiceRepository serviceRepository = new JpaDiningServiceRepository(em);
        JpaOfferRepository offerRepository = new JpaOfferRepository(em);
        JpaDiningTableRepository tableRepository = new JpaDiningTableRepository(em);
        JpaReservationRepository reservationRepository = new JpaReservationRepository(em);
        JpaOrderRepository orderRepository = new JpaOrderRepository(em);
        RestaurantService restaurants = new RestaurantService(restaurantRepository, clock);
        FaqService faqs = new FaqService(new JpaFaqRepository(em), restaurantRepository, clock);
        MenuService menu = new MenuService(new JpaMenuCategoryRepository(em), new JpaMenuItemRepository(em),
                new JpaFormulaRepository(em), restaurantRepository);
        DiningSetupService dining = new DiningSetupService(serviceRepository, offerRepository,
                new JpaDiningRoomRepository(em), tableRepository, reservationRepository);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), restaurantRepository, clock);
        OrderService orders = new OrderService(orderRepository, new RecordingEvent<OrderPlaced>(),
                new RecordingEvent<OrderStatusChanged>(), clock);
        ReservationService reservations = new ReservationService(reservationRepository, serviceRepository,
                offerRepository, tableRepository, new RecordingEvent<ReservationBooked>(),
                new RecordingEvent<ReservationStatusChanged>(), clock);
        PhoneLineService lines = new PhoneLineService(new JpaPhoneLineRepository(em), cipher);
        DemoRestaurantSeeder seeder = new DemoRestaurantSeeder(restaurants, faqs, menu, dining, customers, orders,
                orderRepository, reservations, lines, clock);
        return new Services(restaurants, faqs, menu, dining, customers, orders, reservations, lines, seeder, em);
    }

    private Optional<Long> seed(Instant now, boolean enabled) {
        return with(now, s -> new DemoRestaurant(s.seeder(), enabled).seedIfWanted());
    }

    private long seedDemo(Instant now) {
        return seed(now, true).orElseThrow();
    }

    // --- the restaurant and its catalog --------------------------------------------------------

    @Test
    void seeding_an_empty_database_creates_one_restaurant_on_the_vieux_port_open_tuesday_to_sunday() {
        long id = seedDemo(WEDNESDAY_MORNING);

        with(WEDNESDAY_MORNING, s -> {
            assertThat(s.restaurants().list(false)).extracting(RestaurantSummary::id).containsExactly(id);
            Restaurant restaurant = s.restaurants().get(id);
            assertThat(restaurant.name()).isEqualTo("Chez Mireille");
            assertThat(restaurant.city()).isEqualTo("Marseille");
            assertThat(restaurant.latitude()).isEqualTo(43.2951);
            assertThat(restaurant.longitude()).isEqualTo(5.3740);
            assertThat(restaurant.phone().e164()).isEqualTo("+33491123456");
            assertThat(restaurant.zone()).isEqualTo(PARIS);
            assertThat(restaurant.language()).isEqualTo("fr");
            assertThat(restaurant.currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(restaurant.openingHours()).hasSize(12)
                    .noneMatch(hours -> hours.dayOfWeek() == DayOfWeek.MONDAY);
            assertThat(restaurant.isOpenAt(ZonedDateTime.of(2026, 6, 10, 13, 0, 0, 0, PARIS))).isTrue();
            assertThat(restaurant.isOpenAt(ZonedDateTime.of(2026, 6, 10, 16, 0, 0, 0, PARIS))).isFalse();
            assertThat(restaurant.isOpenAt(ZonedDateTime.of(2026, 6, 15, 20, 0, 0, 0, PARIS))).isFalse();
            assertThat(restaurant.closures()).singleElement()
                    .satisfies(closure -> assertThat(closure.fromDate()).isAfter(LocalDate.of(2026, 6, 10)));
            assertThat(restaurant.deliveryRules().enabled()).isTrue();
            assertThat(restaurant.deliveryRules().radiusMeters()).isEqualTo(5_000);
            assertThat(restaurant.deliveryRules().feeCents()).isEqualTo(350);
            assertThat(restaurant.deliveryRules().minimumOrderCents()).isEqualTo(2_000);
            assertThat(restaurant.deliveryRules().freeDeliveryThresholdCents()).isEqualTo(5_000L);
            assertThat(restaurant.deliveryTermsFor("13001").orElseThrow().feeCents()).isEqualTo(250);
            assertThat(restaurant.deliveryTermsFor("13007").orElseThrow().feeCents())
                    .isGreaterThan(restaurant.deliveryTermsFor("13002").orElseThrow().feeCents());
            assertThat(restaurant.kitchenCapacity().slotMinutes()).isEqualTo(15);
            return null;
        });
    }

    @Test
    void the_menu_has_about_thirty_items_in_five_categories_two_formulas_and_one_sold_out_dish() {
        long id = seedDemo(WEDNESDAY_MORNING);

        with(WEDNESDAY_MORNING, s -> {
            assertThat(s.menu().listCategories(id, false)).extracting(category -> category.name())
                    .containsExactly("Entrées", "Plats", "Pizzas", "Desserts", "Boissons");
            List<MenuItemView> items = s.menu().listItems(id, null);
            assertThat(items).hasSizeBetween(28, 35);
            assertThat(items).filteredOn(MenuItemView::soldOut).extracting(MenuItemView::name)
                    .containsExactly("Pieds paquets à la marseillaise");
            assertThat(items).filteredOn(item -> !item.optionGroups().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(items).allSatisfy(item -> {
                assertThat(item.priceCents()).isBetween(100L, 5_000L);
                assertThat(item.description() == null || !item.description().isBlank()).isTrue();
            });
            assertThat(item(items, "Bouillabaisse du Vieux-Port").allergens())
                    .contains(Allergen.FISH, Allergen.CRUSTACEANS);
            assertThat(item(items, "Margherita").allergens())
                    .containsExactlyInAnyOrder(Allergen.GLUTEN,
                            Allergen.MILK);
            assertThat(item(items, "Margherita").optionGroups()).extracting(MenuItemView.OptionGroupView::name)
                    .containsExactly("Taille", "Suppléments");

            List<FormulaView> formulas = s.menu().listFormulas(id, true);
            assertThat(formulas).extracting(FormulaView::name).containsExactlyInAnyOrder("Formule midi", "Menu Marseillais");
            assertThat(formulas).allSatisfy(formula -> assertThat(formula.slots()).hasSize(3)
                    .allSatisfy(slot -> assertThat(slot.allowedCategoryIds().size() + slot.allowedItemIds().size())
                            .isPositive()));
            return null;
        });
    }

    @Test
    void every_option_group_can_be_satisfied_and_prices_its_options() {
        long id = seedDemo(WEDNESDAY_MORNING);

        with(WEDNESDAY_MORNING, s -> {
            for (MenuItemView view : s.menu().listItems(id, null)) {
                MenuItem item = s.menu().getItem(id, view.id());
                List<Long> cheapestValidChoice = new ArrayList<>();
                for (OptionGroup group : item.optionGroups()) {
                    assertThat(group.minChoices()).isBetween(0, group.maxChoices());
                    assertThat(group.maxChoices()).isLessThanOrEqualTo(group.options().size());
                    assertThat(group.options()).allMatch(MenuOption::isAvailable);
                    group.options().stream().limit(group.minChoices()).map(MenuOption::getId)
                            .forEach(cheapestValidChoice::add);
                }
                item.validateChoice(cheapestValidChoice);
                assertThat(item.priceWith(cheapestValidChoice)).isGreaterThanOrEqualTo(item.priceCents());
            }
            return null;
        });
    }

    @Test
    void lunch_and_dinner_two_rooms_twelve_tables_and_two_offers_are_set_up() {
        long id = seedDemo(WEDNESDAY_MORNING);

        with(WEDNESDAY_MORNING, s -> {
            List<DiningService> services = s.dining().listServices(id);
            assertThat(services).extracting(DiningService::getKind)
                    .containsExactlyInAnyOrder(ServiceKind.LUNCH, ServiceKind.DINNER);
            assertThat(services).allSatisfy(service -> {
                assertThat(service.getWeekdays()).isEqualTo(EnumSet.complementOf(EnumSet.of(DayOfWeek.MONDAY)));
                assertThat(service.getSlotIntervalMinutes()).isEqualTo(15);
                assertThat(service.getPacingCovers()).isNotNull();
                assertThat(service.durationFor(2)).isLessThan(service.durationFor(6));
            });
            DiningService lunch = services.stream().filter(service -> service.getKind() == ServiceKind.LUNCH)
                    .findFirst().orElseThrow();
            assertThat(lunch.slotsOn(LocalDate.of(2026, 6, 10), PARIS)).hasSize(8); // 12:00 … 13:45

            assertThat(s.dining().listRooms(id)).extracting(room -> room.getName())
                    .containsExactly("Salle", "Terrasse");
            List<DiningTable> tables = s.dining().listTables(id);
            assertThat(tables).hasSize(12);
            assertThat(tables).allSatisfy(table -> assertThat(table.getMaxCovers()).isBetween(2, 8));
            assertThat(tables).extracting(DiningTable::getMaxCovers).contains(2, 8);
            assertThat(tables).filteredOn(table -> !table.getCombinableWith().isEmpty()).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(table -> table.getCombinableWith().forEach(partner -> assertThat(tables)
                            .filteredOn(other -> other.getId().equals(partner)).singleElement()
                            .satisfies(other -> assertThat(other.getCombinableWith()).contains(table.getId()))));

            List<Offer> offers = s.dining().listOffers(id);
            assertThat(offers).extracting(Offer::getName)
                    .containsExactlyInAnyOrder("Menu du midi en semaine", "Soirée bouillabaisse");
            Offer weekdayLunch = offers.stream().filter(offer -> offer.getFormulaId() != null).findFirst().orElseThrow();
            assertThat(weekdayLunch.appliesTo(LocalDate.of(2026, 6, 10), lunch.getId(), 2)).isTrue();
            assertThat(weekdayLunch.appliesTo(LocalDate.of(2026, 6, 13), lunch.getId(), 2)).isFalse();
            return null;
        });
    }

    @Test
    void five_approved_faqs_and_the_gateway_line_on_loopback_are_created() {
        long id = seedDemo(WEDNESDAY_MORNING);

        with(WEDNESDAY_MORNING, s -> {
            assertThat(s.faqs().list(id, true)).hasSize(5).allMatch(FaqView::approved);
            assertThat(s.faqs().list(id, false)).hasSize(5);

            PhoneLine line = s.lines().findByNumber("+33491000000").orElseThrow();
            assertThat(line.getRestaurantId()).isEqualTo(id);
            assertThat(line.getMode()).isEqualTo(LineMode.ACCEPT_FROM_GATEWAY);
            assertThat(line.isEnabled()).isTrue();
            assertThat(line.getAllowedSources()).containsExactlyInAnyOrder("127.0.0.1", "::1");
            assertThat(line.acceptsSource("127.0.0.1")).isTrue();
            assertThat(line.acceptsSource("192.0.2.10")).isFalse();
            assertThat(line.getSipAccount()).isNull();
            assertThat(line.getAssistant().getLanguage()).isEqualTo("fr");
            assertThat(s.lines().sipPassword(id, line.getId())).isEmpty();
            assertThat(s.lines().list(id)).hasSize(1);
            return null;
        });
    }

    // --- customers and their history ------------------------------------------------------------

    @Test
    void three_regulars_have_completed_past_orders_and_order_counts_matching_their_orders() {
        long id = seedDemo(WEDNESDAY_MORNING);
        Instant startOfToday = LocalDate.of(2026, 6, 10).atStartOfDay(PARIS).toInstant();

        with(WEDNESDAY_MORNING, s -> {
            List<CustomerSummary> regulars = s.customers().search(id, null, 0, 10);
            assertThat(regulars).hasSize(3);
            assertThat(regulars).extracting(CustomerSummary::phone).allMatch(phone -> phone.matches("\\+33[67]\\d{8}"));
            List<String> postalCodes = new ArrayList<>();
            int withAllergies = 0;
            for (CustomerSummary summary : regulars) {
                Customer customer = s.customers().get(id, summary.id());
                postalCodes.add(customer.lastUsedAddress().map(CustomerAddress::postalCode).orElseThrow());
                withAllergies += customer.allergies() == null ? 0 : 1;

                List<Order> theirs = ordersOf(s.em(), customer.getId());
                assertThat(customer.orderCount()).isEqualTo(theirs.size());
                assertThat(customer.lastOrderAt())
                        .isEqualTo(theirs.stream().map(Order::getCreatedAt).max(Instant::compareTo).orElseThrow());
                List<Order> past = theirs.stream().filter(order -> order.getCreatedAt().isBefore(startOfToday)).toList();
                assertThat(past).hasSizeBetween(2, 3).allSatisfy(order -> {
                    assertThat(order.getStatus()).isEqualTo(OrderStatus.COMPLETED);
                    assertThat(order.getCreatedAt()).isAfter(startOfToday.minusSeconds(35L * 24 * 3600));
                    assertThat(order.getCreatedAt().atZone(PARIS).getDayOfWeek()).isNotEqualTo(DayOfWeek.MONDAY);
                    assertThat(order.getCustomerPhone()).isEqualTo(customer.phone().e164());
                    assertThat(order.getTotalCents()).isEqualTo(order.getSubtotalCents() + order.getDeliveryFeeCents());
                    assertThat(order.getCompletedAt()).isAfter(order.getCreatedAt());
                });
                // "the usual": the same dish comes back in every past order
                assertThat(past.stream().map(order -> order.getLines().get(0).getMenuItemId()).distinct()).hasSize(1);
            }
            assertThat(postalCodes).containsExactlyInAnyOrder("13001", "13002", "13007");
            assertThat(withAllergies).isEqualTo(1);
            return null;
        });
    }

    // --- today ----------------------------------------------------------------------------------

    @Test
    void on_a_wednesday_today_has_orders_at_every_stage_and_reservations_at_lunch_and_dinner() {
        long id = seedDemo(WEDNESDAY_MORNING);

        assertTodayIsBusy(id, WEDNESDAY_MORNING, LocalDate.of(2026, 6, 10));
    }

    @Test
    void on_a_monday_when_the_restaurant_is_closed_today_is_still_seeded() {
        long id = seedDemo(MONDAY_MORNING);

        assertTodayIsBusy(id, MONDAY_MORNING, LocalDate.of(2026, 6, 8));
        with(MONDAY_MORNING, s -> {
            assertThat(s.reservations().listForDay(id, LocalDate.of(2026, 6, 9), Set.of()))
                    .as("the next service day after a Monday is Tuesday").isNotEmpty();
            return null;
        });
    }

    @Test
    void today_is_the_day_in_paris_not_in_utc() {
        long id = seedDemo(FRIDAY_JUST_AFTER_MIDNIGHT);
        LocalDate friday = LocalDate.of(2026, 6, 12);

        assertTodayIsBusy(id, FRIDAY_JUST_AFTER_MIDNIGHT, friday);
        with(FRIDAY_JUST_AFTER_MIDNIGHT, s -> {
            Long bouillabaisse = s.dining().listOffers(id).stream()
                    .filter(offer -> offer.getName().equals("Soirée bouillabaisse")).findFirst().orElseThrow().getId();
            assertThat(s.reservations().listForDay(id, friday, Set.of()))
                    .anyMatch(reservation -> bouillabaisse.equals(reservation.getOfferId()));
            assertThat(s.orders().listForDay(id, friday.minusDays(1), PARIS, Set.of())).isEmpty();
            return null;
        });
    }

    private void assertTodayIsBusy(long id, Instant now, LocalDate today) {
        with(now, s -> {
            List<Order> orders = s.orders().listForDay(id, today, PARIS, Set.of());
            assertThat(orders).hasSizeBetween(4, 6);
            assertThat(orders).extracting(Order::getStatus)
                    .contains(OrderStatus.NEW, OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY);
            assertThat(orders).extracting(Order::getType)
                    .contains(OrderType.PICKUP, OrderType.DELIVERY, OrderType.DINE_IN);
            assertThat(orders).allSatisfy(order -> {
                assertThat(order.getPromisedTime().atZone(PARIS).toLocalDate()).isEqualTo(today);
                assertThat(order.isTest()).isFalse();
                assertThat(order.getTotalCents()).isPositive();
            });
            assertThat(orders.stream().map(order -> order.getPromisedTime().atZone(PARIS).getHour()).distinct())
                    .hasSizeGreaterThanOrEqualTo(3);
            Restaurant restaurant = s.restaurants().get(id);
            assertThat(orders).filteredOn(order -> order.getType() == OrderType.DELIVERY).isNotEmpty()
                    .allSatisfy(order -> assertThat(order.getDeliveryFeeCents()).isEqualTo(
                            restaurant.deliveryTermsFor(order.getDeliveryAddress().getPostalCode()).orElseThrow()
                                    .feeFor(order.getSubtotalCents())));

            List<Reservation> reservations = s.reservations().listForDay(id, today, Set.of());
            assertThat(reservations).hasSizeBetween(5, 8);
            assertThat(reservations).extracting(Reservation::getStatus)
                    .containsOnly(ReservationStatus.PENDING, ReservationStatus.CONFIRMED)
                    .contains(ReservationStatus.PENDING, ReservationStatus.CONFIRMED);
            assertThat(reservations).allSatisfy(reservation -> {
                assertThat(reservation.getTableIds()).isNotEmpty();
                assertThat(reservation.getStartsAt().atZone(PARIS).toLocalDate()).isEqualTo(today);
            });
            List<DiningService> services = s.dining().listServices(id);
            assertThat(reservations).extracting(Reservation::getServiceId)
                    .containsAll(services.stream().map(DiningService::getId).toList());
            assertNoTableIsBookedTwiceAtOnce(reservations);
            assertTablesSeatTheirParty(reservations, s.dining().listTables(id));

            long upcoming = IntStream.rangeClosed(1, 7)
                    .mapToLong(days -> s.reservations().listForDay(id, today.plusDays(days), Set.of()).size()).sum();
            assertThat(upcoming).isGreaterThanOrEqualTo(2);
            return null;
        });
    }

    // --- only once, only when wanted ------------------------------------------------------------

    @Test
    void seeding_twice_creates_nothing_the_second_time() {
        long id = seedDemo(WEDNESDAY_MORNING);
        int items = with(WEDNESDAY_MORNING, s -> s.menu().listItems(id, null).size());

        assertThat(seed(WEDNESDAY_MORNING.plusSeconds(3600), true)).isEmpty();

        with(WEDNESDAY_MORNING, s -> {
            assertThat(s.restaurants().list(false)).hasSize(1);
            assertThat(s.menu().listItems(id, null)).hasSize(items);
            assertThat(s.customers().search(id, null, 0, 10)).hasSize(3);
            assertThat(s.lines().list(id)).hasSize(1);
            return null;
        });
    }

    @Test
    void a_database_that_already_has_a_restaurant_is_left_alone() {
        long existing = db.inTransaction(Fixtures::restaurant);

        assertThat(seed(WEDNESDAY_MORNING, true)).isEmpty();

        with(WEDNESDAY_MORNING, s -> {
            assertThat(s.restaurants().list(false)).extracting(RestaurantSummary::id).containsExactly(existing);
            assertThat(s.lines().findByNumber("+33491000000")).isEmpty();
            return null;
        });
    }

    @Test
    void nothing_is_seeded_when_the_demo_is_disabled() {
        assertThat(seed(WEDNESDAY_MORNING, false)).isEmpty();

        with(WEDNESDAY_MORNING, s -> {
            assertThat(s.restaurants().list(false)).isEmpty();
            assertThat(s.lines().findByNumber("+33491000000")).isEmpty();
            return null;
        });
    }

    // --- helpers --------------------------------------------------------------------------------

    private static MenuItemView item(List<MenuItemView> items, String name) {
        return items.stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Order> ordersOf(EntityManager em, Long customerId) {
        return em.createQuery("select o from CustomerOrder o where o.customerId = :customer", Order.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private static void assertNoTableIsBookedTwiceAtOnce(List<Reservation> reservations) {
        for (Reservation one : reservations) {
            for (Reservation other : reservations) {
                if (one != other && one.overlaps(other.getStartsAt(), other.endsAt())) {
                    assertThat(one.getTableIds()).as("tables of %s and %s", one.getGuestName(), other.getGuestName())
                            .doesNotContainAnyElementsOf(other.getTableIds());
                }
            }
        }
    }

    private static void assertTablesSeatTheirParty(List<Reservation> reservations, List<DiningTable> tables) {
        for (Reservation reservation : reservations) {
            int seats = tables.stream().filter(table -> reservation.getTableIds().contains(table.getId()))
                    .mapToInt(DiningTable::getMaxCovers).sum();
            assertThat(seats).as("seats for %s", reservation.getGuestName())
                    .isGreaterThanOrEqualTo(reservation.getPartySize());
        }
    }
}
