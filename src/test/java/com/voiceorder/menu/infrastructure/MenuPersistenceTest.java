package com.voiceorder.menu.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlot;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.menu.domain.MenuCategory;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class MenuPersistenceTest {

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private Long restaurantId;
    private Long starters;
    private Long mains;

    @BeforeEach
    void createMenu() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurantId = new JpaRestaurantRepository(em).add(RestaurantFixtures.restaurant("Chez Nous")).getId();
            JpaMenuCategoryRepository categories = new JpaMenuCategoryRepository(em);
            mains = categories.add(new MenuCategory(restaurantId, "Plats", null, 2)).getId();
            starters = categories.add(new MenuCategory(restaurantId, "Entrées", "Pour commencer", 1)).getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    @Test
    void an_item_round_trips_with_allergens_and_ordered_option_groups() {
        Long id = inTransaction(em -> {
            MenuItem steak = new MenuItem(restaurantId, mains, "Entrecôte", 1800);
            steak.describe("Entrecôte", "300 g, frites maison");
            steak.declareAllergens(Set.of(Allergen.MILK, Allergen.MUSTARD));
            steak.changePrepMinutes(25);
            steak.defineOptionGroups(List.of(
                    OptionGroupSpec.of("Cuisson", 1, 1, OptionSpec.of("Saignant", 0), OptionSpec.of("À point", 0)),
                    OptionGroupSpec.of("Suppléments", 0, 2, OptionSpec.of("Fromage", 150), OptionSpec.of("Bacon", 200))));
            return new JpaMenuItemRepository(em).add(steak).getId();
        });

        MenuItem loaded = inTransaction(em -> new JpaMenuItemRepository(em).findById(restaurantId, id).orElseThrow());

        assertThat(loaded.description()).isEqualTo("300 g, frites maison");
        assertThat(loaded.allergens()).containsExactly(Allergen.MILK, Allergen.MUSTARD);
        assertThat(loaded.prepMinutes()).isEqualTo(25);
        assertThat(loaded.optionGroups()).extracting(OptionGroup::name).containsExactly("Cuisson", "Suppléments");
        assertThat(loaded.optionGroups().get(1).options()).extracting(MenuOption::name, MenuOption::priceDeltaCents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fromage", 150L),
                        org.assertj.core.groups.Tuple.tuple("Bacon", 200L));
        Long rare = loaded.optionGroups().get(0).options().get(0).getId();
        Long bacon = loaded.optionGroups().get(1).options().get(1).getId();
        assertThat(loaded.priceWith(List.of(rare, bacon))).isEqualTo(2000);
    }

    @Test
    void redefining_option_groups_keeps_option_ids_and_deletes_dropped_rows() {
        Long id = inTransaction(em -> {
            MenuItem pizza = new MenuItem(restaurantId, mains, "Pizza", 1100);
            pizza.defineOptionGroups(List.of(
                    OptionGroupSpec.of("Base", 1, 1, OptionSpec.of("Tomate", 0), OptionSpec.of("Crème", 0)),
                    OptionGroupSpec.of("Taille", 1, 1, OptionSpec.of("Normale", 0), OptionSpec.of("Large", 300))));
            return new JpaMenuItemRepository(em).add(pizza).getId();
        });
        Long[] kept = inTransaction(em -> {
            MenuItem pizza = new JpaMenuItemRepository(em).findById(restaurantId, id).orElseThrow();
            OptionGroup base = pizza.optionGroups().get(0);
            MenuOption tomato = base.options().get(0);
            pizza.defineOptionGroups(List.of(new OptionGroupSpec(base.getId(), "Base", 1, 1,
                    List.of(OptionSpec.of("Pesto", 50), new OptionSpec(tomato.getId(), "Tomate", 0, false)))));
            return new Long[] {base.getId(), tomato.getId()};
        });

        MenuItem loaded = inTransaction(em -> new JpaMenuItemRepository(em).findById(restaurantId, id).orElseThrow());
        assertThat(loaded.optionGroups()).extracting(OptionGroup::getId).containsExactly(kept[0]);
        assertThat(loaded.optionGroups().get(0).options()).extracting(MenuOption::name).containsExactly("Pesto", "Tomate");
        assertThat(loaded.option(kept[1])).hasValueSatisfying(tomato -> assertThat(tomato.isAvailable()).isFalse());
        long rows = inTransaction(em -> (Long) em.createQuery("select count(o) from MenuOption o").getSingleResult());
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void items_are_listed_by_category_and_only_orderable_ones_on_request() {
        inTransaction(em -> {
            JpaMenuItemRepository items = new JpaMenuItemRepository(em);
            items.add(new MenuItem(restaurantId, mains, "Burger", 1400));
            MenuItem soldOut = new MenuItem(restaurantId, mains, "Tartare", 1600);
            soldOut.markSoldOut();
            items.add(soldOut);
            MenuItem withdrawn = new MenuItem(restaurantId, starters, "Soupe", 600);
            withdrawn.makeUnavailable();
            items.add(withdrawn);
            MenuItem salad = new MenuItem(restaurantId, starters, "Salade", 700);
            items.add(salad);
            MenuCategory hidden = new JpaMenuCategoryRepository(em).add(new MenuCategory(restaurantId, "Hiver", null, 0));
            hidden.deactivate();
            items.add(new MenuItem(restaurantId, hidden.getId(), "Raclette", 1900));
            return null;
        });

        inTransaction(em -> {
            JpaMenuItemRepository items = new JpaMenuItemRepository(em);
            assertThat(items.findByCategory(restaurantId, mains)).extracting(MenuItem::name)
                    .containsExactly("Burger", "Tartare");
            assertThat(items.findOrderable(restaurantId)).extracting(MenuItem::name).containsExactly("Salade", "Burger");
            assertThat(items.countByCategory(restaurantId, starters)).isEqualTo(2);
            assertThat(items.findByRestaurant(restaurantId)).hasSize(5);
            assertThat(items.findByRestaurant(restaurantId + 1)).isEmpty();
            assertThat(new JpaMenuCategoryRepository(em).findByRestaurant(restaurantId, true)).extracting(MenuCategory::name)
                    .containsExactly("Entrées", "Plats");
            return null;
        });
    }

    @Test
    void another_restaurants_ids_are_not_found() {
        Long otherRestaurant = inTransaction(em -> new JpaRestaurantRepository(em)
                .add(RestaurantFixtures.restaurant("Ailleurs")).getId());
        Long itemId = inTransaction(em -> new JpaMenuItemRepository(em)
                .add(new MenuItem(restaurantId, mains, "Burger", 1400)).getId());

        inTransaction(em -> {
            assertThat(new JpaMenuItemRepository(em).findById(otherRestaurant, itemId)).isEmpty();
            assertThat(new JpaMenuItemRepository(em).findByIds(otherRestaurant, List.of(itemId))).isEmpty();
            assertThat(new JpaMenuItemRepository(em).findByIds(restaurantId, List.of(itemId, 424242L)))
                    .extracting(MenuItem::getId).containsExactly(itemId);
            assertThat(new JpaMenuCategoryRepository(em).findById(otherRestaurant, mains)).isEmpty();
            return null;
        });
    }

    @Test
    void a_formula_round_trips_with_its_slots_and_validates_against_stored_items() {
        Long[] ids = inTransaction(em -> {
            JpaMenuItemRepository items = new JpaMenuItemRepository(em);
            Long burger = items.add(new MenuItem(restaurantId, mains, "Burger", 1400)).getId();
            Long salad = items.add(new MenuItem(restaurantId, starters, "Salade", 700)).getId();
            Formula lunch = new Formula(restaurantId, "Menu du midi", null, 1690);
            lunch.replaceSlots(List.of(new FormulaSlotSpec("Entrée", Set.of(starters), Set.of(), false),
                    new FormulaSlotSpec("Plat", Set.of(), Set.of(burger), true)));
            Long formula = new JpaFormulaRepository(em).add(lunch).getId();
            return new Long[] {formula, burger, salad};
        });

        inTransaction(em -> {
            Formula lunch = new JpaFormulaRepository(em).findById(restaurantId, ids[0]).orElseThrow();
            assertThat(lunch.priceCents()).isEqualTo(1690);
            assertThat(lunch.slots()).extracting(FormulaSlot::name, FormulaSlot::isRequired).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Entrée", false), org.assertj.core.groups.Tuple.tuple("Plat", true));
            assertThat(lunch.slots().get(0).allowedCategoryIds()).containsExactly(starters);
            assertThat(lunch.slots().get(1).allowedItemIds()).containsExactly(ids[1]);
            JpaMenuItemRepository items = new JpaMenuItemRepository(em);
            lunch.validateChoices(Map.of(0, ids[2], 1, ids[1]),
                    id -> items.findById(restaurantId, id).orElse(null));
            assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, ids[2]),
                    id -> items.findById(restaurantId, id).orElse(null))).isInstanceOf(DomainException.class);
            lunch.replaceSlots(List.of(new FormulaSlotSpec("Plat", Set.of(mains), Set.of(), true)));
            return null;
        });

        Formula reloaded = inTransaction(em -> new JpaFormulaRepository(em).findById(restaurantId, ids[0]).orElseThrow());
        assertThat(reloaded.slots()).extracting(FormulaSlot::name).containsExactly("Plat");
        assertThat(reloaded.slots().get(0).allowedCategoryIds()).containsExactly(mains);
        assertThat(reloaded.slots().get(0).allowedItemIds()).isEmpty();
    }

    @Test
    void deleting_an_item_takes_it_out_of_formula_slots() {
        Long[] ids = inTransaction(em -> {
            Long burger = new JpaMenuItemRepository(em).add(new MenuItem(restaurantId, mains, "Burger", 1400)).getId();
            Formula lunch = new Formula(restaurantId, "Midi", null, 1500);
            lunch.replaceSlots(List.of(new FormulaSlotSpec("Plat", Set.of(mains), Set.of(burger), true)));
            return new Long[] {new JpaFormulaRepository(em).add(lunch).getId(), burger};
        });

        inTransaction(em -> {
            JpaMenuItemRepository items = new JpaMenuItemRepository(em);
            items.remove(items.findById(restaurantId, ids[1]).orElseThrow());
            return null;
        });

        Formula lunch = inTransaction(em -> new JpaFormulaRepository(em).findById(restaurantId, ids[0]).orElseThrow());
        assertThat(lunch.slots().get(0).allowedItemIds()).isEmpty();
        assertThat(lunch.slots().get(0).allowedCategoryIds()).containsExactly(mains);
    }
}
