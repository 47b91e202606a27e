package com.voiceorder.menu.domain;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MenuItemTest {

    private MenuItem steak;
    private long rare;
    private long medium;
    private long wellDone;
    private long cheese;
    private long bacon;
    private long egg;

    /** Entrecôte 18 €: "Cuisson" exactly one; "Suppléments" up to two (+1,50 €, +2 €, egg unavailable). */
    @BeforeEach
    void steak() {
        steak = new MenuItem(1L, 10L, "Entrecôte", 1800);
        steak.defineOptionGroups(List.of(
                OptionGroupSpec.of("Cuisson", 1, 1, OptionSpec.of("Saignant", 0), OptionSpec.of("À point", 0),
                        OptionSpec.of("Bien cuit", 0)),
                new OptionGroupSpec(null, "Suppléments", 0, 2, List.of(OptionSpec.of("Fromage", 150),
                        OptionSpec.of("Bacon", 200), new OptionSpec(null, "Œuf", 100, false)))));
        long id = 100;
        for (OptionGroup group : steak.optionGroups()) {
            withId(group, id++);
            for (MenuOption option : group.options()) {
                withId(option, id++);
            }
        }
        List<MenuOption> cooking = steak.optionGroups().get(0).options();
        rare = cooking.get(0).getId();
        medium = cooking.get(1).getId();
        wellDone = cooking.get(2).getId();
        List<MenuOption> extras = steak.optionGroups().get(1).options();
        cheese = extras.get(0).getId();
        bacon = extras.get(1).getId();
        egg = extras.get(2).getId();
    }

    @Test
    void a_valid_choice_is_priced_with_its_extras() {
        assertThat(steak.priceWith(List.of(rare))).isEqualTo(1800);
        assertThat(steak.priceWith(List.of(medium, cheese, bacon))).isEqualTo(1800 + 150 + 200);
    }

    @Test
    void a_required_group_left_empty_is_refused_naming_the_group() {
        assertThatThrownBy(() -> steak.validateChoice(List.of(cheese)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Cuisson")
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> steak.validateChoice(null)).hasMessageContaining("Cuisson");
    }

    @Test
    void more_choices_than_a_group_allows_are_refused_naming_the_group() {
        assertThatThrownBy(() -> steak.validateChoice(List.of(rare, wellDone)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Cuisson")
                .hasMessageContaining("at most 1");
    }

    @Test
    void an_option_chosen_twice_is_refused() {
        assertThatThrownBy(() -> steak.validateChoice(List.of(rare, cheese, cheese)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Fromage")
                .hasMessageContaining("more than once");
    }

    @Test
    void an_option_of_another_item_is_refused() {
        assertThatThrownBy(() -> steak.validateChoice(List.of(rare, 9999L)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("9999")
                .hasMessageContaining("Entrecôte");
    }

    @Test
    void an_unavailable_option_is_refused() {
        assertThatThrownBy(() -> steak.priceWith(List.of(rare, egg)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Suppléments")
                .hasMessageContaining("Œuf");
    }

    @Test
    void option_groups_must_have_sane_bounds() {
        MenuItem item = new MenuItem(1L, 10L, "Pizza", 1200);
        assertThatThrownBy(() -> item.defineOptionGroups(List.of(OptionGroupSpec.of("Base", 2, 1, OptionSpec.of("A", 0),
                OptionSpec.of("B", 0))))).isInstanceOf(DomainException.class).hasMessageContaining("Base");
        assertThatThrownBy(() -> item.defineOptionGroups(List.of(OptionGroupSpec.of("Base", 0, 0, OptionSpec.of("A", 0)))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> item.defineOptionGroups(List.of(OptionGroupSpec.of("Base", 2, 2, OptionSpec.of("A", 0)))))
                .hasMessageContaining("offers 1");
        assertThatThrownBy(() -> item.defineOptionGroups(List.of(OptionGroupSpec.of("Base", 0, 1, OptionSpec.of("A", -50)))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("priceDeltaCents");
        assertThat(item.optionGroups()).isEmpty();
    }

    @Test
    void an_optional_group_may_be_left_empty_and_min_zero_is_not_required() {
        MenuItem item = new MenuItem(1L, 10L, "Frites", 400);
        item.defineOptionGroups(List.of(OptionGroupSpec.of("Sauce", 0, 1, OptionSpec.of("Mayo", 0))));
        assertThat(item.optionGroups().get(0).isRequired()).isFalse();
        assertThat(item.priceWith(List.of())).isEqualTo(400);
    }

    @Test
    void redefining_groups_keeps_the_ids_it_is_given_and_drops_the_others() {
        OptionGroup cooking = steak.optionGroups().get(0);
        steak.defineOptionGroups(List.of(new OptionGroupSpec(cooking.getId(), "Cuisson de la viande", 1, 1,
                List.of(new OptionSpec(medium, "À point", 0, true), OptionSpec.of("Bleu", 0)))));

        assertThat(steak.optionGroups()).containsExactly(cooking);
        assertThat(cooking.name()).isEqualTo("Cuisson de la viande");
        assertThat(cooking.options()).extracting(MenuOption::name).containsExactly("À point", "Bleu");
        assertThat(cooking.options().get(0).getId()).isEqualTo(medium);
        assertThat(steak.option(rare)).isEmpty();
    }

    @Test
    void redefining_with_an_unknown_group_id_is_refused() {
        assertThatThrownBy(() -> steak.defineOptionGroups(List.of(new OptionGroupSpec(424242L, "X", 0, 1,
                List.of(OptionSpec.of("Y", 0)))))).isInstanceOf(DomainException.class).hasMessageContaining("424242");
    }

    @Test
    void a_sold_out_item_cannot_be_ordered_until_back_in_stock() {
        assertThat(steak.isOrderable()).isTrue();
        steak.markSoldOut();
        steak.markSoldOut();
        assertThat(steak.isSoldOut()).isTrue();
        assertThat(steak.isOrderable()).isFalse();
        steak.markBackInStock();
        assertThat(steak.isOrderable()).isTrue();
        steak.makeUnavailable();
        assertThat(steak.isOrderable()).isFalse();
        assertThat(steak.isSoldOut()).isFalse();
    }

    @Test
    void allergens_are_replaced_as_a_whole_and_labelled_in_both_languages() {
        steak.declareAllergens(List.of(Allergen.MILK, Allergen.GLUTEN));
        steak.declareAllergens(EnumSet.of(Allergen.MUSTARD, Allergen.MILK));
        assertThat(steak.allergens()).containsExactly(Allergen.MILK, Allergen.MUSTARD);
        assertThat(Allergen.values()).hasSize(14);
        assertThat(Allergen.NUTS.label(Locale.FRENCH)).isEqualTo("Fruits à coque");
        assertThat(Allergen.NUTS.label(Locale.ENGLISH)).isEqualTo("Tree nuts");
        assertThat(Allergen.SULPHITES.frenchLabel()).isEqualTo("Sulfites");
    }

    @Test
    void prices_and_names_are_validated() {
        assertThatThrownBy(() -> new MenuItem(1L, 10L, "Gratuit ?", -1)).extracting("field").isEqualTo("priceCents");
        assertThatThrownBy(() -> new MenuItem(1L, 10L, "  ", 100)).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new MenuItem(1L, null, "Sans catégorie", 100)).extracting("field").isEqualTo("categoryId");
        assertThat(new MenuItem(1L, 10L, "Eau", 0).priceCents()).isZero();
    }
}
