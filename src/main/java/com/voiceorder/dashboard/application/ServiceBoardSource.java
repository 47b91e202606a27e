package com.voiceorder.dashboard.application;

/**
 * Where the service board's data comes from. Today {@link TodayServiceBoardSource} reads the day's
 * orders and reservations; a kitchen timeline (orders by promised time across midnight) can replace it.
 */
public interface ServiceBoardSource {

    /** The board of the restaurant's current day, in its zone. */
    ServiceBoard today(long restaurantId);
}
