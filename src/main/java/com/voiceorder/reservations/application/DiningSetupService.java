package com.voiceorder.reservations.application;

import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningRoomRepository;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.DiningServiceRepository;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.DiningTableRepository;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.reservations.domain.OfferRepository;
import com.voiceorder.reservations.domain.ReservationRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a restaurant takes bookings: its dining services, offers, rooms and tables. Something a
 * reservation refers to cannot be deleted (deactivate it instead).
 */
@ApplicationScoped
@Transactional
public class DiningSetupService {

    private DiningServiceRepository services;
    private OfferRepository offers;
    private DiningRoomRepository rooms;
    private DiningTableRepository tables;
    private ReservationRepository reservations;

    @Inject
    public DiningSetupService(DiningServiceRepository services, OfferRepository offers, DiningRoomRepository rooms,
                              DiningTableRepository tables, ReservationRepository reservations) {
        this.services = services;
        this.offers = offers;
        this.rooms = rooms;
        this.tables = tables;
        this.reservations = reservations;
    }

    protected DiningSetupService() {
    }

    // --- dining services

    public List<DiningService> listServices(Long restaurantId) {
        List<DiningService> found = services.findByRestaurant(restaurantId);
        found.forEach(service -> {
            service.getWeekdays();
            service.getDurationsByPartySize();
        });
        return found;
    }

    public DiningService getService(Long restaurantId, Long serviceId) {
        DiningService service = services.find(restaurantId, serviceId)
                .orElseThrow(() -> new NotFoundException("Service", serviceId));
        service.getWeekdays();
        service.getDurationsByPartySize();
        return service;
    }

    public DiningService createService(Long restaurantId, DiningServiceCommand command) {
        DiningService service = new DiningService(restaurantId, command.name(), command.kind(), command.weekdays(),
                command.startTime(), command.lastSeating(), command.slotIntervalMinutes(), command.maxCovers(),
                command.pacingCovers(), command.defaultDurationMinutes());
        apply(service, command);
        return services.save(service);
    }

    public DiningService updateService(Long restaurantId, Long serviceId, DiningServiceCommand command) {
        DiningService service = getService(restaurantId, serviceId);
        service.rename(command.name(), command.kind());
        service.schedule(command.weekdays(), command.startTime(), command.lastSeating(), command.slotIntervalMinutes());
        service.limitCapacity(command.maxCovers(), command.pacingCovers());
        apply(service, command);
        return service;
    }

    private static void apply(DiningService service, DiningServiceCommand command) {
        service.defineDurations(command.defaultDurationMinutes(), command.durationsByPartySize());
        if (command.prepaymentPerPersonCents() != null && command.prepaymentPerPersonCents() > 0) {
            service.requirePrepayment(command.prepaymentPerPersonCents());
        } else {
            service.waivePrepayment();
        }
        if (command.active()) {
            service.activate();
        } else {
            service.deactivate();
        }
    }

    public void deleteService(Long restaurantId, Long serviceId) {
        DiningService service = getService(restaurantId, serviceId);
        if (reservations.countForService(serviceId) > 0) {
            throw new DomainException("service", "reservations refer to this service: deactivate it instead");
        }
        boolean offered = offers.findByRestaurant(restaurantId).stream()
                .anyMatch(offer -> offer.getServiceIds().contains(serviceId));
        if (offered) {
            throw new DomainException("service", "offers refer to this service: change them first");
        }
        services.delete(service);
    }

    // --- offers

    public List<Offer> listOffers(Long restaurantId) {
        List<Offer> found = offers.findByRestaurant(restaurantId);
        found.forEach(offer -> {
            offer.getWeekdays();
            offer.getServiceIds();
        });
        return found;
    }

    public Offer getOffer(Long restaurantId, Long offerId) {
        Offer offer = offers.find(restaurantId, offerId).orElseThrow(() -> new NotFoundException("Offer", offerId));
        offer.getWeekdays();
        offer.getServiceIds();
        return offer;
    }

    public Offer createOffer(Long restaurantId, OfferCommand command) {
        Offer offer = new Offer(restaurantId, command.name(), command.description());
        apply(restaurantId, offer, command);
        return offers.save(offer);
    }

    public Offer updateOffer(Long restaurantId, Long offerId, OfferCommand command) {
        Offer offer = getOffer(restaurantId, offerId);
        offer.describe(command.name(), command.description());
        apply(restaurantId, offer, command);
        return offer;
    }

    private void apply(Long restaurantId, Offer offer, OfferCommand command) {
        for (Long serviceId : command.serviceIds()) {
            services.find(restaurantId, serviceId).orElseThrow(() -> new NotFoundException("Service", serviceId));
        }
        offer.validBetween(command.validFrom(), command.validTo());
        offer.restrictTo(command.weekdays(), command.serviceIds());
        offer.forPartySizes(command.minPartySize(), command.maxPartySize());
        offer.linkFormula(command.formulaId());
        if (command.active()) {
            offer.activate();
        } else {
            offer.deactivate();
        }
    }

    public void deleteOffer(Long restaurantId, Long offerId) {
        Offer offer = getOffer(restaurantId, offerId);
        if (reservations.countForOffer(offerId) > 0) {
            throw new DomainException("offer", "reservations refer to this offer: deactivate it instead");
        }
        offers.delete(offer);
    }

    // --- rooms

    public List<DiningRoom> listRooms(Long restaurantId) {
        return rooms.findByRestaurant(restaurantId);
    }

    public DiningRoom getRoom(Long restaurantId, Long roomId) {
        return rooms.find(restaurantId, roomId).orElseThrow(() -> new NotFoundException("Room", roomId));
    }

    public DiningRoom createRoom(Long restaurantId, DiningRoomCommand command) {
        DiningRoom room = new DiningRoom(restaurantId, command.name(), command.position());
        if (!command.active()) {
            room.deactivate();
        }
        return rooms.save(room);
    }

    public DiningRoom updateRoom(Long restaurantId, Long roomId, DiningRoomCommand command) {
        DiningRoom room = getRoom(restaurantId, roomId);
        room.rename(command.name());
        room.moveTo(command.position());
        if (command.active()) {
            room.activate();
        } else {
            room.deactivate();
        }
        return room;
    }

    public void deleteRoom(Long restaurantId, Long roomId) {
        DiningRoom room = getRoom(restaurantId, roomId);
        if (!tables.findByRoom(restaurantId, roomId).isEmpty()) {
            throw new DomainException("room", "the room still has tables: move or delete them first");
        }
        rooms.delete(room);
    }

    // --- tables

    public List<DiningTable> listTables(Long restaurantId) {
        List<DiningTable> found = tables.findByRestaurant(restaurantId);
        found.forEach(DiningTable::getCombinableWith);
        return found;
    }

    public DiningTable getTable(Long restaurantId, Long tableId) {
        DiningTable table = tables.find(restaurantId, tableId).orElseThrow(() -> new NotFoundException("Table", tableId));
        table.getCombinableWith();
        return table;
    }

    public DiningTable createTable(Long restaurantId, DiningTableCommand command) {
        getRoom(restaurantId, command.roomId());
        requireUniqueLabel(restaurantId, command.label(), null);
        DiningTable table = tables.save(new DiningTable(restaurantId, command.roomId(), command.label(),
                command.minCovers(), command.maxCovers()));
        if (!command.active()) {
            table.deactivate();
        }
        combine(restaurantId, table, command.combinableWith());
        return table;
    }

    public DiningTable updateTable(Long restaurantId, Long tableId, DiningTableCommand command) {
        DiningTable table = getTable(restaurantId, tableId);
        getRoom(restaurantId, command.roomId());
        requireUniqueLabel(restaurantId, command.label(), tableId);
        table.moveToRoom(command.roomId());
        table.relabel(command.label());
        table.seat(command.minCovers(), command.maxCovers());
        if (command.active()) {
            table.activate();
        } else {
            table.deactivate();
        }
        combine(restaurantId, table, command.combinableWith());
        return table;
    }

    public void deleteTable(Long restaurantId, Long tableId) {
        DiningTable table = getTable(restaurantId, tableId);
        if (reservations.countForTable(tableId) > 0) {
            throw new DomainException("table", "reservations refer to this table: deactivate it instead");
        }
        combine(restaurantId, table, Set.of());
        tables.delete(table);
    }

    private void requireUniqueLabel(Long restaurantId, String label, Long exceptTableId) {
        if (label == null) {
            return; // the entity reports the missing label
        }
        tables.findByLabel(restaurantId, label.strip())
                .filter(existing -> !existing.getId().equals(exceptTableId))
                .ifPresent(existing -> {
                    throw new DomainException("label", "another table is labelled " + label.strip());
                });
    }

    /** Sets the table's combinations and mirrors them on the other tables, so "A with B" implies "B with A". */
    private void combine(Long restaurantId, DiningTable table, Set<Long> combinableWith) {
        for (Long otherId : combinableWith) {
            tables.find(restaurantId, otherId).orElseThrow(() -> new NotFoundException("Table", otherId));
        }
        table.combinableWith(combinableWith);
        for (DiningTable other : tables.findByRestaurant(restaurantId)) {
            if (other.getId().equals(table.getId())) {
                continue;
            }
            Set<Long> theirs = new HashSet<>(other.getCombinableWith());
            boolean changed = combinableWith.contains(other.getId())
                    ? theirs.add(table.getId())
                    : theirs.remove(table.getId());
            if (changed) {
                other.combinableWith(theirs);
            }
        }
    }
}
