package com.voiceorder.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.ordering.domain.KitchenDemand;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryTerms;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.EntityIds;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pricing to the cent: formulas with their courses, options inside formulas, sold-out items with
 * alternatives, delivery decisions with thresholds, quantity bounds and what the order asks of the kitchen.
 * Choices are written "slot:item[/option…]" separated by spaces.
 */
class OrderPricingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 2);
    private static final long PIZZAS = 5, DESSERTS = 6, DRINKS = 7;
    private static final long MARGHERITA = 10, REGINA = 11, CALZONE = 12;
    private static final long TIRAMISU = 20, PANNA_COTTA = 21, MOUSSE = 22, FONDANT = 23;
    private static final long COLA = 30, WATER = 31;
    private static final long NORMAL = 101, LARGE = 102, CHEESE = 111, HAM = 112;
    private static final long LUNCH_MENU = 100, OLD_MENU = 200;

    private final OrderDraftFactory factory = new OrderDraftFactory();
    private final InMemoryOrderMenu menu = new InMemoryOrderMenu();
    private Restaurant restaurant;

    @BeforeEach
    void menuAndRestaurant() {
        MenuItem margherita = item(MARGHERITA, PIZZAS, "Margherita", 1000, null);
        margherita.defineOptionGroups(List.of(
                OptionGroupSpec.of("Taille", 1, 1, OptionSpec.of("Normale", 0), OptionSpec.of("Grande", 300)),
                OptionGroupSpec.of("Suppléments", 0, 2, OptionSpec.of("Fromage", 150), OptionSpec.of("Jambon", 200))));
        long[] optionIds = {NORMAL, LARGE, CHEESE, HAM};
        int next = 0;
        for (OptionGroup group : margherita.optionGroups()) {
            for (MenuOption option : group.options()) {
                EntityIds.withId(option, optionIds[next++]);
            }
        }
        item(REGINA, PIZZAS, "Regina", 1250, 25);
        item(CALZONE, PIZZAS, "Calzone", 1390, null).markSoldOut();
        item(TIRAMISU, DESSERTS, "Tiramisu", 650, 5).markSoldOut();
        item(PANNA_COTTA, DESSERTS, "Panna cotta", 590, 5);
        item(MOUSSE, DESSERTS, "Mousse au chocolat", 555, 5);
        item(FONDANT, DESSERTS, "Fondant", 700, 12).makeUnavailable();
        item(COLA, DRINKS, "Cola", 345, 0);
        item(WATER, DRINKS, "Eau", 250, 0);

        Formula lunch = EntityIds.withId(new Formula(1L, "Menu midi", null, 1690), LUNCH_MENU);
        lunch.replaceSlots(List.of(
                new FormulaSlotSpec("Plat", Set.of(PIZZAS), Set.of(), true),
                new FormulaSlotSpec("Dessert", Set.of(), Set.of(TIRAMISU, PANNA_COTTA, MOUSSE), false),
                new FormulaSlotSpec("Boisson", Set.of(DRINKS), Set.of(), true)));
        Formula old = EntityIds.withId(new Formula(1L, "Ancien menu", null, 1500), OLD_MENU);
        old.makeUnavailable();
        menu.add(lunch).add(old);

        restaurant = RestaurantFixtures.restaurant("Chez Test");
        restaurant.configureDelivery(new DeliveryRules(true, 3000, 300, 1500, 4000L),
                List.of(new DeliveryZone("13002", 500, 2000L)));
    }

    // --- formulas --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} × {1} → {2} cents, {3} kitchen items")
    @CsvSource(delimiter = '|', textBlock = """
            0:10/101 2:30                   | 1 | 1690 | 2
            0:10/102/111 1:21 2:30          | 2 | 4280 | 6
            0:11 1:22 2:31                  | 3 | 5070 | 9
            2:30 0:10/101/111/112           | 1 | 2040 | 2
            """)
    void a_formula_costs_its_price_plus_the_options_of_the_chosen_items_times_the_quantity(
            String choices, int quantity, long subtotal, int kitchenItems) {
        OrderDraft draft = draft(OrderType.PICKUP, null, formula(LUNCH_MENU, quantity, choices));

        PlaceOrderCommand.Line line = draft.command().lines().get(0);
        assertThat(line.formulaId()).isEqualTo(LUNCH_MENU);
        assertThat(line.menuItemId()).isNull();
        assertThat(line.unitPriceCents()).isEqualTo(1690);
        assertThat(draft.subtotalCents()).isEqualTo(subtotal);
        assertThat(draft.totalCents()).isEqualTo(subtotal);
        assertThat(draft.demand().items()).isEqualTo(kitchenItems);
    }

    @Test
    void a_formula_line_keeps_the_courses_and_the_options_named_after_their_item() {
        OrderDraft draft = draft(OrderType.PICKUP, null, formula(LUNCH_MENU, 1, "0:10/102/111 1:21 2:30"));

        PlaceOrderCommand.Line line = draft.command().lines().get(0);
        assertThat(line.choices()).containsExactly(
                new PlaceOrderCommand.Choice("Plat", MARGHERITA, "Margherita"),
                new PlaceOrderCommand.Choice("Dessert", PANNA_COTTA, "Panna cotta"),
                new PlaceOrderCommand.Choice("Boisson", COLA, "Cola"));
        assertThat(line.options()).containsExactly(
                new PlaceOrderCommand.Option(LARGE, "Margherita, Taille: Grande", 300),
                new PlaceOrderCommand.Option(CHEESE, "Margherita, Suppléments: Fromage", 150));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a required course missing     | 100 | 0:10/101          | lines[0].choices             | choose the Boisson
            a course that does not exist  | 100 | 5:10/101 2:30     | lines[0].choices[0].slotId   | has no course 5
            a drink as the main course    | 100 | 0:30 2:31         | lines[0].choices[0].itemId   | cannot be chosen as Plat
            an item not listed for dessert| 100 | 0:11 1:23 2:30    | lines[0].choices[1].itemId   | cannot be chosen as Dessert
            the same course twice         | 100 | 0:11 0:10/101 2:30| lines[0].choices[1].slotId   | chosen twice
            an option group left empty    | 100 | 0:10 2:30         | lines[0].choices[0].optionIds| choose at least 1
            too many extras               | 100 | 0:10/101/111/112/112 2:30 | lines[0].choices[0].optionIds | more than once
            a formula off the menu        | 200 | 0:10/101 2:30     | lines[0].formulaId           | Ancien menu is not on the menu
            an unknown formula            | 999 | 0:10/101 2:30     | lines[0].formulaId           | No formula 999
            """)
    void a_bad_formula_line_is_refused_naming_the_choice_at_fault(String description, long formulaId, String choices,
                                                                  String field, String message) {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, formula(formulaId, 1, choices)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(message)
                .extracting("field").isEqualTo(field);
    }

    @Test
    void a_line_orders_an_item_or_a_formula_and_only_a_formula_has_choices() {
        TakeOrderCommand.Line both = new TakeOrderCommand.Line(MARGHERITA, LUNCH_MENU, 1, List.of(NORMAL), List.of(), null);
        TakeOrderCommand.Line neither = new TakeOrderCommand.Line(null, null, 1, List.of(), List.of(), null);
        TakeOrderCommand.Line itemWithChoices = new TakeOrderCommand.Line(COLA, null, 1, List.of(),
                choices("2:30"), null);
        TakeOrderCommand.Line formulaWithOptions = new TakeOrderCommand.Line(null, LUNCH_MENU, 1, List.of(NORMAL),
                choices("0:11 2:30"), null);

        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, both)).extracting("field").isEqualTo("lines[0].itemId");
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, neither)).extracting("field").isEqualTo("lines[0].itemId");
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, itemWithChoices))
                .extracting("field").isEqualTo("lines[0].choices");
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, formulaWithOptions))
                .extracting("field").isEqualTo("lines[0].optionIds");
    }

    // --- sold out --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sold-out pizza                 | 12 | Calzone is sold out; instead: Margherita       | 10,11
            a sold-out dessert               | 20 | Tiramisu is sold out; instead: Mousse au chocolat      | 22,21
            a dessert taken off the menu     | 23 | Fondant is not on the menu; instead: Mousse au chocolat| 22,21
            """)
    void an_item_that_cannot_be_ordered_is_refused_with_orderable_items_of_its_category(
            String description, long itemId, String message, String alternativeIds) {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, item(COLA, 1), item(itemId, 1)))
                .isInstanceOfSatisfying(ItemUnavailableException.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[1].itemId");
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.alternatives()).extracting(MenuAlternative::itemId)
                            .containsExactlyElementsOf(ids(alternativeIds));
                });
    }

    @Test
    void the_alternatives_carry_their_price_for_the_agent_to_say() {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, item(TIRAMISU, 1)))
                .isInstanceOfSatisfying(ItemUnavailableException.class, e -> {
                    assertThat(e.alternatives()).containsExactly(
                            new MenuAlternative(MOUSSE, "Mousse au chocolat", 555),
                            new MenuAlternative(PANNA_COTTA, "Panna cotta", 590));
                    assertThat(e.getMessage()).contains("Panna cotta (5,90").contains("Mousse au chocolat (5,55");
                });
    }

    @Test
    void a_sold_out_course_of_a_formula_offers_what_that_course_allows() {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, formula(LUNCH_MENU, 1, "0:11 1:20 2:30")))
                .isInstanceOfSatisfying(ItemUnavailableException.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].choices[1].itemId");
                    assertThat(e.alternatives()).extracting(MenuAlternative::itemId)
                            .containsExactly(PANNA_COTTA, MOUSSE);
                });
    }

    @Test
    void when_the_whole_category_is_sold_out_the_error_says_nothing_similar_is_left() {
        menu.get(PANNA_COTTA).markSoldOut();
        menu.get(MOUSSE).markSoldOut();

        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, item(TIRAMISU, 1)))
                .isInstanceOfSatisfying(ItemUnavailableException.class, e -> {
                    assertThat(e.alternatives()).isEmpty();
                    assertThat(e.getMessage()).contains("nothing similar is left");
                });
    }

    // --- quantities and cents --------------------------------------------------------------------

    @ParameterizedTest(name = "{0} × item {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | 30 | 345
            3   | 30 | 1035
            999 | 30 | 344655
            7   | 22 | 3885
            """)
    void quantities_from_1_to_999_multiply_exactly_in_cents(int quantity, long itemId, long subtotal) {
        assertThat(draft(OrderType.PICKUP, null, item(itemId, quantity)).subtotalCents()).isEqualTo(subtotal);
    }

    @ParameterizedTest(name = "quantity {0}")
    @CsvSource({"0", "-1", "1000"})
    void a_quantity_outside_1_to_999_is_refused_on_items_and_formulas(int quantity) {
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, item(COLA, quantity)))
                .extracting("field").isEqualTo("lines[0].quantity");
        assertThatThrownBy(() -> draft(OrderType.PICKUP, null, formula(LUNCH_MENU, quantity, "0:11 2:30")))
                .extracting("field").isEqualTo("lines[0].quantity");
    }

    @Test
    void odd_cents_add_up_exactly_across_items_formulas_and_the_delivery_fee() {
        OrderDraft draft = draft(OrderType.DELIVERY, "5 rue Colbert, 13001 Marseille",
                item(COLA, 3), item(MOUSSE, 1), formula(LUNCH_MENU, 1, "0:10/101/111 1:21 2:31"));

        // 3 × 3,45 + 5,55 + (16,90 + 1,50) = 34,30 € under the 40 € threshold: fee 3,00 €
        assertThat(draft.subtotalCents()).isEqualTo(3430);
        assertThat(draft.command().deliveryFeeCents()).isEqualTo(300);
        assertThat(draft.totalCents()).isEqualTo(3730);
    }

    // --- delivery decided beforehand --------------------------------------------------------------

    @ParameterizedTest(name = "{0} colas with fee {1}, minimum {2}, free from {3} → fee {4}")
    @CsvSource(delimiter = '|', textBlock = """
            4  | 250 | 1000 |      | 250
            4  | 250 | 1000 | 1380 | 0
            4  | 250 | 1000 | 1381 | 250
            10 | 0   | 0    |      | 0
            """)
    void a_delivery_decision_given_with_the_order_sets_the_fee_and_the_free_delivery_threshold(
            int colas, long fee, long minimum, Long threshold, long expectedFee) {
        DeliveryDecision decision = new DeliveryDecision(new DeliveryTerms(null, fee, minimum, threshold),
                Duration.ofMinutes(12), 43.30, 5.40);

        OrderDraft draft = delivery(decision, item(COLA, colas));

        assertThat(draft.command().deliveryFeeCents()).isEqualTo(expectedFee);
        assertThat(draft.deliveryTravel()).isEqualTo(Duration.ofMinutes(12));
        assertThat(draft.command().address().latitude()).isEqualTo(43.30);
        assertThat(draft.command().address().longitude()).isEqualTo(5.40);
    }

    @Test
    void a_delivery_decision_s_minimum_applies_instead_of_the_postal_code_s() {
        DeliveryDecision decision = DeliveryDecision.of(new DeliveryTerms("13002", 500, 1400, null), null);

        assertThatThrownBy(() -> delivery(decision, item(COLA, 4)))
                .isInstanceOf(DomainException.class).hasMessageContaining("13,80").hasMessageContaining("14,00")
                .extracting("field").isEqualTo("lines");
        assertThat(delivery(decision, item(COLA, 5)).command().deliveryFeeCents()).isEqualTo(500);
        assertThat(delivery(decision, item(COLA, 5)).deliveryTravel()).isNull();
    }

    @Test
    void without_a_decision_the_postal_code_terms_apply_as_before() {
        OrderDraft draft = draft(OrderType.DELIVERY, "5 rue Colbert, 13002 Marseille", item(COLA, 6));

        assertThat(draft.command().deliveryFeeCents()).isEqualTo(500);
        assertThat(draft.deliveryTravel()).isNull();
    }

    // --- kitchen demand ----------------------------------------------------------------------------

    @Test
    void the_order_asks_the_kitchen_for_every_item_and_waits_for_the_slowest() {
        OrderDraft draft = draft(OrderType.PICKUP, null, item(COLA, 2),
                formula(LUNCH_MENU, 2, "0:11 1:21 2:31"), item(PANNA_COTTA, 1));

        // 2 colas + 2 × (Regina, panna cotta, water) + 1 panna cotta; Regina takes 25 minutes
        assertThat(draft.demand()).isEqualTo(new KitchenDemand(9, 25));
    }

    @Test
    void items_without_their_own_prep_time_take_the_kitchen_s_default() {
        assertThat(draft(OrderType.PICKUP, null, item(MARGHERITA, 1, NORMAL)).demand())
                .isEqualTo(new KitchenDemand(1, restaurant.kitchenCapacity().defaultPrepMinutes()));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private MenuItem item(long id, long category, String name, long priceCents, Integer prepMinutes) {
        MenuItem item = EntityIds.withId(new MenuItem(1L, category, name, priceCents), id);
        item.changePrepMinutes(prepMinutes);
        menu.add(item);
        return item;
    }

    private OrderDraft draft(OrderType type, String address, TakeOrderCommand.Line... lines) {
        TakeOrderCommand command = new TakeOrderCommand(type, OrderSource.PHONE, null, "Léa", "06 12 34 56 78",
                address, null, null, List.of(lines));
        return factory.draft(restaurant, command, menu, TODAY);
    }

    private OrderDraft delivery(DeliveryDecision decision, TakeOrderCommand.Line... lines) {
        TakeOrderCommand command = new TakeOrderCommand(OrderType.DELIVERY, OrderSource.PHONE, null, "Léa",
                "06 12 34 56 78", "5 rue Colbert, 13008 Marseille", null, null, List.of(lines), decision);
        return factory.draft(restaurant, command, menu, TODAY);
    }

    private static TakeOrderCommand.Line item(long itemId, int quantity, Long... optionIds) {
        return new TakeOrderCommand.Line(itemId, quantity, List.of(optionIds), null);
    }

    private static TakeOrderCommand.Line formula(long formulaId, int quantity, String choices) {
        return TakeOrderCommand.Line.ofFormula(formulaId, quantity, choices(choices), null);
    }

    /** "0:10/101 2:30" → course 0 = item 10 with option 101, course 2 = item 30. */
    private static List<TakeOrderCommand.Choice> choices(String text) {
        List<TakeOrderCommand.Choice> choices = new ArrayList<>();
        for (String choice : text.trim().split("\\s+")) {
            String[] slotAndItem = choice.split(":");
            String[] itemAndOptions = slotAndItem[1].split("/");
            choices.add(new TakeOrderCommand.Choice(Integer.valueOf(slotAndItem[0]), Long.valueOf(itemAndOptions[0]),
                    Arrays.stream(itemAndOptions).skip(1).map(Long::valueOf).toList()));
        }
        return choices;
    }

    private static List<Long> ids(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
