package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.voiceorder.availability.application.ApplicableOffer;
import com.voiceorder.availability.application.ReservationAvailability;
import com.voiceorder.availability.application.ReservationSlot;
import com.voiceorder.reservations.application.BookReservationCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.RescheduleReservationCommand;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Books a reservation, or changes one (time, service, party size, room and tables). A room narrows
 * the tables offered to its own; with no room chosen, tables all in one room put the reservation
 * there. A refused input is
 * shown next to its field and the dialog stays open with everything typed.
 */
final class ReservationDialog extends Dialog {

    final Select<DiningService> service = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final IntegerField partySize = new IntegerField();
    final TextField guestName = new TextField();
    final TextField guestPhone = new TextField();
    final Select<Offer> offer = new Select<>();
    final Select<DiningRoom> room = new Select<>();
    final MultiSelectComboBox<DiningTable> tables = new MultiSelectComboBox<>();
    final TextArea notes = new TextArea();
    /** What the availability engine proposes for the date, time and party size typed. */
    final Div suggestions = new Div();
    final Button useSuggested = new Button();
    private final Suggester suggester;
    private ReservationSlot suggested;
    private final Map<String, HasValidation> fieldsByName;
    private final RestaurantPage restaurant;
    private final ReservationService reservations;
    private final Reservation editing;
    private final Runnable saved;

    /** Asks the availability engine, leaving the reservation being changed (null when booking) out of the count. */
    @FunctionalInterface
    interface Suggester {
        ReservationAvailability check(LocalDate date, LocalTime time, int partySize, Long serviceId, Long excludedReservationId);
    }

    ReservationDialog(RestaurantPage restaurant, ReservationService reservations, DiningSetupService dining,
                      Reservation editing, LocalDate day, Runnable saved) {
        this(restaurant, reservations, dining, editing, day, null, saved);
    }

    ReservationDialog(RestaurantPage restaurant, ReservationService reservations, DiningSetupService dining,
                      Reservation editing, LocalDate day, Suggester suggester, Runnable saved) {
        this.suggester = suggester;
        this.restaurant = restaurant;
        this.reservations = reservations;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "reservations.new" : "reservations.edit"));
        setId("reservation-dialog");
        List<DiningService> services = dining.listServices(restaurant.id()).stream().filter(DiningService::isActive).toList();
        service.setLabel(getTranslation("reservations.service"));
        service.setItems(services);
        service.setItemLabelGenerator(DiningService::getName);
        date.setLabel(getTranslation("orders.day"));
        date.setLocale(getLocale());
        time.setLabel(getTranslation("today.time"));
        time.setStep(Duration.ofMinutes(15));
        partySize.setLabel(getTranslation("today.covers"));
        partySize.setMin(1);
        partySize.setStepButtonsVisible(true);
        guestName.setLabel(getTranslation("today.customer"));
        guestName.setId("reservation-guest");
        guestPhone.setLabel(getTranslation("orders.phone"));
        offer.setLabel(getTranslation("reservations.offer"));
        offer.setItems(dining.listOffers(restaurant.id()).stream().filter(Offer::isActive).toList());
        offer.setItemLabelGenerator(o -> o == null ? "—" : o.getName());
        offer.setEmptySelectionAllowed(true);
        room.setLabel(getTranslation("reservations.room"));
        room.setId("reservation-room");
        room.setItems(dining.listRooms(restaurant.id()).stream().filter(DiningRoom::isActive).toList());
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("reservations.any-room"));
        room.setItemLabelGenerator(r -> r == null ? getTranslation("reservations.any-room") : r.getName());
        tables.setLabel(getTranslation("reservations.tables"));
        List<DiningTable> allTables = dining.listTables(restaurant.id()).stream().filter(DiningTable::isActive).toList();
        tables.setItems(allTables);
        room.addValueChangeListener(e -> showTablesOf(allTables));
        tables.setItemLabelGenerator(t -> t.getLabel() + " (" + t.getMinCovers() + "–" + t.getMaxCovers() + ")");
        notes.setLabel(getTranslation("orders.notes"));
        notes.setMaxLength(1000);
        fieldsByName = Map.ofEntries(Map.entry("serviceId", service), Map.entry("serviceDate", date),
                Map.entry("startsAt", time), Map.entry("partySize", partySize), Map.entry("guest.name", guestName),
                Map.entry("phone", guestPhone), Map.entry("guest.phone", guestPhone), Map.entry("offerId", offer),
                Map.entry("roomId", room), Map.entry("tableIds", tables), Map.entry("notes", notes));
        if (editing == null) {
            service.setValue(services.isEmpty() ? null : services.get(0));
            date.setValue(day);
            time.setValue(services.isEmpty() ? LocalTime.NOON : services.get(0).getStartTime());
            partySize.setValue(2);
        } else {
            service.setValue(services.stream().filter(s -> s.getId().equals(editing.getServiceId())).findFirst().orElse(null));
            date.setValue(editing.getServiceDate());
            time.setValue(LocalTime.ofInstant(editing.getStartsAt(), restaurant.zone()));
            partySize.setValue(editing.getPartySize());
            guestName.setValue(editing.getGuestName());
            guestName.setReadOnly(true);
            guestPhone.setValue(Objects.requireNonNullElse(editing.getGuestPhone(), ""));
            guestPhone.setReadOnly(true);
            offer.setVisible(false);
            notes.setVisible(false);
            room.getListDataView().getItems().filter(r -> r.getId().equals(editing.getRoomId())).findFirst()
                    .ifPresent(room::setValue);
            tables.setValue(allTables.stream().filter(t -> editing.getTableIds().contains(t.getId()))
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(service, date, time, partySize, guestName, guestPhone, offer, room, tables,
                notes);
        add(form);
        suggestions.setId("reservation-suggestions");
        useSuggested.setText(getTranslation("reservation.suggest.use"));
        useSuggested.setId("reservation-use-suggested");
        useSuggested.addThemeVariants(ButtonVariant.LUMO_SMALL);
        useSuggested.setVisible(false);
        useSuggested.addClickListener(e -> useSuggestion(allTables));
        add(suggestions, useSuggested);
        if (suggester != null) {
            service.addValueChangeListener(e -> suggest());
            date.addValueChangeListener(e -> suggest());
            time.addValueChangeListener(e -> suggest());
            partySize.addValueChangeListener(e -> suggest());
            suggest();
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("reservation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save);
    }

    /** Shows the tables and offer the engine proposes, or why the slot is refused with the nearest free seatings. */
    void suggest() {
        suggestions.removeAll();
        suggested = null;
        useSuggested.setVisible(false);
        if (suggester == null || date.getValue() == null || time.getValue() == null || partySize.getValue() == null
                || partySize.getValue() < 1) {
            return;
        }
        ReservationAvailability answer;
        try {
            answer = suggester.check(date.getValue(), time.getValue(), partySize.getValue(),
                    service.getValue() == null ? null : service.getValue().getId(), editing == null ? null : editing.getId());
        } catch (DomainException e) {
            suggestions.add(new Span(e.getMessage()));
            return;
        }
        if (answer.available() && answer.slot() != null) {
            suggested = answer.slot();
            String tableLabels = suggested.tables().stream().map(ReservationSlot.Table::label)
                    .collect(Collectors.joining(", "));
            Span proposal = new Span(tableLabels.isEmpty() ? getTranslation("reservation.suggest.available")
                    : getTranslation("reservation.suggest.tables", tableLabels));
            proposal.setId("reservation-suggested-tables");
            suggestions.add(proposal);
            if (!suggested.offers().isEmpty()) {
                Span offers = new Span(" · " + getTranslation("reservation.suggest.offer",
                        suggested.offers().stream().map(ApplicableOffer::name).collect(Collectors.joining(", "))));
                offers.setId("reservation-suggested-offer");
                suggestions.add(offers);
            }
            useSuggested.setVisible(!suggested.tables().isEmpty());
        } else {
            String nearest = answer.alternatives().stream()
                    .map(slot -> slot.serviceDate().equals(date.getValue())
                            ? RestaurantPage.TIME.format(slot.startsAt())
                            : slot.serviceDate() + " " + RestaurantPage.TIME.format(slot.startsAt()))
                    .collect(Collectors.joining(", "));
            Span refusal = new Span(getTranslation("reservation.suggest.full",
                    Objects.requireNonNullElse(answer.reason(), answer.reasonCode())) + " ");
            refusal.setId("reservation-suggest-full");
            Span times = new Span(nearest.isEmpty() ? "—" : nearest);
            times.setId("reservation-suggest-nearest");
            suggestions.add(refusal, times);
        }
    }

    private void useSuggestion(List<DiningTable> allTables) {
        if (suggested == null) {
            return;
        }
        Set<Long> ids = suggested.tables().stream().map(ReservationSlot.Table::id).collect(Collectors.toSet());
        tables.setValue(allTables.stream().filter(t -> ids.contains(t.getId())).collect(Collectors.toSet()));
        if (offer.isVisible() && offer.getValue() == null && !suggested.offers().isEmpty()) {
            Long offerId = suggested.offers().get(0).id();
            offer.getListDataView().getItems().filter(o -> o != null && offerId.equals(o.getId())).findFirst()
                    .ifPresent(offer::setValue);
        }
    }

    /** Offers the chosen room's tables only (all without a room), dropping chosen tables of other rooms. */
    private void showTablesOf(List<DiningTable> allTables) {
        DiningRoom chosen = room.getValue();
        List<DiningTable> offered = chosen == null ? allTables
                : allTables.stream().filter(t -> chosen.getId().equals(t.getRoomId())).toList();
        Set<DiningTable> kept = tables.getValue().stream().filter(offered::contains).collect(Collectors.toSet());
        tables.setItems(offered);
        tables.setValue(kept);
    }

    /** The room chosen, else the one room all the chosen tables are in, else none. */
    private Long roomId(Set<DiningTable> chosenTables) {
        if (room.getValue() != null) {
            return room.getValue().getId();
        }
        Set<Long> rooms = chosenTables.stream().map(DiningTable::getRoomId).collect(Collectors.toSet());
        return rooms.size() == 1 ? rooms.iterator().next() : null;
    }

    void save() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        try {
            if (service.getValue() == null) {
                throw new DomainException("serviceId", getTranslation("reservations.service-required"));
            }
            if (date.getValue() == null || time.getValue() == null || partySize.getValue() == null) {
                throw new DomainException(date.getValue() == null ? "serviceDate" : time.getValue() == null
                        ? "startsAt" : "partySize", getTranslation("form.required"));
            }
            Instant startsAt = date.getValue().atTime(time.getValue()).atZone(restaurant.zone()).toInstant();
            Set<Long> tableIds = tables.getValue().stream().map(DiningTable::getId).collect(Collectors.toSet());
            Long roomId = roomId(tables.getValue());
            if (editing == null) {
                PhoneNumber phone = guestPhone.getValue().isBlank() ? null
                        : PhoneNumber.parse(guestPhone.getValue(), restaurant.countryCode());
                reservations.book(restaurant.id(), new BookReservationCommand(service.getValue().getId(), date.getValue(),
                        startsAt, null, partySize.getValue(), ReservationSource.DASHBOARD, guestName.getValue(), phone,
                        null, offer.getValue() == null ? null : offer.getValue().getId(), roomId, tableIds,
                        notes.getValue().isBlank() ? null : notes.getValue(), null, true));
            } else {
                reservations.reschedule(restaurant.id(), editing.getId(), new RescheduleReservationCommand(
                        service.getValue().getId(), date.getValue(), startsAt, null, partySize.getValue()));
                reservations.assignTables(restaurant.id(), editing.getId(), roomId, tableIds);
            }
            close();
            saved.run();
        } catch (DomainException e) {
            DomainRefusal.show(e, fieldsByName);
        } catch (RuntimeException e) {
            Actions.warn(getTranslation("action.refused") + " " + e.getMessage());
        }
    }
}
