package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The call log of a day, filtered by outcome; a call's details: transcript with the agent's response
 * time per turn, tool calls, latency and cost. {@code ?call=ID} opens that call.
 */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/calls", layout = MainLayout.class)
@CdiComponent
public class CallsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CallLogService callLog;
    private final RestaurantService restaurants;
    private final DatePicker day;
    private final Select<Optional<CallOutcome>> outcome;
    private final Grid<Call> grid = new Grid<>();
    private final Div details = new Div();
    private RestaurantPage restaurant;

    @Inject
    public CallsView(CallLogService callLog, RestaurantService restaurants) {
        this.callLog = callLog;
        this.restaurants = restaurants;
        setSizeFull();
        day = PageParts.dayPicker(this, "calls-day", this::reload);
        outcome = PageParts.enumFilter(this, CallOutcome.class, "calls-outcome", "calls.outcome", "calls.all-outcomes",
                "call.outcome.", this::reload);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().getId()));
        add(new H2(getTranslation("nav.calls")), PageParts.filters(day, outcome),
                PageParts.listWithDetails(grid, "calls-grid", details, "call-details", "34rem"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        configureColumns();
        day.setValue(restaurants.today(restaurant.id()));
        reload();
        event.getLocation().getQueryParameters().getSingleParameter("call").ifPresent(id -> {
            try {
                Call call = callLog.getCall(restaurant.id(), Long.parseLong(id));
                day.setValue(LocalDate.ofInstant(call.getStartedAt(), restaurant.zone()));
                show(call.getId());
            } catch (NumberFormatException | NotFoundException e) {
                Actions.warn(getTranslation("calls.not-found"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calls") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void configureColumns() {
        grid.removeAllColumns();
        grid.addColumn(c -> restaurant.time().format(c.getStartedAt())).setHeader(getTranslation("today.time")).setAutoWidth(true);
        grid.addColumn(c -> c.getCallerNumber() == null ? getTranslation("calls.withheld") : c.getCallerNumber())
                .setHeader(getTranslation("calls.caller")).setAutoWidth(true);
        grid.addColumn(c -> formatDuration(c.durationSeconds())).setHeader(getTranslation("calls.duration")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("call.outcome." + c.getOutcome().name())).setHeader(getTranslation("calls.outcome")).setAutoWidth(true);
        grid.addColumn(c -> c.getLatencyAvgMs() == null ? "" : c.getLatencyAvgMs() + " / " + c.getLatencyP95Ms() + " ms")
                .setHeader(getTranslation("calls.latency")).setAutoWidth(true);
        grid.addColumn(c -> CostFormat.perCall(c.getCostMicroEuros(), restaurant.moneyLocale()))
                .setHeader(getTranslation("calls.cost")).setAutoWidth(true);
    }

    private void reload() {
        LocalDate chosen = day.getValue();
        if (restaurant == null || chosen == null) {
            return;
        }
        grid.setItems(callLog.listCalls(restaurant.id(), chosen, restaurant.zone(), PageParts.chosen(outcome)));
    }

    private void show(Long callId) {
        details.removeAll();
        if (callId == null) {
            return;
        }
        Call call = callLog.getCall(restaurant.id(), callId);
        details.add(new H3(getTranslation("calls.call", call.getId()) + " · "
                + getTranslation("call.outcome." + call.getOutcome().name())));
        details.add(new Paragraph(getTranslation("calls.caller") + " : "
                + (call.getCallerNumber() == null ? getTranslation("calls.withheld") : call.getCallerNumber())
                + " → " + (call.getCalledNumber() == null ? "" : call.getCalledNumber())));
        details.add(new Paragraph(getTranslation("calls.duration") + " : " + formatDuration(call.durationSeconds())
                + " · " + getTranslation("calls.cost") + " : " + CostFormat.perCall(call.getCostMicroEuros(), restaurant.moneyLocale())));
        if (call.getLatencyAvgMs() != null) {
            details.add(new Paragraph(getTranslation("calls.latency-figures", call.getLatencyAvgMs(),
                    call.getLatencyP95Ms(), call.getLatencyMaxMs(), call.getLatencyTurnCount())));
        }
        CallTranscript.addTo(details, this, call, restaurant, "call-transcript");
    }

    static String formatDuration(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
