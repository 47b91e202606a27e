package com.voiceorder.dashboard.application;

import com.voiceorder.ordering.domain.Order;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Reservation;
import com.voiceorder.reservations.domain.ReservationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The service board of one day: the kitchen queue (new, accepted, preparing) and the handoff column
 * (ready, out for delivery), both by due time; and per dining service the reservations by table.
 * Test orders, finished orders and cancelled reservations are left out. Pure: built from snapshots.
 */
public record ServiceBoard(LocalDate day, ZoneId zone, Instant builtAt, List<KitchenTicket> kitchenQueue,
                           List<KitchenTicket> handoff, List<ServiceTimeline> services) {

    private static final Comparator<KitchenTicket> BY_DUE_TIME = Comparator.comparing(KitchenTicket::dueAt)
            .thenComparing(KitchenTicket::createdAt).thenComparing(KitchenTicket::orderId);

    public ServiceBoard {
        kitchenQueue = List.copyOf(kitchenQueue);
        handoff = List.copyOf(handoff);
        services = List.copyOf(services);
    }

    /** What the board is built from: the day's orders and reservations and the restaurant's setup. */
    public record Inputs(LocalDate day, ZoneId zone, Instant now, List<Order> orders, List<Reservation> reservations,
                         List<DiningService> services, Map<Long, String> tableLabels, Map<Long, String> offerNames) {
    }

    public static ServiceBoard of(Inputs in) {
        List<KitchenTicket> open = in.orders().stream()
                .filter(order -> !order.isTest() && !order.getStatus().isFinal())
                .map(order -> KitchenTicket.of(order, in.now()))
                .sorted(BY_DUE_TIME)
                .toList();
        return new ServiceBoard(in.day(), in.zone(), in.now(),
                open.stream().filter(ticket -> !ticket.isHandoff()).toList(),
                open.stream().filter(KitchenTicket::isHandoff).toList(),
                timelines(in));
    }

    private static List<ServiceTimeline> timelines(Inputs in) {
        Map<Long, List<BoardReservation>> byService = new LinkedHashMap<>();
        for (Reservation reservation : in.reservations().stream()
                .filter(r -> r.getStatus() != ReservationStatus.CANCELLED)
                .sorted(Comparator.comparing(Reservation::getStartsAt)).toList()) {
            byService.computeIfAbsent(reservation.getServiceId(), id -> new ArrayList<>())
                    .add(BoardReservation.of(reservation, in.tableLabels(), in.offerNames(), in.now()));
        }
        List<ServiceTimeline> timelines = new ArrayList<>();
        for (DiningService service : in.services().stream()
                .sorted(Comparator.comparing(DiningService::getStartTime)).toList()) {
            List<BoardReservation> reservations = byService.remove(service.getId());
            if (reservations != null || (service.isActive() && service.runsOn(in.day()))) {
                timelines.add(timeline(service.getId(), service.getName(), service, reservations));
            }
        }
        byService.forEach((serviceId, reservations) -> timelines.add(timeline(serviceId, null, null, reservations)));
        return timelines;
    }

    private static ServiceTimeline timeline(Long serviceId, String name, DiningService service,
                                            List<BoardReservation> reservations) {
        List<BoardReservation> all = reservations == null ? List.of() : reservations;
        int covers = all.stream().filter(r -> r.status().holdsCapacity()).mapToInt(BoardReservation::partySize).sum();
        Map<String, List<BoardReservation>> byTable = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (BoardReservation reservation : all) {
            String table = reservation.tables().isEmpty() ? null : String.join(" + ", reservation.tables());
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(reservation);
        }
        List<ServiceTimeline.TableRow> rows = byTable.entrySet().stream()
                .map(e -> new ServiceTimeline.TableRow(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        return new ServiceTimeline(serviceId, Objects.requireNonNullElse(name, "#" + serviceId),
                service == null ? null : service.getStartTime(), service == null ? null : service.getLastSeating(),
                covers, rows);
    }

    public long lateCount() {
        return kitchenQueue.stream().filter(KitchenTicket::late).count()
                + handoff.stream().filter(KitchenTicket::late).count();
    }
}
