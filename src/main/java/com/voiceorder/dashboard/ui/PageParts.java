package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.voiceorder.base.ui.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Pieces the list pages share: a day picker, an "all or one value" filter, and a list with a details pane. */
final class PageParts {

    private PageParts() {
    }

    static DatePicker dayPicker(Component page, String id, Runnable onChange) {
        DatePicker day = new DatePicker(page.getTranslation("orders.day"));
        day.setLocale(Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Languages.FRENCH));
        day.setId(id);
        day.addValueChangeListener(e -> onChange.run());
        return day;
    }

    /** A select of "all" or one value of the enum; labels from {@code valueKeyPrefix + name}. */
    static <E extends Enum<E>> Select<Optional<E>> enumFilter(Component page, Class<E> type, String id, String labelKey,
                                                               String allKey, String valueKeyPrefix, Runnable onChange) {
        List<Optional<E>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (E value : type.getEnumConstants()) {
            choices.add(Optional.of(value));
        }
        Select<Optional<E>> select = new Select<>();
        select.setLabel(page.getTranslation(labelKey));
        select.setId(id);
        select.setItems(choices);
        select.setItemLabelGenerator(choice -> choice.map(v -> page.getTranslation(valueKeyPrefix + v.name()))
                .orElse(page.getTranslation(allKey)));
        select.setValue(Optional.empty());
        select.addValueChangeListener(e -> onChange.run());
        return select;
    }

    /** The chosen value as a set (empty = all), the way the services take filters. */
    static <E> Set<E> chosen(Select<Optional<E>> filter) {
        return filter.getValue() == null || filter.getValue().isEmpty() ? Set.of() : Set.of(filter.getValue().get());
    }

    static HorizontalLayout filters(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** A compact striped grid filling the page beside its details pane of {@code detailsWidth}. */
    static HorizontalLayout listWithDetails(Grid<?> grid, String gridId, Component details, String detailsId,
                                            String detailsWidth) {
        grid.setId(gridId);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        details.setId(detailsId);
        details.getElement().getStyle().set("width", detailsWidth).set("flex-shrink", "0");
        HorizontalLayout body = new HorizontalLayout(grid, details);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        return body;
    }
}
