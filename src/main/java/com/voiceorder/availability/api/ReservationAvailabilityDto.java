package com.voiceorder.availability.api;

import com.voiceorder.availability.application.ApplicableOffer;
import com.voiceorder.availability.application.ReservationAvailability;
import com.voiceorder.availability.application.ReservationSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Availability of a reservation: {@code available}, the {@code slot} it would get, or the
 * {@code reason} (code and text) and up to three {@code alternatives}. Local {@code date}/{@code time}
 * are the restaurant's wall clock ({@code date} is the service date; a seating after midnight has the
 * next day's {@code startsAt}).
 */
public record ReservationAvailabilityDto(String type, boolean available, Reason reason, Slot slot,
                                         List<Slot> alternatives) {

    public record Reason(String code, String message) {
    }

    public record Slot(Long serviceId, String serviceName, LocalDate date, String time, Instant startsAt,
                       Instant endsAt, int durationMinutes, Long roomId, String roomName, List<Table> tables,
                       boolean roomPreferenceHonoured, List<Offer> offers) {

        static Slot of(ReservationSlot slot) {
            return new Slot(slot.serviceId(), slot.serviceName(), slot.serviceDate(),
                    slot.startsAt().toLocalTime().toString(), slot.startsAt().toInstant(), slot.endsAt().toInstant(),
                    slot.durationMinutes(), slot.roomId(), slot.roomName(),
                    slot.tables().stream().map(t -> new Table(t.id(), t.label(), t.maxCovers())).toList(),
                    slot.roomPreferenceHonoured(), slot.offers().stream().map(Offer::of).toList());
        }
    }

    public record Table(Long id, String label, int maxCovers) {
    }

    public record Offer(Long id, String name, String description) {

        static Offer of(ApplicableOffer offer) {
            return new Offer(offer.id(), offer.name(), offer.description());
        }
    }

    static ReservationAvailabilityDto of(ReservationAvailability availability) {
        return new ReservationAvailabilityDto("reservation", availability.available(),
                availability.available() ? null : new Reason(availability.reasonCode(), availability.reason()),
                availability.slot() == null ? null : Slot.of(availability.slot()),
                availability.alternatives().stream().map(Slot::of).toList());
    }
}
