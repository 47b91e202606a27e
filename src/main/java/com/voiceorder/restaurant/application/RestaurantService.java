package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.RestaurantProfile;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/** Creating and configuring restaurants. Restaurants are deactivated, never deleted (orders and calls point to them). */
@ApplicationScoped
@Transactional
public class RestaurantService {

    private static final Logger LOG = Logger.getLogger(RestaurantService.class.getName());

    private final RestaurantRepository restaurants;
    private final Clock clock;

    @Inject
    public RestaurantService(RestaurantRepository restaurants, Clock clock) {
        this.restaurants = restaurants;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected RestaurantService() {
        this(null, null);
    }

    public List<RestaurantSummary> list(boolean activeOnly) {
        return restaurants.findAll(activeOnly).stream().map(RestaurantSummary::of).toList();
    }

    /** What the user may see: every restaurant for an admin, their memberships for others (inactive ones included). */
    public List<RestaurantSummary> listVisibleTo(AuthenticatedUser user) {
        return restaurants.findAll(false).stream()
                .filter(restaurant -> user.canAccess(restaurant.getId()))
                .map(RestaurantSummary::of)
                .toList();
    }

    public Restaurant get(Long restaurantId) {
        return restaurants.findById(restaurantId).orElseThrow(() -> new NotFoundException("Restaurant", restaurantId));
    }

    public Restaurant create(RestaurantCommand command) {
        RestaurantProfile profile = command.toProfile();
        Restaurant restaurant = new Restaurant(profile);
        ensureSlugIsFree(profile.slug(), null);
        restaurants.add(restaurant);
        LOG.info(() -> "Restaurant " + restaurant.getId() + " created: " + restaurant.name());
        return restaurant;
    }

    public Restaurant update(Long restaurantId, RestaurantCommand command) {
        Restaurant restaurant = get(restaurantId);
        RestaurantProfile profile = command.toProfile();
        ensureSlugIsFree(profile.slug(), restaurantId);
        restaurant.updateProfile(profile);
        return restaurant;
    }

    public void deactivate(Long restaurantId) {
        get(restaurantId).deactivate();
        LOG.info(() -> "Restaurant " + restaurantId + " deactivated");
    }

    public void activate(Long restaurantId) {
        get(restaurantId).activate();
    }

    public Restaurant replaceOpeningHours(Long restaurantId, List<OpeningHours> hours) {
        Restaurant restaurant = get(restaurantId);
        restaurant.replaceOpeningHours(hours);
        return restaurant;
    }

    public Restaurant replaceClosures(Long restaurantId, List<ExceptionalClosure> closures) {
        Restaurant restaurant = get(restaurantId);
        restaurant.replaceClosures(closures);
        return restaurant;
    }

    public Restaurant configureDelivery(Long restaurantId, DeliveryRules rules, List<DeliveryZone> zones) {
        Restaurant restaurant = get(restaurantId);
        restaurant.configureDelivery(rules, zones);
        return restaurant;
    }

    public Restaurant updateKitchenCapacity(Long restaurantId, KitchenCapacity capacity) {
        Restaurant restaurant = get(restaurantId);
        restaurant.updateKitchenCapacity(capacity);
        return restaurant;
    }

    /** The restaurant's time zone (its dates and local times are read in it). */
    public ZoneId zoneOf(Long restaurantId) {
        return get(restaurantId).zone();
    }

    /** Today's date in the restaurant's zone (it may differ from the server's date around midnight). */
    public LocalDate today(Long restaurantId) {
        return LocalDate.now(clock.withZone(zoneOf(restaurantId)));
    }

    /** Open right now by its hours and closures (whether active or not). */
    public boolean exists(Long restaurantId) {
        return restaurants.findById(restaurantId).isPresent();
    }

    public boolean isOpenNow(Long restaurantId) {
        return get(restaurantId).isOpenAt(clock.instant());
    }

    /** Checked before any change, so the query's auto-flush never writes a conflicting slug. */
    private void ensureSlugIsFree(String requestedSlug, Long owner) {
        String slug = requestedSlug == null || requestedSlug.isBlank() ? null : requestedSlug.strip();
        if (slug != null && restaurants.findBySlug(slug).filter(other -> !Objects.equals(other.getId(), owner)).isPresent()) {
            throw new DomainException("slug", "The slug " + slug + " is already taken");
        }
    }
}
