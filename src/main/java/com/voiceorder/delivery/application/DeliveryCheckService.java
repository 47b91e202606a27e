package com.voiceorder.delivery.application;

import com.voiceorder.delivery.domain.DeliveryDecision;
import com.voiceorder.delivery.domain.DeliveryMethod;
import com.voiceorder.delivery.domain.DeliveryPolicy;
import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeocodedAddress;
import com.voiceorder.delivery.domain.Route;
import com.voiceorder.delivery.domain.SpokenAddress;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks whether the restaurant delivers to an address the caller gave: Google places it and
 * measures the road from the restaurant, then the restaurant's zones, radius, fee, minimum and
 * free-delivery threshold decide; the ETA is the usual preparation time plus the drive. Without
 * a Google key, or when Google does not answer, the postal code heard in the caller's words and
 * the delivery zones decide, and the result says so. The restaurant's own coordinates, and those
 * of a customer's saved address, are geocoded once and stored.
 * Not transactional: no transaction stays open while Google is asked.
 */
@ApplicationScoped
public class DeliveryCheckService {

    static final int MAX_ADDRESS_LENGTH = 400;
    private static final Logger LOG = Logger.getLogger(DeliveryCheckService.class.getName());

    private final DeliveryFacts facts;
    private final GeoLookup geo;

    @Inject
    public DeliveryCheckService(DeliveryFacts facts, GeoLookup geo) {
        this.facts = facts;
        this.geo = geo;
    }

    /** For CDI proxies. */
    protected DeliveryCheckService() {
        this(null, null);
    }

    /**
     * The check for that address; {@code customerId} (optional) lets a saved address of the caller
     * skip geocoding. Blank or overlong addresses are refused (field {@code address}); an unknown
     * restaurant or customer is not found.
     */
    public DeliveryCheckResult check(Long restaurantId, String address, Long customerId) {
        String text = validated(address);
        RestaurantForDelivery restaurant = facts.restaurant(restaurantId);
        DeliveryPolicy policy = restaurant.policy();
        SpokenAddress spoken = SpokenAddress.parse(text);
        Optional<SavedPlace> saved = customerId == null ? Optional.empty()
                : facts.savedPlace(restaurantId, customerId, text);
        if (!policy.rules().enabled()) {
            return byWordsOnly(policy, spoken, null);
        }
        if (!geo.configured()) {
            return byWordsOnly(policy, spoken, "Google Maps is not configured");
        }
        GeoAnswer<GeoPoint> origin = restaurantLocation(restaurant);
        if (origin.found().isEmpty()) {
            return byWordsOnly(policy, spoken, origin.available()
                    ? "the restaurant's own address is not precisely on the map: set its coordinates"
                    : origin.unavailableReason());
        }
        Place place;
        if (saved.isPresent() && saved.get().location() != null) {
            place = Place.saved(saved.get());
        } else {
            GeoAnswer<GeocodedAddress> geocoded = geo.geocode(text, restaurant.regionCode(), restaurant.languageCode());
            if (!geocoded.available()) {
                return byWordsOnly(policy, spoken, geocoded.unavailableReason());
            }
            if (geocoded.found().isEmpty()) {
                return notFound(text);
            }
            place = Place.geocoded(geocoded.value());
            if (saved.isPresent() && !place.needsConfirmation()) {
                facts.locateSavedPlace(restaurantId, customerId, saved.get().addressId(), place.location());
            }
        }
        GeoAnswer<Route> route = geo.drive(origin.value(), place.location());
        if (!route.available()) {
            DeliveryDecision decision = policy.byPostalCode(
                    place.postalCode() != null ? place.postalCode() : spoken.postalCode(), route.unavailableReason());
            return DeliveryCheckResult.of(decision, place.formattedAddress(), place.postalCode(),
                    place.needsConfirmation(), null, null, null, place.saved());
        }
        DeliveryDecision decision = policy.byRoad(place.postalCode(), route.found());
        return DeliveryCheckResult.of(decision, place.formattedAddress(), place.postalCode(), place.needsConfirmation(),
                route.found().map(Route::distanceMeters).orElse(null),
                route.found().map(Route::travelMinutes).orElse(null),
                policy.etaMinutes(route.found()), place.saved());
    }

    /**
     * The stored coordinates, or the restaurant's address geocoded now and stored when precise;
     * nothing found when the address is incomplete or imprecise.
     */
    private GeoAnswer<GeoPoint> restaurantLocation(RestaurantForDelivery restaurant) {
        if (restaurant.location() != null) {
            return GeoAnswer.of(Optional.of(restaurant.location()));
        }
        if (restaurant.addressLine() == null) {
            return GeoAnswer.of(Optional.empty());
        }
        GeoAnswer<GeocodedAddress> answer = geo.geocode(restaurant.addressLine(), restaurant.regionCode(),
                restaurant.languageCode());
        if (!answer.available()) {
            return GeoAnswer.unavailable(answer.unavailableReason());
        }
        Optional<GeoPoint> precise = answer.found().filter(found -> found.locationType().precise())
                .map(GeocodedAddress::location);
        if (precise.isEmpty()) {
            LOG.warning(() -> "Restaurant " + restaurant.restaurantId() + " could not be placed precisely on the map");
        } else {
            facts.locateRestaurant(restaurant.restaurantId(), precise.get());
            LOG.info(() -> "Restaurant " + restaurant.restaurantId() + " placed on the map by geocoding its address");
        }
        return GeoAnswer.of(precise);
    }

    private static DeliveryCheckResult byWordsOnly(DeliveryPolicy policy, SpokenAddress spoken, String why) {
        DeliveryDecision decision = policy.byPostalCode(spoken.postalCode(), why);
        return DeliveryCheckResult.of(decision, spoken.summary(), spoken.postalCode(), false, null, null, null, false);
    }

    private static DeliveryCheckResult notFound(String text) {
        DeliveryDecision decision = new DeliveryDecision(false, DeliveryMethod.GOOGLE_ADDRESS_NOT_FOUND,
                "Google found no such address: ask the caller to repeat it with the postal code and city", null);
        return DeliveryCheckResult.of(decision, text, null, true, null, null, null, false);
    }

    private static String validated(String address) {
        if (address == null || address.isBlank()) {
            throw new DomainException("address", "An address is required");
        }
        String text = address.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_ADDRESS_LENGTH) {
            throw new DomainException("address", "The address is longer than " + MAX_ADDRESS_LENGTH + " characters");
        }
        return text;
    }

    /** Where the delivery goes: geocoded now, or a saved address already placed. */
    private record Place(String formattedAddress, GeoPoint location, String postalCode, boolean needsConfirmation,
            boolean saved) {

        static Place geocoded(GeocodedAddress address) {
            return new Place(address.formattedAddress(), address.location(), address.postalCode(),
                    address.needsConfirmation(), false);
        }

        static Place saved(SavedPlace place) {
            return new Place(place.oneLine(), place.location(), place.postalCode(), false, true);
        }
    }
}
