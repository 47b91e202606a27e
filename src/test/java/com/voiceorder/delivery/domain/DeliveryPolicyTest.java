package com.voiceorder.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The delivery decision, table-driven: zones override the radius, fees, minimums, threshold and ETA. */
class DeliveryPolicyTest {

    /** 5 km radius, 3.50 € fee, 15 € minimum, free from 40 €; zone 13001 at 2 € (minimum 12 €), 13002 at 4 €. */
    private static final DeliveryPolicy RADIUS_AND_ZONES = new DeliveryPolicy(
            new DeliveryRules(true, 5000, 350, 1500, 4000L),
            List.of(new DeliveryZone("13001", 200, 1200L), new DeliveryZone("13002", 400, null)), 20);
    private static final DeliveryPolicy RADIUS_ONLY = new DeliveryPolicy(
            new DeliveryRules(true, 5000, 350, 1500, null), List.of(), 25);
    private static final DeliveryPolicy ZONES_ONLY = new DeliveryPolicy(
            new DeliveryRules(true, 0, 350, 1500, 4000L), List.of(new DeliveryZone("13001", 200, null)), 20);
    private static final DeliveryPolicy DISABLED = new DeliveryPolicy(DeliveryRules.disabled(), List.of(), 20);

    private static DeliveryPolicy policy(String name) {
        return switch (name) {
            case "radius+zones" -> RADIUS_AND_ZONES;
            case "radius" -> RADIUS_ONLY;
            case "zones" -> ZONES_ONLY;
            case "disabled" -> DISABLED;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: {1} at {2} m → {3} by {4}, zone {5}, fee {6}, min {7}, free from {8}, ETA {9}")
    @CsvSource(nullValues = "-", value = {
            // policy,     postal, meters, deliverable, method,                  zone,  fee, min,  free, eta
            "radius+zones, 13001,  9000,   true,  GOOGLE_POSTAL_CODE_ZONE, 13001, 200, 1200, 4000, 32",
            "radius+zones, 13002,  1000,   true,  GOOGLE_POSTAL_CODE_ZONE, 13002, 400, 1500, 4000, 32",
            "radius+zones, 13 002, 1000,   true,  GOOGLE_POSTAL_CODE_ZONE, 13002, 400, 1500, 4000, 32",
            "radius+zones, 13005,  4999,   true,  GOOGLE_ROAD_DISTANCE,    -,     350, 1500, 4000, 32",
            "radius+zones, 13005,  5000,   true,  GOOGLE_ROAD_DISTANCE,    -,     350, 1500, 4000, 32",
            "radius+zones, 13005,  5001,   false, GOOGLE_ROAD_DISTANCE,    -,     -,   -,    -,    -",
            "radius+zones, -,      2000,   true,  GOOGLE_ROAD_DISTANCE,    -,     350, 1500, 4000, 32",
            "radius,       13001,  4000,   true,  GOOGLE_ROAD_DISTANCE,    -,     350, 1500, -,    37",
            "radius,       13001,  6000,   false, GOOGLE_ROAD_DISTANCE,    -,     -,   -,    -,    -",
            "zones,        13001,  20000,  true,  GOOGLE_POSTAL_CODE_ZONE, 13001, 200, 1500, 4000, 32",
            "zones,        13005,  100,    false, GOOGLE_POSTAL_CODE_ZONE, -,     -,   -,    -,    -",
            "zones,        -,      100,    false, GOOGLE_POSTAL_CODE_ZONE, -,     -,   -,    -,    -",
            "disabled,     13001,  100,    false, DELIVERY_DISABLED,       -,     -,   -,    -,    -"})
    void by_road(String policyName, String postalCode, long meters, boolean deliverable, DeliveryMethod method,
                 String zone, Long fee, Long minimum, Long freeFrom, Integer eta) {
        DeliveryPolicy policy = policy(policyName);
        Optional<Route> route = Optional.of(new Route(meters, Duration.ofSeconds(11 * 60 + 30)));

        DeliveryDecision decision = policy.byRoad(postalCode, route);

        assertThat(decision.deliverable()).as(decision.reason()).isEqualTo(deliverable);
        assertThat(decision.method()).isEqualTo(method);
        assertThat(decision.terms() == null ? null : decision.terms().zone()).isEqualTo(zone);
        assertThat(decision.terms() == null ? null : decision.terms().feeCents()).isEqualTo(fee);
        assertThat(decision.terms() == null ? null : decision.terms().minimumOrderCents()).isEqualTo(minimum);
        assertThat(decision.terms() == null ? null : decision.terms().freeDeliveryThresholdCents()).isEqualTo(freeFrom);
        assertThat(decision.deliverable() ? policy.etaMinutes(route) : null).isEqualTo(eta);
    }

    @ParameterizedTest(name = "{0}: {1} → {2} ({4})")
    @CsvSource(nullValues = "-", value = {
            "radius+zones, 13001, true,  13001, is a delivery zone (Google is down)",
            "radius+zones, 13005, false, -,     distance cannot be measured (Google is down): only staff can accept it",
            "radius+zones, -,     false, -,     No postal code in the address: ask the caller for it",
            "zones,        13005, false, -,     No delivery to postal code 13005 (delivery zones: 13001)",
            "radius,       13001, false, -,     distance cannot be measured",
            "disabled,     13001, false, -,     does not deliver"})
    void by_postal_code_when_google_cannot_tell(String policyName, String postalCode, boolean deliverable, String zone,
                                                String reason) {
        DeliveryDecision decision = policy(policyName).byPostalCode(postalCode, "Google is down");

        assertThat(decision.deliverable()).isEqualTo(deliverable);
        assertThat(decision.method()).isEqualTo(policyName.equals("disabled")
                ? DeliveryMethod.DELIVERY_DISABLED : DeliveryMethod.POSTAL_CODE_ZONE);
        assertThat(decision.terms() == null ? null : decision.terms().zone()).isEqualTo(zone);
        assertThat(decision.reason()).contains(reason);
    }

    @ParameterizedTest(name = "{0} m beyond a 5 km radius → \"{1}\"")
    @CsvSource({"7800, '7.8 km by road, beyond the 5.0 km delivery radius'",
            "3240, '3.2 km by road, within the 5.0 km delivery radius'"})
    void the_reason_states_the_distance_and_the_radius(long meters, String reason) {
        DeliveryDecision decision = RADIUS_ONLY.byRoad("13005", Optional.of(new Route(meters, Duration.ofMinutes(9))));

        assertThat(decision.reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"radius+zones", "radius"})
    void no_road_route_is_no_delivery(String policyName) {
        DeliveryDecision decision = policy(policyName).byRoad("13005", Optional.empty());

        assertThat(decision.deliverable()).isFalse();
        assertThat(decision.reason()).isEqualTo("No road route to this address");
        assertThat(policy(policyName).etaMinutes(Optional.empty())).isNull();
    }

    @ParameterizedTest(name = "{0} s of driving → {1} min")
    @CsvSource({"0, 0", "1, 1", "60, 1", "61, 2", "545, 10"})
    void travel_minutes_round_up(long seconds, int minutes) {
        assertThat(new Route(100, Duration.ofSeconds(seconds)).travelMinutes()).isEqualTo(minutes);
    }
}
