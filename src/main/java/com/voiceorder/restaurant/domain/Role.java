package com.voiceorder.restaurant.domain;

/** What a user may do: admin sees every restaurant; owners and staff only their memberships. */
public enum Role {
    /** Every restaurant, admin pages (restaurants, voice lines, users). */
    ADMIN,
    /** Their restaurants, everything in them including settings. */
    OWNER,
    /** Their restaurants' service board, orders, reservations and messages. */
    STAFF
}
