package com.voiceorder.dashboard.application;

import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board from the orders created today and today's reservations (orders placed yesterday for
 * today are not seen: a kitchen timeline by promised time will cover them). One transaction, so
 * order lines load with the orders.
 */
@ApplicationScoped
@Transactional
public class TodayServiceBoardSource implements ServiceBoardSource {

    private RestaurantService restaurants;
    private OrderService orders;
    private ReservationService reservations;
    private DiningSetupService dining;
    private Clock clock;

    @Inject
    public TodayServiceBoardSource(RestaurantService restaurants, OrderService orders,
                                   ReservationService reservations, DiningSetupService dining, Clock clock) {
        this.restaurants = restaurants;
        this.orders = orders;
        this.reservations = reservations;
        this.dining = dining;
        this.clock = clock;
    }

    protected TodayServiceBoardSource() {
    }

    @Override
    public ServiceBoard today(long restaurantId) {
        ZoneId zone = restaurants.zoneOf(restaurantId);
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        return ServiceBoard.of(new ServiceBoard.Inputs(day, zone, now,
                orders.listForDay(restaurantId, day, zone, Set.of()),
                reservations.listForDay(restaurantId, day, Set.of()),
                dining.listServices(restaurantId),
                dining.listTables(restaurantId).stream().collect(Collectors.toMap(DiningTable::getId, DiningTable::getLabel)),
                dining.listOffers(restaurantId).stream().collect(Collectors.toMap(Offer::getId, Offer::getName))));
    }
}
