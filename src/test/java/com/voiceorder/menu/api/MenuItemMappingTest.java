package com.voiceorder.menu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.shared.domain.DomainException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MenuItemMappingTest {

    @Test
    void allergen_codes_are_read_in_any_case_and_an_unknown_one_names_the_field() {
        assertThat(MenuItemRequest.allergenSet(new LinkedHashSet<>(List.of(" gluten", "MILK"))))
                .containsExactlyInAnyOrder(Allergen.GLUTEN, Allergen.MILK);
        assertThat(MenuItemRequest.allergenSet(null)).isEmpty();
        assertThatThrownBy(() -> MenuItemRequest.allergenSet(Set.of("CHOCOLATE")))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("allergens");
    }

    @Test
    void a_request_without_optional_fields_becomes_an_available_item_at_position_zero_with_free_options() {
        MenuItemRequest request = new MenuItemRequest(7L, "Pizza", null, 1200L, Set.of("gluten"), null, null, null,
                List.of(new MenuItemRequest.OptionGroup(null, "Taille", 1, 1,
                        List.of(new MenuItemRequest.Option(null, "Normale", null, null),
                                new MenuItemRequest.Option(31L, "Grande", 300L, false)))));

        MenuItemCommand command = request.toCommand();

        assertThat(command.available()).isTrue();
        assertThat(command.position()).isZero();
        assertThat(command.prepMinutes()).isNull();
        assertThat(command.allergens()).containsExactly(Allergen.GLUTEN);
        assertThat(command.optionGroups()).singleElement().satisfies(group -> {
            assertThat(group.minChoices()).isEqualTo(1);
            assertThat(group.options()).containsExactly(new OptionSpec(null, "Normale", 0, true),
                    new OptionSpec(31L, "Grande", 300, false));
        });
    }

    @Test
    void allergens_come_out_in_regulation_order_labelled_in_the_asked_language() {
        MenuItemView view = new MenuItemView(5L, 7L, "Tiramisu", null, 650, Set.of(Allergen.MILK, Allergen.EGGS), true,
                true, null, 2, List.of());

        MenuItemDto french = MenuItemDto.from(view, Locale.FRENCH);
        MenuItemDto english = MenuItemDto.from(view, Locale.ENGLISH);

        assertThat(french.allergens()).containsExactly(new MenuItemDto.AllergenDto("EGGS", "Œufs"),
                new MenuItemDto.AllergenDto("MILK", "Lait"));
        assertThat(english.allergens()).extracting(MenuItemDto.AllergenDto::label).containsExactly("Eggs", "Milk");
        assertThat(french.soldOut()).isTrue();
        assertThat(french.priceCents()).isEqualTo(650);
    }
}
