package com.voiceorder.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.EntityIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pricing an order from the menu and the delivery terms, before anything is stored. */
class OrderDraftFactoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 2);
    private static final long PIZZA = 10, TIRAMISU = 20, SALAD = 30;
    // option ids of the pizza
    private static final long NORMAL = 101, LARGE = 102, CHEESE = 111, HAM = 112, ONION = 113, OLIVES = 114;

    private final OrderDraftFactory factory = new OrderDraftFactory();
    private final InMemoryOrderMenu menu = new InMemoryOrderMenu();
    private Restaurant restaurant;

    @BeforeEach
    void menuAndRestaurant() {
        MenuItem pizza = EntityIds.withId(new MenuItem(1L, 5L, "Margherita", 1000), PIZZA);
        pizza.defineOptionGroups(List.of(
                OptionGroupSpec.of("Taille", 1, 1, OptionSpec.of("Normale", 0), OptionSpec.of("Grande", 300)),
                new OptionGroupSpec(null, "Suppléments", 0, 2, List.of(OptionSpec.of("Fromage", 150),
                        OptionSpec.of("Jambon", 200), OptionSpec.of("Oignons", 50),
                        new OptionSpec(null, "Olives", 100, false)))));
        long[] ids = {NORMAL, LARGE, CHEESE, HAM, ONION, OLIVES};
        int next = 0;
        for (OptionGroup group : pizza.optionGroups()) {
            for (MenuOption option : group.options()) {
                EntityIds.withId(option, ids[next++]);
            }
        }
        MenuItem tiramisu = EntityIds.withId(new MenuItem(1L, 6L, "Tiramisu", 600), TIRAMISU);
        tiramisu.markSoldOut();
        MenuItem salad = EntityIds.withId(new MenuItem(1L, 5L, "Salade César", 800), SALAD);
        salad.makeUnavailable();
        menu.add(pizza).add(tiramisu).add(salad);

        restaurant = RestaurantFixtures.restaurant("Chez Test");
        restaurant.configureDelivery(new DeliveryRules(true, 3000, 300, 1500, 4000L), List.of(
                new DeliveryZone("13002", 500, 2000L),
                new DeliveryZone("13003", 0, null)));
    }

    // --- lines -----------------------------------------------------------------------------------

    static Stream<Arguments> pricedLines() {
        return Stream.of(
                Arguments.of(List.of(NORMAL), 1, 1000),
                Arguments.of(List.of(LARGE), 2, 2600),
                Arguments.of(List.of(LARGE, CHEESE, HAM), 1, 1650),
                Arguments.of(List.of(NORMAL, CHEESE), 3, 3450),
                Arguments.of(List.of(CHEESE, NORMAL, ONION), 2, 2400));
    }

    @ParameterizedTest(name = "options {0} × {1} = {2} cents")
    @MethodSource("pricedLines")
    void a_line_costs_the_item_price_plus_its_option_deltas_times_the_quantity(List<Long> options, int quantity,
                                                                                long subtotal) {
        PlaceOrderCommand draft = draft(OrderType.PICKUP, null, line(PIZZA, quantity, options));

        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.menuItemId()).isEqualTo(PIZZA);
            assertThat(line.name()).isEqualTo("Margherita");
            assertThat(line.unitPriceCents()).isEqualTo(1000);
            assertThat(line.quantity()).isEqualTo(quantity);
            assertThat(line.options()).extracting(PlaceOrderCommand.Option::optionId).containsExactlyElementsOf(options);
        });
        assertThat(subtotalOf(draft)).isEqualTo(subtotal);
        assertThat(draft.deliveryFeeCents()).isZero();
    }

    @Test
    void options_are_copied_with_their_group_name_and_price_so_later_menu_changes_do_not_alter_the_order() {
        PlaceOrderCommand draft = draft(OrderType.PICKUP, null, line(PIZZA, 1, List.of(LARGE, CHEESE)));

        assertThat(draft.lines().get(0).options()).containsExactly(
                new PlaceOrderCommand.Option(LARGE, "Taille: Grande", 300),
                new PlaceOrderCommand.Option(CHEESE, "Suppléments: Fromage", 150));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no size chosen                  |                  | choose at least 1
            two sizes                       | 101,102          | choose at most 1
            three extras for a maximum of 2 | 101,111,112,113  | choose at most 2
            an option of another item       | 101,999          | not an option of Margherita
            an unavailable option           | 101,114          | Olives is not available
            the same option twice           | 101,111,111      | chosen more than once
            """)
    void a_bad_choice_of_options_names_the_line_and_its_option_ids(String description, String optionIds,
                                                                   String message) {
        List<Long> options = optionIds == null ? List.of()
                : Arrays.stream(optionIds.split(",")).map(Long::valueOf).toList();

        assertThatThrownBy(() -> draft(OrderType.PICKUP, null,
                line(anotherValidItem(), 1, List.of()), line(PIZZA, 1, options)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("lines[1].optionIds");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown item      | 999 | 1    | lines[0].itemId   | No menu item 999
            a sold-out item      | 20  | 1    | lines[0].itemId   | Tiramisu is sold out
            an unavailable item  | 30  | 1    | lines[0].itemId   | Salade César is not on the menu
            no quantity          | 10  | 0    | lines[0].quantity | between 1 and 999
            too large a quantity | 10  | 1000 | lines[0].quantity | between 1 and 999
            """)
    void a_line_that_cannot_be_ordered_is_refused_naming_its_field(String description, long itemId, int quantity,
                                                                   String field, String message) {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, line(itemId, quantity, List.of(NORMAL))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((DomainException) e).field()).isEqualTo(field);
    }

    @Test
    void an_order_without_lines_or_type_is_refused() {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("lines");
        assertThatThrownBy(() -> draft(null, null, line(PIZZA, 1, List.of(NORMAL))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("type");
    }

    // --- delivery --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} pizzas → fee {2}")
    @CsvSource(delimiter = '|', textBlock = """
            '5 rue Colbert, 13002 Marseille'   | 2 | 500
            '5 rue Colbert, 13001 Marseille'   | 2 | 300
            '5 rue Colbert 13003 Marseille'    | 2 | 0
            '5 rue Colbert, 13001 Marseille'   | 4 | 0
            '5 rue Colbert, 13002 Marseille'   | 5 | 0
            '5 rue Colbert, Marseille'         | 2 | 300
            """)
    void the_delivery_fee_is_the_postal_code_zone_s_else_the_general_one_and_free_above_the_threshold(
            String address, int pizzas, long fee) {
        PlaceOrderCommand draft = draft(OrderType.DELIVERY, address, line(PIZZA, pizzas, List.of(NORMAL)));

        assertThat(draft.deliveryFeeCents()).isEqualTo(fee);
        assertThat(draft.address().street()).isEqualTo("5 rue Colbert");
        assertThat(draft.address().city()).isEqualTo("Marseille");
    }

    @ParameterizedTest(name = "{0}: {1} pizza(s) is under the minimum")
    @CsvSource(delimiter = '|', textBlock = """
            '5 rue Colbert, 13002 Marseille' | 1 | 20,00
            '5 rue Colbert, 13001 Marseille' | 1 | 15,00
            """)
    void an_order_under_the_minimum_for_its_zone_is_refused(String address, int pizzas, String minimum) {
        assertThatThrownBy(() -> draft(OrderType.DELIVERY, address, line(PIZZA, pizzas, List.of(NORMAL))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("minimum order").hasMessageContaining(minimum)
                .extracting("field").isEqualTo("lines");
    }

    @Test
    void a_zone_without_its_own_minimum_uses_the_general_minimum() {
        assertThatThrownBy(() -> draft(OrderType.DELIVERY, "1 rue X, 13003 Marseille", line(PIZZA, 1, List.of(NORMAL))))
                .isInstanceOf(DomainException.class).hasMessageContaining("15,00");
    }

    @ParameterizedTest(name = "address \"{0}\"")
    @CsvSource(value = {"''", "'   '", "', 13001 Marseille'"}, nullValues = "NULL")
    void a_delivery_needs_an_address_with_a_street(String address) {
        assertThatThrownBy(() -> draft(OrderType.DELIVERY, address, line(PIZZA, 2, List.of(NORMAL))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("address");
        assertThatThrownBy(() -> draft(OrderType.DELIVERY, null, line(PIZZA, 2, List.of(NORMAL))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("address");
    }

    @Test
    void a_delivery_needs_the_customer_s_phone() {
        TakeOrderCommand command = new TakeOrderCommand(OrderType.DELIVERY, OrderSource.API, null, "Ali", null,
                "5 rue Colbert, 13002 Marseille", null, null, List.of(line(PIZZA, 2, List.of(NORMAL))));

        assertThatThrownBy(() -> factory.draft(restaurant, command, menu, TODAY).command())
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("customer.phone");
    }

    @Test
    void a_restaurant_that_does_not_deliver_refuses_a_delivery() {
        restaurant.configureDelivery(DeliveryRules.disabled(), List.of());

        assertThatThrownBy(() -> draft(OrderType.DELIVERY, "5 rue Colbert, 13002 Marseille",
                line(PIZZA, 2, List.of(NORMAL))))
                .isInstanceOf(DomainException.class).hasMessageContaining("does not deliver")
                .extracting("field").isEqualTo("type");
    }

    @Test
    void with_zones_only_an_address_outside_them_is_refused() {
        restaurant.configureDelivery(new DeliveryRules(true, 0, 300, 0, null),
                List.of(new DeliveryZone("13002", 500, null)));

        assertThatThrownBy(() -> draft(OrderType.DELIVERY, "5 rue Colbert, 13008 Marseille",
                line(PIZZA, 2, List.of(NORMAL))))
                .isInstanceOf(DomainException.class).hasMessageContaining("No delivery to 13008")
                .extracting("field").isEqualTo("address");
        assertThat(draft(OrderType.DELIVERY, "5 rue Colbert, 13002 Marseille", line(PIZZA, 2, List.of(NORMAL)))
                .deliveryFeeCents()).isEqualTo(500);
    }

    @Test
    void a_pickup_drops_the_address_and_has_no_fee() {
        PlaceOrderCommand draft = draft(OrderType.PICKUP, "5 rue Colbert, 13002 Marseille", line(PIZZA, 1, List.of(NORMAL)));

        assertThat(draft.address()).isNull();
        assertThat(draft.deliveryFeeCents()).isZero();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            12 rue de la Paix, 13001 Marseille | 12 rue de la Paix | 13001 | Marseille
            12 rue de la Paix 13 001 Marseille | 12 rue de la Paix 13 001 Marseille |  | Marseille
            3 av. Foch, Aix-en-Provence        | 3 av. Foch        |       | Aix-en-Provence
            3 av. Foch                         | 3 av. Foch        |       | Marseille
            Bât. B, 7 bd Baille 13005 Marseille | Bât. B, 7 bd Baille | 13005 | Marseille
            """)
    void an_address_line_splits_into_street_postal_code_and_city(String text, String street, String postalCode,
                                                                 String city) {
        PlaceOrderCommand.Address address = OrderDraftFactory.parseAddress(text, "Marseille");

        assertThat(address.street()).isEqualTo(street);
        assertThat(address.postalCode()).isEqualTo(postalCode);
        assertThat(address.city()).isEqualTo(city);
    }

    // --- customer and time -----------------------------------------------------------------------

    @Test
    void the_phone_is_read_in_the_restaurant_s_country() {
        PlaceOrderCommand draft = draft(OrderType.PICKUP, null, line(PIZZA, 1, List.of(NORMAL)));

        assertThat(draft.customerPhone().e164()).isEqualTo("+33612345678");
        assertThat(draft.customerName()).isEqualTo("Mohamed Benali");
        assertThat(draft.source()).isEqualTo(OrderSource.API);
    }

    @Test
    void an_invalid_phone_names_the_customer_phone_field() {
        TakeOrderCommand command = new TakeOrderCommand(OrderType.PICKUP, OrderSource.API, null, null, "pas un numéro",
                null, null, null, List.of(line(PIZZA, 1, List.of(NORMAL))));

        assertThatThrownBy(() -> factory.draft(restaurant, command, menu, TODAY).command())
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("customer.phone");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "2026-05-02T19:30:00+02:00, 2026-05-02T17:30:00Z",
            "2026-05-02T17:30:00Z, 2026-05-02T17:30:00Z",
            "2026-05-02T19:30, 2026-05-02T17:30:00Z",
            "2026-01-15T19:30, 2026-01-15T18:30:00Z",
            "19:30, 2026-05-02T17:30:00Z"})
    void the_requested_time_has_an_offset_or_is_local_to_the_restaurant(String text, String instant) {
        TakeOrderCommand command = new TakeOrderCommand(OrderType.PICKUP, OrderSource.API, null, null, null, null,
                text, null, List.of(line(PIZZA, 1, List.of(NORMAL))));

        assertThat(factory.draft(restaurant, command, menu, TODAY).command().requestedTime())
                .isEqualTo(Instant.parse(instant));
    }

    @Test
    void an_unreadable_requested_time_names_its_field() {
        TakeOrderCommand command = new TakeOrderCommand(OrderType.PICKUP, OrderSource.API, null, null, null, null,
                "ce soir", null, List.of(line(PIZZA, 1, List.of(NORMAL))));

        assertThatThrownBy(() -> factory.draft(restaurant, command, menu, TODAY).command())
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("requestedTime");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A second, always valid line before the line under test, so errors must carry the right index. */
    private long anotherValidItem() {
        menu.get(TIRAMISU).markBackInStock();
        return TIRAMISU;
    }

    private PlaceOrderCommand draft(OrderType type, String address, TakeOrderCommand.Line... lines) {
        TakeOrderCommand command = new TakeOrderCommand(type, OrderSource.API, null, "Mohamed Benali",
                "06 12 34 56 78", address, null, null, List.of(lines));
        return factory.draft(restaurant, command, menu, TODAY).command();
    }

    private static TakeOrderCommand.Line line(long itemId, int quantity, List<Long> optionIds) {
        return new TakeOrderCommand.Line(itemId, quantity, optionIds, null);
    }

    private static long subtotalOf(PlaceOrderCommand draft) {
        return draft.lines().stream()
                .mapToLong(line -> (line.unitPriceCents()
                        + line.options().stream().mapToLong(PlaceOrderCommand.Option::priceDeltaCents).sum())
                        * line.quantity())
                .sum();
    }
}
