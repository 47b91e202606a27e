package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The menu item form without a browser: prices in cents, option groups with their ids, refusals on their field. */
class MenuItemDialogTest {

    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", ZoneId.of("Europe/Paris"),
            Locale.FRANCE, "FR");
    private static final MenuCategoryView PIZZAS = new MenuCategoryView(10L, "Pizzas", null, 0, true);
    private static final MenuCategoryView DESSERTS = new MenuCategoryView(11L, "Desserts", null, 1, true);

    private final List<MenuItemCommand> created = new ArrayList<>();
    private final List<MenuItemCommand> updated = new ArrayList<>();
    private final List<Boolean> savedCallbacks = new ArrayList<>();

    /** Records what it is given; refuses a preparation time over a day, as the domain does. */
    private final MenuService menu = new MenuService() {
        @Override
        public MenuItem createItem(Long restaurantId, MenuItemCommand command) {
            refuseLongPreparation(command);
            created.add(command);
            return null;
        }

        @Override
        public MenuItem updateItem(Long restaurantId, Long itemId, MenuItemCommand command) {
            refuseLongPreparation(command);
            updated.add(command);
            return null;
        }

        private void refuseLongPreparation(MenuItemCommand command) {
            if (command.prepMinutes() != null && command.prepMinutes() > 1440) {
                throw new DomainException("prepMinutes", "Preparation takes between 0 and 1440 minutes");
            }
        }
    };

    private MenuItemDialog newItemDialog() {
        return new MenuItemDialog(RESTAURANT, menu, List.of(PIZZAS, DESSERTS), null, PIZZAS.id(), 4,
                () -> savedCallbacks.add(true));
    }

    @Test
    void a_new_item_is_created_with_its_price_in_cents_allergens_and_option_groups() {
        MenuItemDialog dialog = newItemDialog();
        dialog.name.setValue("  Margherita ");
        dialog.price.setValue(new BigDecimal("12.5"));
        dialog.allergens.setValue(Set.of(Allergen.MILK, Allergen.GLUTEN));
        dialog.prepMinutes.setValue(12);
        OptionGroupEditor size = dialog.addGroup(null);
        size.name.setValue("Taille");
        size.minChoices.setValue(1);
        size.maxChoices.setValue(1);
        size.options.get(0).name.setValue("Normale");
        OptionGroupEditor.OptionRow large = size.addOption(null);
        large.name.setValue("Grande");
        large.priceDelta.setValue(new BigDecimal("3.00"));

        dialog.save();

        assertThat(created).singleElement().satisfies(command -> {
            assertThat(command.categoryId()).isEqualTo(10L);
            assertThat(command.name()).isEqualTo("Margherita");
            assertThat(command.priceCents()).isEqualTo(1250);
            assertThat(command.allergens()).containsExactlyInAnyOrder(Allergen.MILK, Allergen.GLUTEN);
            assertThat(command.prepMinutes()).isEqualTo(12);
            assertThat(command.available()).isTrue();
            assertThat(command.position()).isEqualTo(4);
            assertThat(command.optionGroups()).containsExactly(new OptionGroupSpec(null, "Taille", 1, 1, List.of(
                    new OptionSpec(null, "Normale", 0, true), new OptionSpec(null, "Grande", 300, true))));
        });
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void a_price_below_the_cent_is_refused_on_the_price_and_everything_typed_stays() {
        MenuItemDialog dialog = newItemDialog();
        dialog.name.setValue("Margherita");
        dialog.price.setValue(new BigDecimal("12.505"));
        dialog.description.setValue("Tomate, mozzarella");
        OptionGroupEditor size = dialog.addGroup(null);
        size.name.setValue("Taille");

        dialog.save();

        assertThat(dialog.price.isInvalid()).isTrue();
        assertThat(dialog.price.getErrorMessage()).isNotBlank();
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.name.getValue()).isEqualTo("Margherita");
        assertThat(dialog.description.getValue()).isEqualTo("Tomate, mozzarella");
        assertThat(dialog.groups).singleElement().satisfies(group -> assertThat(group.name.getValue()).isEqualTo("Taille"));
        assertThat(created).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void an_empty_name_or_price_is_refused_before_the_service_is_called() {
        MenuItemDialog dialog = newItemDialog();
        dialog.price.setValue(new BigDecimal("9"));

        dialog.save();
        assertThat(dialog.name.isInvalid()).isTrue();

        dialog.name.setValue("Tiramisu");
        dialog.price.clear();
        dialog.save();

        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.price.isInvalid()).isTrue();
        assertThat(created).isEmpty();
    }

    @Test
    void an_option_group_allowing_fewer_choices_than_it_requires_is_refused_on_its_maximum() {
        MenuItemDialog dialog = newItemDialog();
        dialog.name.setValue("Pizza du chef");
        dialog.price.setValue(new BigDecimal("14"));
        OptionGroupEditor extras = dialog.addGroup(null);
        extras.name.setValue("Suppléments");
        extras.minChoices.setValue(2);
        extras.maxChoices.setValue(1);
        extras.options.get(0).name.setValue("Œuf");

        dialog.save();

        assertThat(extras.maxChoices.isInvalid()).isTrue();
        assertThat(extras.minChoices.getValue()).isEqualTo(2);
        assertThat(extras.options.get(0).name.getValue()).isEqualTo("Œuf");
        assertThat(created).isEmpty();
    }

    @Test
    void an_option_without_a_name_is_refused_on_that_option() {
        MenuItemDialog dialog = newItemDialog();
        dialog.name.setValue("Pizza");
        dialog.price.setValue(new BigDecimal("10"));
        OptionGroupEditor extras = dialog.addGroup(null);
        extras.name.setValue("Suppléments");
        extras.options.get(0).priceDelta.setValue(new BigDecimal("1.5"));

        dialog.save();

        assertThat(extras.options.get(0).name.isInvalid()).isTrue();
        assertThat(extras.options.get(0).priceDelta.getValue()).isEqualByComparingTo("1.5");
        assertThat(created).isEmpty();
    }

    @Test
    void a_refusal_by_the_service_lands_on_its_field_and_the_dialog_keeps_the_input() {
        MenuItemDialog dialog = newItemDialog();
        dialog.name.setValue("Daube");
        dialog.price.setValue(new BigDecimal("19.90"));
        dialog.prepMinutes.setValue(2000);

        dialog.save();

        assertThat(dialog.prepMinutes.isInvalid()).isTrue();
        assertThat(dialog.prepMinutes.getErrorMessage()).contains("1440");
        assertThat(dialog.name.getValue()).isEqualTo("Daube");
        assertThat(dialog.price.getValue()).isEqualByComparingTo("19.90");
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void editing_keeps_the_ids_of_the_groups_and_options_still_there_so_past_orders_point_at_them() {
        MenuItemView steak = new MenuItemView(5L, 10L, "Entrecôte", null, 2400, Set.of(), true, false, null, 3,
                List.of(new MenuItemView.OptionGroupView(7L, "Cuisson", 1, 1, true, List.of(
                        new MenuItemView.OptionView(70L, "Saignante", 0, true),
                        new MenuItemView.OptionView(71L, "Bleue", 0, true)))));
        MenuItemDialog dialog = new MenuItemDialog(RESTAURANT, menu, List.of(PIZZAS, DESSERTS), steak, 10L, 9,
                () -> savedCallbacks.add(true));
        assertThat(dialog.price.getValue()).isEqualByComparingTo("24.00");
        OptionGroupEditor cooking = dialog.groups.get(0);
        cooking.options.get(1).available.setValue(false);
        cooking.addOption(null).name.setValue("À point");

        dialog.save();

        assertThat(updated).singleElement().satisfies(command -> {
            assertThat(command.position()).as("an item keeps its place").isEqualTo(3);
            assertThat(command.optionGroups()).containsExactly(new OptionGroupSpec(7L, "Cuisson", 1, 1, List.of(
                    new OptionSpec(70L, "Saignante", 0, true), new OptionSpec(71L, "Bleue", 0, false),
                    new OptionSpec(null, "À point", 0, true))));
        });
    }
}
