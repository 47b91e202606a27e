package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AdminPage;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.calls.application.LineMonitor;
import com.voiceorder.calls.application.LineMonitor.LineHealth;
import com.voiceorder.calls.application.LineMonitor.RestaurantLineHealth;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Serveurs vocaux": every phone line of every restaurant with its live telephony status
 * (registration, calls in progress, last error), refreshed every few seconds; lines are switched
 * on and off here (administrators).
 */
@Route(value = AdminPage.LINES, layout = MainLayout.class)
@CdiComponent
public class VoiceLinesView extends VerticalLayout implements AdminPage, HasDynamicTitle {

    /** How often the live status is read again while the page is open. */
    static final int REFRESH_MILLIS = 5000;

    private final LineMonitor monitor;
    private final PhoneLineService lines;
    private final RestaurantService restaurants;
    private final Grid<RestaurantLineHealth> grid = new Grid<>();
    /** The grid's rows, refreshed in place so a poll keeps the user's scroll position. */
    private final List<RestaurantLineHealth> rows = new ArrayList<>();
    private final Map<Long, ZoneId> zones = new HashMap<>();

    @Inject
    public VoiceLinesView(LineMonitor monitor, PhoneLineService lines, RestaurantService restaurants) {
        this.monitor = monitor;
        this.lines = lines;
        this.restaurants = restaurants;
        setSizeFull();
        grid.setId("lines-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        grid.addComponentColumn(entry -> new Anchor(MainLayout.restaurantPath(entry.restaurantId(), ""),
                entry.restaurantName())).setHeader(getTranslation("admin.lines.restaurant")).setAutoWidth(true);
        grid.addColumn(entry -> numberLabel(entry.line())).setHeader(getTranslation("admin.lines.number"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("admin.line.mode." + entry.line().mode().name()))
                .setHeader(getTranslation("admin.lines.mode")).setAutoWidth(true);
        grid.addComponentColumn(entry -> stateBadge(this, entry.line()))
                .setHeader(getTranslation("admin.lines.state")).setAutoWidth(true);
        grid.addColumn(entry -> entry.line().callsInProgress()).setHeader(getTranslation("admin.lines.calls"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::lastError).setHeader(getTranslation("admin.lines.last-error")).setFlexGrow(1);
        grid.addComponentColumn(this::toggle).setAutoWidth(true);
        add(new H2(getTranslation("nav.admin.lines")), new Paragraph(getTranslation("admin.lines.intro")), grid);
        addAttachListener(attach -> reload());
        LiveRefresh.poll(this, REFRESH_MILLIS, this::reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.lines");
    }

    /** "+33491000000 (Salle)". */
    static String numberLabel(LineHealth line) {
        return line.displayName() == null ? line.number() : line.number() + " (" + line.displayName() + ")";
    }

    /** The line's state in its colour, with the DOM id {@code line-state-<lineId>}. */
    static Span stateBadge(Component page, LineHealth line) {
        LineState state = LineState.of(line);
        Span badge = new Span(page.getTranslation("admin.line.state." + state.name()));
        badge.setId("line-state-" + line.lineId());
        badge.getElement().setAttribute("data-state", state.name());
        badge.getStyle().set("color", state.color()).set("font-weight", "600");
        return badge;
    }

    private void reload() {
        zones.clear();
        rows.clear();
        rows.addAll(monitor.allLines());
        grid.getDataProvider().refreshAll();
    }

    private Component lastError(RestaurantLineHealth entry) {
        LineHealth line = entry.line();
        if (line.lastError() == null) {
            return new Span("—");
        }
        Span error = new Span(line.lastError());
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Div cell = new Div(error);
        cell.setId("line-error-" + line.lineId());
        if (line.lastErrorAt() != null) {
            ZoneId zone = zones.computeIfAbsent(entry.restaurantId(), restaurants::zoneOf);
            Span when = new Span(" · " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(zone).format(line.lastErrorAt()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            cell.add(when);
        }
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Button toggle(RestaurantLineHealth entry) {
        LineHealth line = entry.line();
        Button toggle;
        if (line.enabled()) {
            toggle = new Button(getTranslation("admin.lines.disable"), e -> confirmDisable(entry));
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            toggle = new Button(getTranslation("admin.lines.enable"), e -> Actions.run(this,
                    () -> lines.setEnabled(entry.restaurantId(), line.lineId(), true), this::reload));
        }
        toggle.setId("line-toggle-" + line.lineId());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    private void confirmDisable(RestaurantLineHealth entry) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("line-disable-confirm");
        dialog.setHeader(getTranslation("admin.lines.disable-title", entry.line().number(), entry.restaurantName()));
        dialog.setText(getTranslation("admin.lines.disable-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("admin.lines.disable"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> Actions.run(this,
                () -> lines.setEnabled(entry.restaurantId(), entry.line().lineId(), false), this::reload));
        dialog.open();
    }
}
