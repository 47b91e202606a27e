package com.voiceorder.menu.domain;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private static final long STARTERS = 10;
    private static final long MAINS = 20;
    private static final long DESSERTS = 30;

    private final MenuItem salad = withId(new MenuItem(1L, STARTERS, "Salade", 700), 1);
    private final MenuItem burger = withId(new MenuItem(1L, MAINS, "Burger", 1400), 2);
    private final MenuItem steak = withId(new MenuItem(1L, MAINS, "Entrecôte", 2200), 3);
    private final MenuItem tiramisu = withId(new MenuItem(1L, DESSERTS, "Tiramisu", 650), 4);
    private final MenuItem otherRestaurant = withId(new MenuItem(2L, MAINS, "Ailleurs", 1000), 5);
    private final Function<Long, MenuItem> items = id -> Map.of(1L, salad, 2L, burger, 3L, steak, 4L, tiramisu,
            5L, otherRestaurant).get(id);

    private Formula lunch;

    /** Lunch: optional starter, a main from the mains except the steak (+ the steak is not allowed), required dessert. */
    @BeforeEach
    void lunch() {
        lunch = new Formula(1L, "Menu du midi", "Entrée + plat + dessert", 1690);
        lunch.replaceSlots(List.of(
                new FormulaSlotSpec("Entrée", Set.of(STARTERS), Set.of(), false),
                new FormulaSlotSpec("Plat", Set.of(), Set.of(2L), true),
                new FormulaSlotSpec("Dessert", Set.of(DESSERTS), Set.of(), true)));
    }

    @Test
    void a_complete_choice_is_accepted_and_an_optional_slot_may_stay_empty() {
        assertThatCode(() -> lunch.validateChoices(Map.of(0, 1L, 1, 2L, 2, 4L), items)).doesNotThrowAnyException();
        assertThatCode(() -> lunch.validateChoices(Map.of(1, 2L, 2, 4L), items)).doesNotThrowAnyException();
    }

    @Test
    void a_missing_required_slot_is_refused_by_name() {
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 2L), items))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Dessert");
    }

    @Test
    void an_item_not_allowed_in_its_slot_is_refused() {
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 3L, 2, 4L), items))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Entrecôte cannot be chosen as Plat");
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 2L, 2, 1L), items))
                .hasMessageContaining("Salade cannot be chosen as Dessert");
    }

    @Test
    void unknown_slots_unknown_items_and_other_restaurants_items_are_refused() {
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 2L, 2, 4L, 3, 1L), items)).hasMessageContaining("no slot 3");
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 99L, 2, 4L), items)).hasMessageContaining("99 does not exist");
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 5L, 2, 4L), items)).hasMessageContaining("5 does not exist");
    }

    @Test
    void a_sold_out_item_cannot_fill_a_slot() {
        tiramisu.markSoldOut();
        assertThatThrownBy(() -> lunch.validateChoices(Map.of(1, 2L, 2, 4L), items))
                .hasMessageContaining("Tiramisu is not available");
    }

    @Test
    void a_slot_must_allow_something_and_slots_are_numbered_in_order() {
        assertThatThrownBy(() -> lunch.replaceSlots(List.of(new FormulaSlotSpec("Vide", Set.of(), Set.of(), true))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Vide");
        assertThat(lunch.slots()).extracting(FormulaSlot::name).containsExactly("Entrée", "Plat", "Dessert");
        assertThat(lunch.slots()).extracting(FormulaSlot::position).containsExactly(0, 1, 2);
    }
}
