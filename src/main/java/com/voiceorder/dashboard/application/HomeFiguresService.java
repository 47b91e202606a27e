package com.voiceorder.dashboard.application;

import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.application.DailyCallFigures;
import com.voiceorder.ordering.application.DailyOrderFigures;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.reservations.application.DailyCovers;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Gathers the home page's figures from the orders, reservations and calls services. */
@ApplicationScoped
@Transactional
public class HomeFiguresService {

    private RestaurantService restaurants;
    private OrderService orders;
    private ReservationService reservations;
    private DiningSetupService dining;
    private CallLogService calls;

    @Inject
    public HomeFiguresService(RestaurantService restaurants, OrderService orders, ReservationService reservations,
                              DiningSetupService dining, CallLogService calls) {
        this.restaurants = restaurants;
        this.orders = orders;
        this.reservations = reservations;
        this.dining = dining;
        this.calls = calls;
    }

    protected HomeFiguresService() {
    }

    /** Today's figures and the last {@code days} days (today included), 1 to 366. */
    public HomeFigures figures(long restaurantId, int days) {
        if (days < 1 || days > 366) {
            throw new DomainException("days", "the period is 1 to 366 days");
        }
        ZoneId zone = restaurants.zoneOf(restaurantId);
        LocalDate today = restaurants.today(restaurantId);
        LocalDate first = today.minusDays(days - 1L);
        List<DailyCallFigures> callDays = calls.dailyFigures(restaurantId, first, today, zone);
        List<DailyOrderFigures> orderDays = orders.dailyFigures(restaurantId, first, today, zone);
        List<DailyCovers> covers = reservations.dailyCovers(restaurantId, first, today);
        Map<LocalDate, Integer> coversByDay = covers.stream()
                .collect(Collectors.groupingBy(DailyCovers::day, Collectors.summingInt(DailyCovers::covers)));
        List<HomeFigures.Day> period = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            period.add(new HomeFigures.Day(first.plusDays(i), callDays.get(i), orderDays.get(i),
                    coversByDay.getOrDefault(first.plusDays(i), 0)));
        }
        Map<Long, String> serviceNames = dining.listServices(restaurantId).stream()
                .collect(Collectors.toMap(DiningService::getId, DiningService::getName));
        List<HomeFigures.ServiceCovers> coversToday = covers.stream().filter(c -> c.day().equals(today))
                .map(c -> new HomeFigures.ServiceCovers(serviceNames.getOrDefault(c.serviceId(), "#" + c.serviceId()),
                        c.reservations(), c.covers()))
                .toList();
        return new HomeFigures(today, callDays.get(days - 1), orderDays.get(days - 1), coversToday, period);
    }
}
