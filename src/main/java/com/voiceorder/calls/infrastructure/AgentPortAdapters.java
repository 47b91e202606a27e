package com.voiceorder.calls.infrastructure;

import com.voiceorder.availability.application.AvailabilityService;
import com.voiceorder.availability.application.ReservationSlot;
import com.voiceorder.calls.application.DeliveryChecks;
import com.voiceorder.calls.application.OrderTiming;
import com.voiceorder.calls.application.ReservationAvailability;
import com.voiceorder.delivery.application.DeliveryCheckResult;
import com.voiceorder.delivery.application.DeliveryCheckService;
import com.voiceorder.ordering.application.OrderTimingService;
import com.voiceorder.ordering.application.OrderingConfig;
import com.voiceorder.ordering.application.TimingProposal;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The agent's tools see availability, kitchen timing and delivery through small ports of their own;
 * these are the adapters onto the engine's services.
 */
@ApplicationScoped
public class AgentPortAdapters {

    /** Items assumed for a timing question asked before the order is known. */
    private static final int TYPICAL_ORDER_ITEMS = 2;

    @Produces
    @Singleton
    ReservationAvailability reservationAvailability(AvailabilityService availability) {
        return (restaurantId, date, time, partySize) -> {
            var answer = availability.checkReservation(restaurantId, date, time, partySize, null, null);
            ReservationSlot slot = answer.slot();
            return new ReservationAvailability.Answer(answer.available(), slot == null ? null : slot.serviceId(),
                    slot == null ? null : slot.serviceName(), answer.reason(),
                    answer.alternatives().stream().map(s -> s.startsAt().toLocalDateTime()).toList());
        };
    }

    @Produces
    @Singleton
    OrderTiming orderTiming(OrderTimingService timing, RestaurantService restaurants, OrderingConfig config) {
        return (restaurantId, delivery, date, time) -> {
            LocalDate day = date != null ? date : restaurants.today(restaurantId);
            LocalDateTime requested = time == null ? null : LocalDateTime.of(day, time);
            TimingProposal proposal = timing.propose(restaurantId, delivery ? OrderType.DELIVERY : OrderType.PICKUP,
                    requested, TYPICAL_ORDER_ITEMS, delivery ? config.defaultDeliveryTravel() : Duration.ZERO);
            return new OrderTiming.Answer(proposal.available(), local(proposal.promisedTime()),
                    proposal.message(), proposal.alternatives().stream().map(ZonedDateTime::toLocalDateTime).toList());
        };
    }

    @Produces
    @Singleton
    DeliveryChecks deliveryChecks(DeliveryCheckService delivery) {
        return (restaurantId, address, customerId) -> {
            DeliveryCheckResult result = delivery.check(restaurantId, address, customerId);
            return new DeliveryChecks.Answer(result.deliverable(), result.needsConfirmation(),
                    result.formattedAddress(), result.feeCents(), result.minimumOrderCents(), result.etaMinutes(),
                    result.method() == null ? null : result.method().name().toLowerCase(Locale.ROOT), result.reason());
        };
    }

    private static LocalDateTime local(ZonedDateTime time) {
        return time == null ? null : time.toLocalDateTime();
    }

}
