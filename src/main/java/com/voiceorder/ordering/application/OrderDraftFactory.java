package com.voiceorder.ordering.application;

import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryTerms;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Money;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices a {@link TakeOrderCommand} into a {@link PlaceOrderCommand}: each line from the real menu
 * item (name and price as they are now, options checked with {@link MenuItem#validateChoice}), and
 * for a delivery the fee of the restaurant's terms for the address's postal code (or its general
 * rules), refusing an order under the minimum. Pure: no database, no clock; errors name the request
 * field at fault ({@code lines[1].optionIds}, {@code address}, …).
 */
public final class OrderDraftFactory {

    private static final Pattern POSTAL_CODE = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)");

    /**
     * @param menu  the restaurant's menu item with that id, empty when it has none
     * @param today today's date in the restaurant's zone (for a requested time given as a bare time)
     */
    public PlaceOrderCommand draft(Restaurant restaurant, TakeOrderCommand command,
                                   Function<Long, Optional<MenuItem>> menu, LocalDate today) {
        if (command == null || command.type() == null) {
            throw new DomainException("type", "type is required: pickup, delivery or dine_in");
        }
        if (command.lines().isEmpty()) {
            throw new DomainException("lines", "an order needs at least one line");
        }
        List<PlaceOrderCommand.Line> lines = new ArrayList<>();
        long subtotal = 0;
        for (int i = 0; i < command.lines().size(); i++) {
            PlaceOrderCommand.Line line = priceLine(i, command.lines().get(i), menu);
            lines.add(line);
            subtotal = Math.addExact(subtotal, lineTotal(line));
        }
        PhoneNumber phone = phoneOf(command.customerPhone(), restaurant.countryCode());
        PlaceOrderCommand.Address address = null;
        long deliveryFee = 0;
        if (command.type() == OrderType.DELIVERY) {
            if (phone == null) {
                throw new DomainException("customer.phone", "a delivery needs the customer's phone number");
            }
            address = parseAddress(command.address(), restaurant.city());
            DeliveryTerms terms = deliveryTerms(restaurant, address.postalCode());
            if (!terms.meetsMinimum(subtotal)) {
                throw new DomainException("lines", "The minimum order for delivery"
                        + (terms.zone() == null ? "" : " to " + terms.zone()) + " is "
                        + format(terms.minimumOrderCents(), restaurant) + "; this order comes to "
                        + format(subtotal, restaurant));
            }
            deliveryFee = terms.feeFor(subtotal);
        }
        return new PlaceOrderCommand(command.type(), command.source(), null, command.callId(), false,
                blankToNull(command.customerName()), phone, address, deliveryFee,
                requestedTime(command.requestedTime(), restaurant.zone(), today)
                        .map(ZonedDateTime::toInstant).orElse(null),
                blankToNull(command.notes()), lines);
    }

    private static PlaceOrderCommand.Line priceLine(int index, TakeOrderCommand.Line requested,
                                                    Function<Long, Optional<MenuItem>> menu) {
        String field = "lines[" + index + "]";
        if (requested == null) {
            throw new DomainException(field, "the line is empty");
        }
        if (requested.itemId() == null) {
            throw new DomainException(field + ".itemId", "itemId is required");
        }
        MenuItem item = menu.apply(requested.itemId()).orElseThrow(() -> new DomainException(field + ".itemId",
                "No menu item " + requested.itemId() + " in this restaurant"));
        if (!item.isAvailable()) {
            throw new DomainException(field + ".itemId", item.name() + " is not on the menu");
        }
        if (item.isSoldOut()) {
            throw new DomainException(field + ".itemId", item.name() + " is sold out");
        }
        if (requested.quantity() < 1 || requested.quantity() > 999) {
            throw new DomainException(field + ".quantity", "quantity is between 1 and 999");
        }
        try {
            item.validateChoice(requested.optionIds());
        } catch (DomainException e) {
            throw new DomainException(field + ".optionIds", e.getMessage());
        }
        List<PlaceOrderCommand.Option> options = requested.optionIds().stream()
                .map(id -> {
                    MenuOption option = item.option(id).orElseThrow();
                    return new PlaceOrderCommand.Option(id, option.group().name() + ": " + option.name(),
                            option.priceDeltaCents());
                })
                .toList();
        return new PlaceOrderCommand.Line(item.getId(), null, item.name(), item.priceCents(), requested.quantity(),
                options, List.of(), blankToNull(requested.notes()));
    }

    private static long lineTotal(PlaceOrderCommand.Line line) {
        long unit = line.unitPriceCents();
        for (PlaceOrderCommand.Option option : line.options()) {
            unit = Math.addExact(unit, option.priceDeltaCents());
        }
        return Math.multiplyExact(unit, line.quantity());
    }

    /**
     * The zone of the address's postal code when one matches; otherwise the general rules, which
     * apply within the delivery radius (the distance itself is the delivery capability's check).
     */
    static DeliveryTerms deliveryTerms(Restaurant restaurant, String postalCode) {
        DeliveryRules rules = restaurant.deliveryRules();
        if (!rules.enabled()) {
            throw new DomainException("type", restaurant.name() + " does not deliver");
        }
        Optional<DeliveryTerms> zone = postalCode == null ? Optional.empty()
                : restaurant.deliveryTermsFor(postalCode).filter(terms -> !terms.byRadius());
        if (zone.isPresent()) {
            return zone.get();
        }
        if (rules.radiusMeters() > 0) {
            return new DeliveryTerms(null, rules.feeCents(), rules.minimumOrderCents(),
                    rules.freeDeliveryThresholdCents());
        }
        throw new DomainException("address", postalCode == null
                ? "The address needs its postal code: deliveries go to listed postal codes only"
                : "No delivery to " + postalCode);
    }

    /**
     * "12 rue de la Paix, 13001 Marseille": the street before the 5-digit postal code, the city
     * after it. Without a postal code, the city is after the last comma, else the restaurant's.
     */
    static PlaceOrderCommand.Address parseAddress(String text, String defaultCity) {
        String address = blankToNull(text);
        if (address == null) {
            throw new DomainException("address", "a delivery needs an address");
        }
        if (address.length() > 400) {
            throw new DomainException("address", "the address is longer than 400 characters");
        }
        String street;
        String postalCode = null;
        String city;
        Matcher matcher = POSTAL_CODE.matcher(address);
        if (matcher.find()) {
            postalCode = matcher.group(1);
            street = address.substring(0, matcher.start());
            city = address.substring(matcher.end());
        } else {
            int comma = address.lastIndexOf(',');
            street = comma < 0 ? address : address.substring(0, comma);
            city = comma < 0 ? "" : address.substring(comma + 1);
        }
        street = trimSeparators(street);
        city = trimSeparators(city);
        if (street.isEmpty()) {
            throw new DomainException("address", "the address needs a street");
        }
        if (city.isEmpty()) {
            city = defaultCity;
        }
        if (street.length() > 300 || (city != null && city.length() > 120)) {
            throw new DomainException("address", "the street or city is too long");
        }
        if (city == null || city.isBlank()) {
            throw new DomainException("address", "the address needs a city");
        }
        return new PlaceOrderCommand.Address(street, postalCode, city, null, null, null);
    }

    /**
     * ISO-8601 with an offset ("2026-05-02T19:30:00+02:00", "…Z"), or local to the restaurant's
     * zone: a date-time ("2026-05-02T19:30") or a time today ("19:30"). Empty when not given.
     */
    static Optional<ZonedDateTime> requestedTime(String text, ZoneId zone, LocalDate today) {
        String value = blankToNull(text);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(zone));
        } catch (DateTimeException notWithOffset) {
            try {
                return Optional.of(ZonedDateTime.ofLocal(LocalDateTime.parse(value), zone, null));
            } catch (DateTimeException notLocalDateTime) {
                try {
                    return Optional.of(ZonedDateTime.ofLocal(today.atTime(LocalTime.parse(value)), zone, null));
                } catch (DateTimeException notTime) {
                    throw new DomainException("requestedTime",
                            "requestedTime is ISO-8601: 2026-05-02T19:30:00+02:00, 2026-05-02T19:30 or 19:30");
                }
            }
        }
    }

    private static PhoneNumber phoneOf(String raw, String country) {
        if (blankToNull(raw) == null) {
            return null;
        }
        return PhoneNumber.tryParse(raw, country)
                .orElseThrow(() -> new DomainException("customer.phone", "Invalid phone number: " + raw));
    }

    private static String format(long cents, Restaurant restaurant) {
        return new Money(cents, restaurant.currency()).format(restaurant.locale());
    }

    private static String trimSeparators(String text) {
        return text.replaceAll("^[\\s,;\\-]+|[\\s,;\\-]+$", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
