package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.voiceorder.calls.application.DailyCallFigures;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.dashboard.application.HomeFigures;
import com.voiceorder.shared.domain.Money;
import java.text.NumberFormat;
import java.util.Locale;

/** Today's figures as tiles: calls by outcome, orders and revenue, covers per service, conversion, latency, cost. */
final class HomeKpis extends Div {

    HomeKpis() {
        setId("home-kpis");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
    }

    void show(HomeFigures figures, Locale moneyLocale) {
        removeAll();
        DailyCallFigures calls = figures.callsToday();
        add(tile("kpi-calls", getTranslation("home.calls"), String.valueOf(calls.calls()),
                getTranslation("home.calls-detail", calls.answered(), calls.count(CallOutcome.VOICEMAIL),
                        calls.count(CallOutcome.TRANSFERRED),
                        calls.count(CallOutcome.ABANDONED) + calls.count(CallOutcome.MISSED))));
        add(tile("kpi-orders", getTranslation("home.orders"), String.valueOf(figures.ordersToday().orders()),
                Money.euros(figures.ordersToday().revenueCents()).format(moneyLocale)));
        int covers = figures.coversToday().stream().mapToInt(HomeFigures.ServiceCovers::covers).sum();
        String perService = figures.coversToday().stream()
                .map(s -> s.service() + " : " + getTranslation("home.service-covers", s.reservations(), s.covers()))
                .reduce((a, b) -> a + " · " + b).orElse(getTranslation("board.no-reservation"));
        add(tile("kpi-covers", getTranslation("home.covers"), String.valueOf(covers), perService));
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        add(tile("kpi-conversion", getTranslation("home.conversion"), percent.format(figures.conversionToday()),
                getTranslation("home.conversion-detail", calls.converted(), calls.answered())));
        add(tile("kpi-latency", getTranslation("home.latency"),
                calls.averageLatencyMs().isPresent() ? calls.averageLatencyMs().getAsLong() + " ms" : "—",
                getTranslation("home.latency-detail", calls.latencyTurns())));
        add(tile("kpi-cost", getTranslation("home.cost"), CostFormat.perCall(calls.costPerCallMicroEuros(), moneyLocale),
                getTranslation("home.cost-detail", CostFormat.perCall(calls.costMicroEuros(), moneyLocale))));
    }

    private static Component tile(String id, String title, String value, String detail) {
        Span heading = new Span(title);
        heading.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span figure = new Span(value);
        figure.addClassName("kpi-value");
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span more = new Span(detail);
        more.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div tile = new Div(heading, figure, more);
        tile.setId(id);
        tile.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "12rem")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        return tile;
    }
}
