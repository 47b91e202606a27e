package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.menu.application.FormulaCommand;
import com.voiceorder.menu.application.FormulaView;
import com.voiceorder.menu.application.MenuCategoryView;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The formula form without a browser: courses filled from categories and items, refusals on their field. */
class FormulaDialogTest {

    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", ZoneId.of("Europe/Paris"),
            Locale.FRANCE, "FR");
    private static final MenuCategoryView STARTERS = new MenuCategoryView(10L, "Entrées", null, 0, true);
    private static final MenuCategoryView MAINS = new MenuCategoryView(11L, "Plats", null, 1, true);
    private static final MenuItemView DAUBE = new MenuItemView(20L, 11L, "Daube", null, 1900, Set.of(), true, false,
            null, 0, List.of());

    private final List<FormulaCommand> created = new ArrayList<>();
    private final List<FormulaCommand> updated = new ArrayList<>();

    private final MenuService menu = new MenuService() {
        @Override
        public Formula createFormula(Long restaurantId, FormulaCommand command) {
            created.add(command);
            return null;
        }

        @Override
        public Formula updateFormula(Long restaurantId, Long formulaId, FormulaCommand command) {
            updated.add(command);
            return null;
        }
    };

    private FormulaDialog dialog(FormulaView editing) {
        return new FormulaDialog(RESTAURANT, menu, List.of(STARTERS, MAINS), List.of(DAUBE), editing, () -> { });
    }

    @Test
    void a_formula_is_created_with_its_courses_in_order_and_its_price_in_cents() {
        FormulaDialog dialog = dialog(null);
        dialog.name.setValue("Formule midi");
        dialog.price.setValue(new BigDecimal("18.90"));
        FormulaDialog.SlotEditor starter = dialog.addSlot(null);
        starter.name.setValue("Entrée");
        starter.allowedCategories.setValue(Set.of(STARTERS));
        FormulaDialog.SlotEditor main = dialog.addSlot(null);
        main.name.setValue("Plat");
        main.allowedItems.setValue(Set.of(DAUBE));
        main.required.setValue(false);

        dialog.save();

        assertThat(created).singleElement().satisfies(command -> {
            assertThat(command.priceCents()).isEqualTo(1890);
            assertThat(command.available()).isTrue();
            assertThat(command.slots()).containsExactly(new FormulaSlotSpec("Entrée", Set.of(10L), Set.of(), true),
                    new FormulaSlotSpec("Plat", Set.of(), Set.of(20L), false));
        });
    }

    @Test
    void a_course_that_nothing_may_fill_is_refused_on_it_and_the_form_keeps_its_input() {
        FormulaDialog dialog = dialog(null);
        dialog.name.setValue("Menu enfant");
        dialog.price.setValue(new BigDecimal("9.50"));
        FormulaDialog.SlotEditor main = dialog.addSlot(null);
        main.name.setValue("Plat");

        dialog.save();

        assertThat(main.allowedCategories.isInvalid()).isTrue();
        assertThat(main.name.getValue()).isEqualTo("Plat");
        assertThat(dialog.price.getValue()).isEqualByComparingTo("9.50");
        assertThat(created).isEmpty();
    }

    @Test
    void editing_shows_the_courses_and_saves_them_back() {
        FormulaView lunch = new FormulaView(5L, "Formule midi", null, 1890, true, List.of(
                new FormulaView.SlotView(0, "Plat", true, Set.of(11L), Set.of())));
        FormulaDialog dialog = dialog(lunch);
        assertThat(dialog.slots).singleElement().satisfies(slot ->
                assertThat(slot.allowedCategories.getValue()).containsExactly(MAINS));
        dialog.available.setValue(false);

        dialog.save();

        assertThat(updated).singleElement().satisfies(command -> {
            assertThat(command.available()).isFalse();
            assertThat(command.slots()).containsExactly(new FormulaSlotSpec("Plat", Set.of(11L), Set.of(), true));
        });
    }
}
