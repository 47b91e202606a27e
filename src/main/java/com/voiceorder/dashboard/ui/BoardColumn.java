package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A column of the service board that redraws only what changed: a card whose data is equal to what
 * it shows is kept as it is, so a new order sends one card to twenty screens, not the whole queue.
 *
 * @param <T> what one card shows (a value type: equal data, same card)
 */
final class BoardColumn<T> {

    private record Shown<T>(T data, Component card) {
    }

    private final Div column = new Div();
    private final H3 heading = new H3();
    private final Span empty = new Span();
    private Map<String, Shown<T>> shown = new HashMap<>();

    BoardColumn(String id) {
        column.setId(id);
        column.addClassName("board-column");
        empty.addClassName("board-empty");
        column.add(heading);
    }

    Div component() {
        return column;
    }

    /**
     * Shows {@code items} in order under the heading; a card is rendered anew only when its data changed.
     *
     * @param arrived ids of the cards to highlight as new on this redraw
     */
    void show(String headingText, String emptyText, List<T> items, Function<T, String> idOf,
              Function<T, Component> render, Set<String> arrived) {
        heading.setText(headingText);
        empty.setText(emptyText);
        Map<String, Shown<T>> next = new HashMap<>();
        List<Component> wanted = new ArrayList<>();
        wanted.add(heading);
        if (items.isEmpty()) {
            wanted.add(empty);
        }
        for (T item : items) {
            String id = idOf.apply(item);
            Shown<T> before = shown.get(id);
            Shown<T> now = before != null && before.data().equals(item) ? before : new Shown<>(item, render.apply(item));
            now.card().getElement().getClassList().set("arrived", arrived.contains(id));
            next.put(id, now);
            wanted.add(now.card());
        }
        shown = next;
        arrange(wanted);
    }

    /** Puts exactly {@code wanted} in the column, in order, touching only what moved. */
    private void arrange(List<Component> wanted) {
        column.getChildren().filter(child -> !wanted.contains(child)).toList().forEach(column::remove);
        for (int index = 0; index < wanted.size(); index++) {
            Component card = wanted.get(index);
            if (index >= column.getComponentCount() || column.getComponentAt(index) != card) {
                column.addComponentAtIndex(index, card);
            }
        }
    }
}
