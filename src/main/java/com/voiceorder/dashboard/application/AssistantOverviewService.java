package com.voiceorder.dashboard.application;

import com.voiceorder.calls.application.CallLogService;
import com.voiceorder.calls.application.LineMonitor;
import com.voiceorder.restaurant.application.RestaurantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** The administrators' overview of every assistant: each line's live status and today's figures on it. */
@ApplicationScoped
@Transactional
public class AssistantOverviewService {

    private LineMonitor monitor;
    private CallLogService calls;
    private RestaurantService restaurants;

    @Inject
    public AssistantOverviewService(LineMonitor monitor, CallLogService calls, RestaurantService restaurants) {
        this.monitor = monitor;
        this.calls = calls;
        this.restaurants = restaurants;
    }

    protected AssistantOverviewService() {
    }

    /** A card per phone line of every restaurant, "today" being each restaurant's own date. */
    public List<AssistantCard> cards() {
        return AssistantCard.of(monitor.allLines(), restaurants::today, restaurant -> calls.listCalls(restaurant,
                restaurants.today(restaurant), restaurants.zoneOf(restaurant), Set.of()));
    }
}
