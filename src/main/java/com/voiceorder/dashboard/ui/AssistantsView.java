package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AdminPage;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.calls.application.DailyCallFigures;
import com.voiceorder.calls.application.LineMonitor.LineHealth;
import com.voiceorder.dashboard.application.AssistantCard;
import com.voiceorder.dashboard.application.AssistantOverviewService;
import jakarta.inject.Inject;
import java.util.List;

/**
 * "Assistants": a card per phone line of every restaurant — its number, restaurant, status, today's
 * calls, orders and bookings from calls, average agent latency and AI cost — with links to the
 * restaurant's pages; refreshed while open (administrators' home).
 */
@Route(value = AdminPage.ASSISTANTS, layout = MainLayout.class)
@CdiComponent
public class AssistantsView extends VerticalLayout implements AdminPage, HasDynamicTitle {

    /** How often the cards are read again while the page is open. */
    static final int REFRESH_MILLIS = 10_000;

    private final AssistantOverviewService overview;
    private final Div cards = new Div();

    @Inject
    public AssistantsView(AssistantOverviewService overview) {
        this.overview = overview;
        cards.setId("assistant-cards");
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(20rem, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        add(new H2(getTranslation("nav.admin.assistants")), cards);
        addAttachListener(attach -> reload());
        LiveRefresh.poll(this, REFRESH_MILLIS, this::reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.assistants");
    }

    private void reload() {
        List<AssistantCard> all = overview.cards();
        cards.removeAll();
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("admin.assistants.none")));
        }
        all.forEach(card -> cards.add(card(card)));
    }

    private Component card(AssistantCard card) {
        LineHealth line = card.line().line();
        long restaurantId = card.line().restaurantId();
        H3 number = new H3(VoiceLinesView.numberLabel(line));
        number.getStyle().set("margin", "0");
        Span restaurant = new Span(card.line().restaurantName() + " · "
                + getTranslation("admin.line.mode." + line.mode().name()));
        restaurant.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DailyCallFigures calls = card.callsToday();
        Div figures = new Div(
                figure("calls", getTranslation("admin.assistants.calls-today"), String.valueOf(calls.calls())),
                figure("orders", getTranslation("admin.assistants.orders-today"), String.valueOf(card.ordersToday())),
                figure("reservations", getTranslation("admin.assistants.reservations-today"),
                        String.valueOf(card.reservationsToday())),
                figure("latency", getTranslation("home.latency"), calls.averageLatencyMs().isPresent()
                        ? calls.averageLatencyMs().getAsLong() + " ms" : "—"),
                figure("cost", getTranslation("admin.assistants.cost-today"),
                        CostFormat.perCall(calls.costMicroEuros(), getLocale())));
        figures.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        Div links = new Div(
                link(MainLayout.restaurantPath(restaurantId, ""), "nav.today"),
                link(MainLayout.restaurantPath(restaurantId, "calls"), "nav.calls"),
                link(MainLayout.restaurantPath(restaurantId, "settings"), "admin.assistants.settings"));
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        Div body = new Div(number, restaurant, VoiceLinesView.stateBadge(this, line), figures, links);
        body.setId("assistant-" + line.lineId());
        body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        return body;
    }

    private static Component figure(String name, String label, String value) {
        Span title = new Span(label);
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span figure = new Span(value);
        figure.addClassName("assistant-" + name);
        figure.getStyle().set("font-weight", "600");
        return new Div(title, figure);
    }

    private Anchor link(String href, String key) {
        return new Anchor(href, getTranslation(key));
    }
}
