package com.voiceorder.dashboard.application;

import com.voiceorder.calls.application.DailyCallFigures;
import com.voiceorder.ordering.application.DailyOrderFigures;
import java.time.LocalDate;
import java.util.List;

/**
 * The home page's figures: today (calls, orders, covers per service) and one point per day of the
 * period ending today, for the charts.
 */
public record HomeFigures(LocalDate today, DailyCallFigures callsToday, DailyOrderFigures ordersToday,
                          List<ServiceCovers> coversToday, List<Day> period) {

    public HomeFigures {
        coversToday = List.copyOf(coversToday);
        period = List.copyOf(period);
    }

    /** Today's bookings and covers of one dining service. */
    public record ServiceCovers(String service, int reservations, int covers) {
    }

    /** One day of the period. */
    public record Day(LocalDate day, DailyCallFigures calls, DailyOrderFigures orders, int covers) {
    }

    /** Calls turned into an order or a booking, over answered calls, today. */
    public double conversionToday() {
        return callsToday.conversion();
    }
}
