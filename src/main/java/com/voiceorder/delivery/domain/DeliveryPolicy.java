package com.voiceorder.delivery.domain;

import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryTerms;
import com.voiceorder.restaurant.domain.DeliveryZone;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A restaurant's delivery rules read once, and the decision they give for an address. A postal
 * code listed as a zone is delivered to on that zone's terms whatever the distance; otherwise
 * the radius rule applies when there is a radius (by road distance), and nothing else is.
 * {@code prepMinutes} is the kitchen's usual preparation time, for the ETA.
 */
public record DeliveryPolicy(DeliveryRules rules, List<DeliveryZone> zones, int prepMinutes) {

    public DeliveryPolicy {
        zones = List.copyOf(zones);
    }

    /** The decision once Google placed the address (postal code may be null) and measured the route (empty: no road). */
    public DeliveryDecision byRoad(String postalCode, Optional<Route> route) {
        if (!rules.enabled()) {
            return disabled();
        }
        Optional<DeliveryTerms> zone = zoneTerms(postalCode);
        if (zone.isPresent()) {
            return DeliveryDecision.accepted(DeliveryMethod.GOOGLE_POSTAL_CODE_ZONE,
                    "Postal code " + zone.get().zone() + " is a delivery zone", zone.get());
        }
        if (rules.radiusMeters() == 0) {
            return DeliveryDecision.refused(DeliveryMethod.GOOGLE_POSTAL_CODE_ZONE, postalCode == null
                    ? "The address has no postal code, and deliveries go to the listed postal codes only"
                    : "No delivery to postal code " + postalCode + " (delivery zones: " + zoneList() + ")");
        }
        if (route.isEmpty()) {
            return DeliveryDecision.refused(DeliveryMethod.GOOGLE_ROAD_DISTANCE, "No road route to this address");
        }
        long meters = route.get().distanceMeters();
        if (meters <= rules.radiusMeters()) {
            return DeliveryDecision.accepted(DeliveryMethod.GOOGLE_ROAD_DISTANCE,
                    kilometers(meters) + " by road, within the " + kilometers(rules.radiusMeters()) + " delivery radius",
                    radiusTerms());
        }
        return DeliveryDecision.refused(DeliveryMethod.GOOGLE_ROAD_DISTANCE,
                kilometers(meters) + " by road, beyond the " + kilometers(rules.radiusMeters()) + " delivery radius");
    }

    /**
     * The decision without a distance (no Google key, or Google unavailable: {@code why}), from the
     * postal code heard in the caller's words (null when none was heard).
     */
    public DeliveryDecision byPostalCode(String postalCode, String why) {
        if (!rules.enabled()) {
            return disabled();
        }
        if (postalCode == null) {
            return DeliveryDecision.refused(DeliveryMethod.POSTAL_CODE_ZONE,
                    "No postal code in the address: ask the caller for it (" + why + ")");
        }
        Optional<DeliveryTerms> zone = zoneTerms(postalCode);
        if (zone.isPresent()) {
            return DeliveryDecision.accepted(DeliveryMethod.POSTAL_CODE_ZONE,
                    "Postal code " + zone.get().zone() + " is a delivery zone (" + why + ")", zone.get());
        }
        if (rules.radiusMeters() == 0) {
            return DeliveryDecision.refused(DeliveryMethod.POSTAL_CODE_ZONE,
                    "No delivery to postal code " + postalCode + " (delivery zones: " + zoneList() + ")");
        }
        return DeliveryDecision.refused(DeliveryMethod.POSTAL_CODE_ZONE, "Postal code " + postalCode
                + " is not a delivery zone and the distance cannot be measured (" + why
                + "): only staff can accept it");
    }

    /** Preparation plus travel, in minutes, when the travel time is known. */
    public Integer etaMinutes(Optional<Route> route) {
        return route.map(r -> prepMinutes + r.travelMinutes()).orElse(null);
    }

    private Optional<DeliveryTerms> zoneTerms(String postalCode) {
        if (postalCode == null) {
            return Optional.empty();
        }
        String wanted = DeliveryZone.normalisePostalCode(postalCode);
        return zones.stream()
                .filter(zone -> zone.postalCode().equals(wanted))
                .findFirst()
                .map(zone -> new DeliveryTerms(zone.postalCode(), zone.feeCents(),
                        zone.minimumOrderCents() != null ? zone.minimumOrderCents() : rules.minimumOrderCents(),
                        rules.freeDeliveryThresholdCents()));
    }

    private DeliveryTerms radiusTerms() {
        return new DeliveryTerms(null, rules.feeCents(), rules.minimumOrderCents(), rules.freeDeliveryThresholdCents());
    }

    private static DeliveryDecision disabled() {
        return DeliveryDecision.refused(DeliveryMethod.DELIVERY_DISABLED, "The restaurant does not deliver");
    }

    private String zoneList() {
        return zones.stream().map(DeliveryZone::postalCode).sorted().reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static String kilometers(long meters) {
        return String.format(Locale.ROOT, "%.1f km", meters / 1000.0);
    }
}
