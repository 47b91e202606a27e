package com.voiceorder.dashboard.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.voiceorder.base.ui.AccessGuard;
import com.voiceorder.base.ui.MainLayout;
import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.application.VoicemailRecordings;
import com.voiceorder.calls.domain.Message;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The inbox: voicemails (with their recording and transcript) and notes, unhandled first; mark handled. */
@Route(value = "r/:" + AccessGuard.RESTAURANT_PARAMETER + "/messages", layout = MainLayout.class)
@CdiComponent
public class MessagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CallLogService callLog;
    private final VoicemailRecordings recordings;
    private final RestaurantService restaurants;
    private final Checkbox includeHandled = new Checkbox();
    private final Grid<Message> grid = new Grid<>();
    private final Div details = new Div();
    private RestaurantPage restaurant;

    @Inject
    public MessagesView(CallLogService callLog, VoicemailRecordings recordings, RestaurantService restaurants) {
        this.callLog = callLog;
        this.recordings = recordings;
        this.restaurants = restaurants;
        setSizeFull();
        includeHandled.setLabel(getTranslation("messages.include-handled"));
        includeHandled.addValueChangeListener(e -> reload());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(new H2(getTranslation("nav.messages")), includeHandled,
                PageParts.listWithDetails(grid, "messages-grid", details, "message-details", "26rem"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restaurant = RestaurantPage.of(restaurants.get(RestaurantPage.idOf(event)));
        grid.removeAllColumns();
        grid.addColumn(m -> restaurant.dateTime(getLocale()).format(m.getCreatedAt())).setHeader(getTranslation("messages.received")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("message.kind." + m.getKind().name())).setHeader(getTranslation("today.type")).setAutoWidth(true);
        grid.addColumn(m -> Optional.ofNullable(m.getCallerName()).orElse("")).setHeader(getTranslation("today.customer"));
        grid.addColumn(Message::getCallbackNumber).setHeader(getTranslation("messages.callback")).setAutoWidth(true);
        grid.addColumn(m -> m.getAudioDurationSeconds() == null ? "" : m.getAudioDurationSeconds() + " s")
                .setHeader(getTranslation("calls.duration")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.isHandled() ? "messages.handled" : "messages.to-handle"))
                .setHeader(getTranslation("today.status")).setAutoWidth(true);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.messages") + (restaurant == null ? "" : " · " + restaurant.name());
    }

    private void reload() {
        if (restaurant != null) {
            grid.setItems(callLog.listMessages(restaurant.id(), includeHandled.getValue()));
            details.removeAll();
        }
    }

    private void show(Message message) {
        details.removeAll();
        if (message == null) {
            return;
        }
        if (message.getCallbackNumber() != null) {
            Anchor callBack = new Anchor("tel:" + message.getCallbackNumber(),
                    getTranslation("messages.call-back", message.getCallbackNumber()));
            callBack.setId("message-callback");
            details.add(new Paragraph(callBack));
        }
        recordings.find(restaurant.id(), message.getId()).ifPresent(recording -> details.add(player(message, recording)));
        details.add(new Paragraph(message.getText() == null ? getTranslation("messages.no-transcript") : message.getText()));
        if (!message.isHandled()) {
            Button handled = new Button(getTranslation("messages.mark-handled"), e -> Actions.run(this,
                    () -> callLog.markHandled(restaurant.id(), message.getId()), this::reload));
            handled.setId("message-mark-handled");
            details.add(handled);
        }
    }

    /** An HTML audio player streaming the WAV through the application service (never a raw file path). */
    private Component player(Message message, VoicemailRecordings.Recording recording) {
        StreamResource audio = new StreamResource(recording.fileName(), () -> {
            try {
                return recording.open();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        audio.setContentType("audio/wav");
        Element player = new Element("audio");
        player.setAttribute("controls", true);
        player.setAttribute("preload", "none");
        player.setAttribute("src", audio);
        Span wrapper = new Span();
        wrapper.setId("message-audio-" + message.getId());
        wrapper.getElement().appendChild(player);
        return wrapper;
    }
}
