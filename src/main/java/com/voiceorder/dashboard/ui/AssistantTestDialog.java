package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.calls.application.AssistantTesting;
import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.PhoneLine;
import java.util.Arrays;
import java.util.List;

/**
 * "Tester l'assistant": the restaurateur talks to the line's agent from the browser. The microphone is
 * streamed over a WebSocket (the {@code voiceorder-assistant-tester} element, no WebRTC) to the same
 * agent as a phone call, the answers are played, and the call record — transcript, tool calls, outcome
 * — is shown as it is written. The call and its orders are marked as tests.
 */
@JsModule("./components/voiceorder-assistant-tester.js")
final class AssistantTestDialog extends Dialog {

    /** How often the call record is read again while the dialog is open. */
    static final int REFRESH_MILLIS = 1000;

    private final AssistantTesting testing;
    private final CallLogService callLog;
    private final RestaurantPage restaurant;
    private final PhoneLine line;
    private final Element tester = new Element("voiceorder-assistant-tester");
    private final Span state = new Span();
    private final Button start;
    private final Button hangUp;
    private final Div record = new Div();
    private String callSid;
    /** What the record showed when last drawn, so an unchanged record is not redrawn every second. */
    private List<Object> shown = List.of();

    AssistantTestDialog(AssistantTesting testing, CallLogService callLog, RestaurantPage restaurant, PhoneLine line) {
        this.testing = testing;
        this.callLog = callLog;
        this.restaurant = restaurant;
        this.line = line;
        setHeaderTitle(getTranslation("assistant-test.title", line.getNumber()));
        setWidth("min(48rem, 95vw)");
        // Modeless: a modal dialog makes the page inert, and Vaadin then ignores the polls that redraw the record.
        setModal(false);
        setDraggable(true);
        state.setId("assistant-test-state");
        showState("idle", null);
        start = new Button(getTranslation("assistant-test.start"), VaadinIcon.MICROPHONE.create(), e -> start());
        start.setId("assistant-test-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hangUp = new Button(getTranslation("assistant-test.hang-up"), VaadinIcon.PHONE.create(),
                e -> tester.callJsFunction("stop"));
        hangUp.setId("assistant-test-hang-up");
        hangUp.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hangUp.setEnabled(false);
        Div testerHolder = new Div();
        testerHolder.getElement().appendChild(tester);
        tester.addEventListener("tester-state", event -> showState(
                        event.getEventData().getString("event.detail.state"),
                        event.getEventData().getString("event.detail.reason")))
                .addEventData("event.detail.state").addEventData("event.detail.reason");
        record.setId("assistant-test-call");
        add(new Paragraph(getTranslation("assistant-test.explanation")));
        if (!testing.agentAvailable()) {
            Paragraph noKey = new Paragraph(getTranslation("assistant-test.no-key"));
            noKey.setId("assistant-test-no-key");
            noKey.getStyle().set("color", "var(--lumo-error-text-color)");
            add(noKey);
            start.setEnabled(false);
        }
        add(new HorizontalLayout(start, hangUp, state), testerHolder, record);
        getFooter().add(new Button(getTranslation("assistant-test.close"), e -> close()));
        LiveRefresh.poll(this, REFRESH_MILLIS, this::showRecord);
    }

    private void start() {
        Actions.run(this, () -> {
            OwnerOnly.require(this, restaurant);
            AssistantTesting.TestStream stream = testing.start(restaurant.id(), line.getId());
            callSid = stream.callSid();
            shown = List.of();
            record.removeAll();
            start.setEnabled(false);
            tester.callJsFunction("start", stream.path(), stream.token(), stream.callSid());
        }, () -> { });
    }

    private void showState(String name, String reason) {
        state.setText(getTranslation("assistant-test.state." + name)
                + (reason == null || reason.isBlank() || "live".equals(name) ? "" : " (" + reason + ")"));
        state.getElement().setAttribute("data-state", name);
        boolean calling = "connecting".equals(name) || "live".equals(name);
        if (start != null) {
            start.setEnabled(!calling && testing.agentAvailable());
            hangUp.setEnabled(calling);
        }
        if (!calling && callSid != null) {
            showRecord();
        }
    }

    /** The test call's record as written so far. */
    private void showRecord() {
        if (callSid == null) {
            return;
        }
        testing.callRecord(restaurant.id(), callSid).ifPresent(id -> {
            Call call = callLog.getCall(restaurant.id(), id);
            List<Object> now = Arrays.asList(id, call.getOutcome(), call.getOrderId(), call.getTurns().size(),
                    call.getToolCalls().size());
            if (now.equals(shown)) {
                return;
            }
            shown = now;
            record.removeAll();
            Span outcome = new Span(getTranslation("call.outcome." + call.getOutcome().name()));
            outcome.setId("assistant-test-outcome");
            outcome.getElement().setAttribute("data-outcome", call.getOutcome().name());
            Component link = new Anchor(MainLayout.restaurantPath(restaurant.id(), "calls") + "?call=" + id,
                    getTranslation("calls.call", id));
            Div summary = new Div(link, new Span(" · "), outcome);
            if (call.getOrderId() != null) {
                Anchor order = new Anchor(MainLayout.restaurantPath(restaurant.id(), "orders"),
                        getTranslation("assistant-test.test-order", call.getOrderId()));
                order.setId("assistant-test-order");
                summary.add(new Span(" · "), order);
            }
            record.add(summary);
            CallTranscript.addTo(record, this, call, restaurant, "assistant-test-transcript");
        });
    }
}
