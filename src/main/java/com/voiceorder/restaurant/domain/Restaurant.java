package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A restaurant: the tenant every other record belongs to. It knows where it is (address, time
 * zone), when it is open (weekly hours, exceptional closures), where it delivers and how much
 * its kitchen can take. Times are local to its zone; ranges may run past midnight.
 * A deactivated restaurant keeps its data but takes no calls.
 */
@Entity
@Table(name = "restaurant")
public class Restaurant extends BaseEntity {

    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "slug", length = 100)
    private String slug;

    @Column(name = "street", length = 300)
    private String street;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "city", length = 120)
    private String city;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "restaurant_opening_hours", joinColumns = @JoinColumn(name = "restaurant_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "restaurant_closure", joinColumns = @JoinColumn(name = "restaurant_id"))
    private List<ExceptionalClosure> closures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "restaurant_delivery_zone", joinColumns = @JoinColumn(name = "restaurant_id"))
    private List<DeliveryZone> deliveryZones = new ArrayList<>();

    @Embedded
    private DeliveryRules deliveryRules;

    @Embedded
    private KitchenCapacity kitchenCapacity;

    protected Restaurant() {
    }

    /** A new, active restaurant that does not deliver, with no opening hours yet and default kitchen capacity. */
    public Restaurant(RestaurantProfile profile) {
        updateProfile(profile);
        this.active = true;
        this.deliveryRules = DeliveryRules.disabled();
        this.kitchenCapacity = KitchenCapacity.defaults();
    }

    public void updateProfile(RestaurantProfile profile) {
        Guard.required("profile", profile);
        this.name = Guard.text("name", profile.name(), 200);
        String newSlug = Guard.optionalText("slug", profile.slug(), 100);
        if (newSlug != null && !newSlug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new DomainException("slug", "A slug is lowercase letters and digits separated by dashes: " + newSlug);
        }
        this.slug = newSlug;
        this.street = Guard.optionalText("street", profile.street(), 300);
        this.postalCode = Guard.optionalText("postalCode", profile.postalCode(), 20);
        this.city = Guard.optionalText("city", profile.city(), 120);
        String country = Guard.text("countryCode", profile.countryCode(), 2).toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(country)) {
            throw new DomainException("countryCode", "Not an ISO 3166 country code: " + country);
        }
        this.countryCode = country;
        if ((profile.latitude() == null) != (profile.longitude() == null)) {
            throw new DomainException("latitude", "Give both latitude and longitude, or neither");
        }
        if (profile.latitude() != null && Math.abs(profile.latitude()) > 90) {
            throw new DomainException("latitude", "Latitude must be between -90 and 90");
        }
        if (profile.longitude() != null && Math.abs(profile.longitude()) > 180) {
            throw new DomainException("longitude", "Longitude must be between -180 and 180");
        }
        this.latitude = profile.latitude();
        this.longitude = profile.longitude();
        this.phone = profile.phone() == null ? null : profile.phone().e164();
        this.email = Guard.optionalEmail("email", profile.email());
        this.timeZone = Guard.required("timeZone", profile.timeZone()).getId();
        String lang = Guard.text("language", profile.language(), 8).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new DomainException("language", "Supported languages are " + LANGUAGES + ", not " + lang);
        }
        this.language = lang;
        String code = profile.currency() == null ? "EUR" : profile.currency().strip().toUpperCase(Locale.ROOT);
        try {
            this.currency = Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new DomainException("currency", "Not an ISO 4217 currency: " + code);
        }
    }

    public RestaurantProfile profile() {
        return new RestaurantProfile(name, slug, street, postalCode, city, countryCode, latitude, longitude, phone(),
                email, zone(), language, currency);
    }

    /** Places the restaurant on the map (e.g. from geocoding its address); distances are measured from there. */
    public void locateAt(double newLatitude, double newLongitude) {
        if (Math.abs(newLatitude) > 90 || Math.abs(newLongitude) > 180) {
            throw new DomainException("latitude", "Coordinates out of range");
        }
        this.latitude = newLatitude;
        this.longitude = newLongitude;
    }

    /** "12 rue de la République, 13001 Marseille": the address to find it on a map; null without street or city. */
    public String addressLine() {
        if (street == null || (postalCode == null && city == null)) {
            return null;
        }
        return street + "," + (postalCode == null ? "" : " " + postalCode) + (city == null ? "" : " " + city);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    // --- opening hours and closures -------------------------------------------------------------

    /** Replaces the weekly hours at once; ranges must not overlap (a range past midnight counts on the next day). */
    public void replaceOpeningHours(List<OpeningHours> hours) {
        List<OpeningHours> ranges = List.copyOf(Guard.required("openingHours", hours));
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    throw new DomainException("openingHours",
                            "Opening ranges overlap: " + ranges.get(i) + " and " + ranges.get(j));
                }
            }
        }
        openingHours.clear();
        openingHours.addAll(ranges);
    }

    /** Replaces the exceptional closures at once; they must not overlap each other. */
    public void replaceClosures(List<ExceptionalClosure> newClosures) {
        List<ExceptionalClosure> list = List.copyOf(Guard.required("closures", newClosures));
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (list.get(i).overlaps(list.get(j))) {
                    throw new DomainException("closures", "Closures overlap: " + list.get(i) + " and " + list.get(j));
                }
            }
        }
        closures.clear();
        closures.addAll(list);
    }

    public boolean isClosedOn(LocalDate date) {
        return closures.stream().anyMatch(closure -> closure.includes(date));
    }

    /**
     * Whether the restaurant is open at that moment, read in its own time zone. A range belongs to
     * the day it starts on: Saturday 19:00–01:00 covers Sunday 00:30, unless Saturday is an
     * exceptional closure. Around DST changes the local clock decides: a range ending at 03:00 ends
     * at the first 03:00 that day.
     */
    public boolean isOpenAt(ZonedDateTime at) {
        return currentOpening(at).isPresent();
    }

    public boolean isOpenAt(Instant at) {
        return isOpenAt(at.atZone(zone()));
    }

    /** When the opening in progress at that moment ends, in the restaurant's zone; empty when closed. */
    public Optional<ZonedDateTime> closingTimeAfter(ZonedDateTime at) {
        return currentOpening(at).map(end -> end.atZone(zone()));
    }

    /** Open, and not yet within the last-order margin before closing. */
    public boolean isTakingOrdersAt(ZonedDateTime at) {
        return closingTimeAfter(at)
                .map(closing -> at.isBefore(closing.minusMinutes(kitchenCapacity.lastOrderMinutesBeforeClosing())))
                .orElse(false);
    }

    private Optional<LocalDateTime> currentOpening(ZonedDateTime at) {
        LocalDateTime local = at.withZoneSameInstant(zone()).toLocalDateTime();
        LocalDate today = local.toLocalDate();
        for (LocalDate serviceDate : List.of(today.minusDays(1), today)) {
            if (isClosedOn(serviceDate)) {
                continue;
            }
            for (OpeningHours range : openingHours) {
                if (range.covers(serviceDate, local)) {
                    return Optional.of(range.endOn(serviceDate));
                }
            }
        }
        return Optional.empty();
    }

    // --- delivery and kitchen -------------------------------------------------------------------

    /**
     * Replaces the delivery rules and the postal-code zones together. Each postal code appears once;
     * delivering needs a radius or at least one zone (zones override the radius rule).
     */
    public void configureDelivery(DeliveryRules rules, List<DeliveryZone> zones) {
        Guard.required("deliveryRules", rules);
        List<DeliveryZone> list = List.copyOf(Guard.required("deliveryZones", zones));
        Set<String> seen = new HashSet<>();
        for (DeliveryZone zone : list) {
            if (!seen.add(zone.postalCode())) {
                throw new DomainException("deliveryZones", "Postal code " + zone.postalCode() + " is listed twice");
            }
        }
        if (rules.enabled() && rules.radiusMeters() == 0 && list.isEmpty()) {
            throw new DomainException("radiusMeters", "Delivery needs a radius or at least one delivery zone");
        }
        this.deliveryRules = rules;
        deliveryZones.clear();
        deliveryZones.addAll(list);
    }

    public void updateDeliveryRules(DeliveryRules rules) {
        configureDelivery(rules, deliveryZones());
    }

    public void replaceDeliveryZones(List<DeliveryZone> zones) {
        configureDelivery(deliveryRules, zones);
    }

    /**
     * The terms for delivering to that postal code: empty when the restaurant does not deliver, or
     * has zones and none matches. Without zones the radius rule applies (the distance is checked by delivery).
     */
    public Optional<DeliveryTerms> deliveryTermsFor(String postalCode) {
        if (!deliveryRules.enabled()) {
            return Optional.empty();
        }
        if (deliveryZones.isEmpty()) {
            return Optional.of(new DeliveryTerms(null, deliveryRules.feeCents(), deliveryRules.minimumOrderCents(),
                    deliveryRules.freeDeliveryThresholdCents()));
        }
        String wanted = DeliveryZone.normalisePostalCode(postalCode);
        return deliveryZones.stream()
                .filter(zone -> zone.postalCode().equals(wanted))
                .findFirst()
                .map(zone -> new DeliveryTerms(zone.postalCode(), zone.feeCents(),
                        zone.minimumOrderCents() != null ? zone.minimumOrderCents() : deliveryRules.minimumOrderCents(),
                        deliveryRules.freeDeliveryThresholdCents()));
    }

    public void updateKitchenCapacity(KitchenCapacity capacity) {
        this.kitchenCapacity = Guard.required("kitchenCapacity", capacity);
    }

    // --- reading --------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String countryCode() {
        return countryCode;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public PhoneNumber phone() {
        return phone == null ? null : new PhoneNumber(phone);
    }

    public String email() {
        return email;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public boolean isActive() {
        return active;
    }

    /** Weekly ranges sorted by day then opening time. */
    public List<OpeningHours> openingHours() {
        return openingHours.stream()
                .sorted(Comparator.comparing(OpeningHours::dayOfWeek).thenComparing(OpeningHours::opens))
                .toList();
    }

    /** Closures sorted by start date. */
    public List<ExceptionalClosure> closures() {
        return closures.stream().sorted(Comparator.comparing(ExceptionalClosure::fromDate)).toList();
    }

    public List<DeliveryZone> deliveryZones() {
        return deliveryZones.stream().sorted(Comparator.comparing(DeliveryZone::postalCode)).toList();
    }

    public DeliveryRules deliveryRules() {
        return deliveryRules;
    }

    public KitchenCapacity kitchenCapacity() {
        return kitchenCapacity;
    }
}
