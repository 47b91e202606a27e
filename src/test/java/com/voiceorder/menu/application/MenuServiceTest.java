package com.voiceorder.menu.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.menu.infrastructure.JpaFormulaRepository;
import com.voiceorder.menu.infrastructure.JpaMenuCategoryRepository;
import com.voiceorder.menu.infrastructure.JpaMenuItemRepository;
import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class MenuServiceTest {

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private Long mine;
    private Long other;
    private Long mains;

    @BeforeEach
    void createRestaurants() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            mine = restaurants.add(RestaurantFixtures.restaurant("Mine")).getId();
            other = restaurants.add(RestaurantFixtures.restaurant("Other")).getId();
        });
        mains = menu(service -> service.createCategory(mine, new MenuCategoryCommand("Plats", null, 1, true)).getId());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T menu(Function<MenuService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new MenuService(new JpaMenuCategoryRepository(em),
                new JpaMenuItemRepository(em), new JpaFormulaRepository(em), new JpaRestaurantRepository(em))));
    }

    private static MenuItemCommand burger(Long categoryId) {
        return new MenuItemCommand(categoryId, "Burger", "Bœuf, cheddar", 1400, Set.of(Allergen.GLUTEN, Allergen.MILK),
                true, 12, 1, List.of(OptionGroupSpec.of("Cuisson", 1, 1, OptionSpec.of("Saignant", 0),
                        OptionSpec.of("À point", 0))));
    }

    @Test
    void an_item_is_created_listed_as_a_view_sold_out_and_updated_keeping_option_ids() {
        Long id = menu(service -> service.createItem(mine, burger(mains)).getId());

        MenuItemView view = menu(service -> service.listItems(mine, mains)).get(0);
        assertThat(view.allergens()).containsExactly(Allergen.GLUTEN, Allergen.MILK);
        assertThat(view.optionGroups().get(0).options()).extracting(MenuItemView.OptionView::name)
                .containsExactly("Saignant", "À point");
        Long groupId = view.optionGroups().get(0).id();
        Long rareId = view.optionGroups().get(0).options().get(0).id();

        menu(service -> service.markSoldOut(mine, id));
        assertThat(this.<List<MenuItemView>>menu(service -> service.listOrderableItems(mine))).isEmpty();
        menu(service -> service.markBackInStock(mine, id));
        assertThat(this.<List<MenuItemView>>menu(service -> service.listOrderableItems(mine))).extracting(MenuItemView::id).containsExactly(id);

        menu(service -> service.updateItem(mine, id, new MenuItemCommand(mains, "Burger maison", null, 1500, Set.of(),
                true, null, 1, List.of(new OptionGroupSpec(groupId, "Cuisson", 1, 1,
                        List.of(new OptionSpec(rareId, "Saignant", 0, true), OptionSpec.of("Bien cuit", 0)))))));
        MenuItemView updated = menu(service -> service.listItems(mine, null)).get(0);
        assertThat(updated.name()).isEqualTo("Burger maison");
        assertThat(updated.priceCents()).isEqualTo(1500);
        assertThat(updated.allergens()).isEmpty();
        assertThat(updated.optionGroups().get(0).id()).isEqualTo(groupId);
        assertThat(updated.optionGroups().get(0).options().get(0).id()).isEqualTo(rareId);
        assertThat(this.<Long>menu(service -> service.getItem(mine, id).priceWith(List.of(rareId)))).isEqualTo(1500);
    }

    @Test
    void another_restaurants_ids_are_not_found_for_any_operation() {
        Long item = menu(service -> service.createItem(mine, burger(mains)).getId());

        assertThatThrownBy(() -> menu(service -> service.getItem(other, item))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu(service -> service.markSoldOut(other, item))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu(service -> service.updateItem(other, item, burger(mains))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu(service -> {
            service.deleteItem(other, item);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu(service -> service.getCategory(other, mains))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu(service -> service.listItems(other, mains))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu(service -> service.listItems(424242L, null))).isInstanceOf(NotFoundException.class);
        // Pointing at another restaurant's category is bad input, not a lookup.
        assertThatThrownBy(() -> menu(service -> service.createItem(other, burger(mains))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("categoryId");
        assertThat(this.<List<MenuItemView>>menu(service -> service.listItems(other, null))).isEmpty();
    }

    @Test
    void finding_an_item_is_empty_for_another_restaurant_or_an_unknown_id() {
        Long item = menu(service -> service.createItem(mine, burger(mains)).getId());

        assertThat(this.<String>menu(service -> service.findItem(mine, item).orElseThrow().name())).isEqualTo("Burger");
        assertThat(this.<Boolean>menu(service -> service.findItem(other, item).isPresent())).isFalse();
        assertThat(this.<Boolean>menu(service -> service.findItem(mine, 424242L).isPresent())).isFalse();
        assertThat(this.<Boolean>menu(service -> service.findItem(mine, null).isPresent())).isFalse();
    }

    @Test
    void a_category_holding_items_cannot_be_deleted_but_an_empty_one_can() {
        Long item = menu(service -> service.createItem(mine, burger(mains)).getId());
        assertThatThrownBy(() -> menu(service -> {
            service.deleteCategory(mine, mains);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("Plats");

        menu(service -> {
            service.deleteItem(mine, item);
            service.deleteCategory(mine, mains);
            return null;
        });
        assertThat(this.<List<MenuCategoryView>>menu(service -> service.listCategories(mine, false))).isEmpty();
    }

    @Test
    void a_formula_may_only_point_at_this_restaurants_categories_and_items() {
        Long burger = menu(service -> service.createItem(mine, burger(mains)).getId());
        Long foreignCategory = menu(service -> service.createCategory(other, new MenuCategoryCommand("Ailleurs", null, 0,
                true)).getId());

        Long formula = menu(service -> service.createFormula(mine, new FormulaCommand("Midi", null, 1690, true,
                List.of(new FormulaSlotSpec("Plat", Set.of(mains), Set.of(burger), true)))).getId());
        assertThat(this.<List<FormulaView>>menu(service -> service.listFormulas(mine, true))).singleElement().satisfies(view -> {
            assertThat(view.id()).isEqualTo(formula);
            assertThat(view.slots()).extracting(FormulaView.SlotView::name).containsExactly("Plat");
        });

        assertThatThrownBy(() -> menu(service -> service.createFormula(mine, new FormulaCommand("Bad", null, 1000, true,
                List.of(new FormulaSlotSpec("Plat", Set.of(foreignCategory), Set.of(), true))))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("slots");
        assertThatThrownBy(() -> menu(service -> service.updateFormula(mine, formula, new FormulaCommand("Midi", null, 1000,
                true, List.of(new FormulaSlotSpec("Plat", Set.of(), Set.of(424242L), true))))))
                .isInstanceOf(DomainException.class).hasMessageContaining("424242");
        assertThatThrownBy(() -> menu(service -> service.getFormula(other, formula))).isInstanceOf(NotFoundException.class);

        menu(service -> service.updateFormula(mine, formula, new FormulaCommand("Midi", null, 1590, false, List.of())));
        assertThat(this.<List<FormulaView>>menu(service -> service.listFormulas(mine, true))).isEmpty();
        assertThat(this.<Long>menu(service -> service.getFormula(mine, formula).priceCents())).isEqualTo(1590);
    }
}
