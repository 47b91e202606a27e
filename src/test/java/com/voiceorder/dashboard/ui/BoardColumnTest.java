package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoardColumnTest {

    private record Card(String id, String text) {
    }

    private final AtomicInteger rendered = new AtomicInteger();
    private final BoardColumn<Card> column = new BoardColumn<>("board-kitchen");

    private void show(Set<String> arrived, Card... cards) {
        column.show("Cuisine (" + cards.length + ")", "Rien", List.of(cards), Card::id, card -> {
            rendered.incrementAndGet();
            Span span = new Span(card.text());
            span.setId(card.id());
            return span;
        }, arrived);
    }

    private List<String> shownIds() {
        return column.component().getChildren().skip(1).map(c -> c.getId().orElse("empty")).toList();
    }

    @Test
    void a_new_card_is_the_only_one_rendered() {
        show(Set.of(), new Card("order-1", "a"), new Card("order-2", "b"));
        Component first = column.component().getComponentAt(1);

        show(Set.of("order-3"), new Card("order-1", "a"), new Card("order-2", "b"), new Card("order-3", "c"));

        assertThat(rendered).hasValue(3);
        assertThat(column.component().getComponentAt(1)).isSameAs(first);
        assertThat(shownIds()).containsExactly("order-1", "order-2", "order-3");
        assertThat(column.component().getComponentAt(3).getElement().getClassList()).contains("arrived");
        assertThat(column.component().getComponentAt(0).getElement().getText()).isEqualTo("Cuisine (3)");
    }

    @Test
    void changed_cards_are_redrawn_gone_ones_removed_and_order_followed() {
        show(Set.of(), new Card("order-1", "a"), new Card("order-2", "b"), new Card("order-3", "c"));
        show(Set.of(), new Card("order-3", "c"), new Card("order-1", "a (prête)"));

        assertThat(shownIds()).containsExactly("order-3", "order-1");
        assertThat(((Span) column.component().getComponentAt(2)).getText()).isEqualTo("a (prête)");
        assertThat(rendered).hasValue(4);
    }

    @Test
    void an_empty_column_says_so_and_the_highlight_goes_on_the_next_redraw() {
        show(Set.of("order-1"), new Card("order-1", "a"));
        show(Set.of(), new Card("order-1", "a"));
        assertThat(column.component().getComponentAt(1).getElement().getClassList()).doesNotContain("arrived");

        show(Set.of());
        assertThat(shownIds()).containsExactly("empty");
        assertThat(column.component().getComponentAt(1).getElement().getText()).isEqualTo("Rien");
    }
}
