/**
 * "Can we take this booking or order at that time?" across capabilities: the query the phone agent,
 * the dashboard and {@code GET /api/restaurants/{restaurantId}/availability} use. It depends on
 * reservations (and, once routed, ordering); they never depend on it, so the rules themselves live in
 * the capability that also writes under them ({@code reservations.domain.SeatingPlan}), and the
 * booking path re-checks them under its lock.
 */
package com.voiceorder.availability;
