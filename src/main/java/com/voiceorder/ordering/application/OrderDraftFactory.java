package com.voiceorder.ordering.application;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlot;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.ordering.domain.KitchenDemand;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryTerms;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.Money;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices a {@link TakeOrderCommand} into an {@link OrderDraft}: each line from the real menu — an
 * item with its options ({@link MenuItem#validateChoice}), or a formula at its price with one
 * allowed item per course plus the price deltas of that item's options — then, for a delivery, the
 * terms of the delivery decision given with the command, else of the address's postal code (or the
 * general rules): the fee (free from the threshold) and the minimum order. Items sold out or off the
 * menu are refused with orderable alternatives ({@link ItemUnavailableException}). Pure: no database,
 * no clock; errors name the request field at fault ({@code lines[1].optionIds}, {@code address}, …).
 */
public final class OrderDraftFactory {

    static final int MAX_QUANTITY = 999;
    private static final int MAX_ALTERNATIVES = 5;
    private static final Pattern POSTAL_CODE = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)");

    /** @param today today's date in the restaurant's zone (for a requested time given as a bare time) */
    public OrderDraft draft(Restaurant restaurant, TakeOrderCommand command, OrderMenu menu, LocalDate today) {
        if (command == null || command.type() == null) {
            throw new DomainException("type", "type is required: pickup, delivery or dine_in");
        }
        if (command.lines().isEmpty()) {
            throw new DomainException("lines", "an order needs at least one line");
        }
        Kitchen kitchen = new Kitchen(restaurant.kitchenCapacity().defaultPrepMinutes());
        List<PlaceOrderCommand.Line> lines = new ArrayList<>();
        long subtotal = 0;
        for (int i = 0; i < command.lines().size(); i++) {
            PlaceOrderCommand.Line line = priceLine("lines[" + i + "]", command.lines().get(i), menu, kitchen, restaurant);
            lines.add(line);
            subtotal = Math.addExact(subtotal, lineTotal(line));
        }
        PhoneNumber phone = phoneOf(command.customerPhone(), restaurant.countryCode());
        PlaceOrderCommand.Address address = null;
        long deliveryFee = 0;
        Duration travel = null;
        if (command.type() == OrderType.DELIVERY) {
            if (phone == null) {
                throw new DomainException("customer.phone", "a delivery needs the customer's phone number");
            }
            address = parseAddress(command.address(), restaurant.city());
            DeliveryDecision decision = command.delivery();
            DeliveryTerms terms;
            if (decision == null) {
                terms = deliveryTerms(restaurant, address.postalCode());
            } else {
                if (!restaurant.deliveryRules().enabled()) {
                    throw new DomainException("type", restaurant.name() + " does not deliver");
                }
                terms = decision.terms();
                travel = decision.travelTime();
                address = new PlaceOrderCommand.Address(address.street(), address.postalCode(), address.city(),
                        decision.latitude(), decision.longitude(), null);
            }
            if (!terms.meetsMinimum(subtotal)) {
                throw new DomainException("lines", "The minimum order for delivery"
                        + (terms.zone() == null ? "" : " to " + terms.zone()) + " is "
                        + format(terms.minimumOrderCents(), restaurant) + "; this order comes to "
                        + format(subtotal, restaurant));
            }
            deliveryFee = terms.feeFor(subtotal);
        }
        PlaceOrderCommand placed = new PlaceOrderCommand(command.type(), command.source(), null, command.callId(),
                command.test(), blankToNull(command.customerName()), phone, address, deliveryFee,
                requestedTime(command.requestedTime(), restaurant.zone(), today)
                        .map(ZonedDateTime::toInstant).orElse(null),
                blankToNull(command.notes()), lines);
        return new OrderDraft(placed, kitchen.demand(), travel);
    }

    private static PlaceOrderCommand.Line priceLine(String field, TakeOrderCommand.Line requested, OrderMenu menu,
                                                    Kitchen kitchen, Restaurant restaurant) {
        if (requested == null) {
            throw new DomainException(field, "the line is empty");
        }
        if ((requested.itemId() == null) == (requested.formulaId() == null)) {
            throw new DomainException(field + ".itemId", "a line orders either an item (itemId) or a formula (formulaId)");
        }
        if (requested.quantity() < 1 || requested.quantity() > MAX_QUANTITY) {
            throw new DomainException(field + ".quantity", "quantity is between 1 and " + MAX_QUANTITY);
        }
        return requested.itemId() != null
                ? priceItemLine(field, requested, menu, kitchen, restaurant)
                : priceFormulaLine(field, requested, menu, kitchen, restaurant);
    }

    private static PlaceOrderCommand.Line priceItemLine(String field, TakeOrderCommand.Line requested, OrderMenu menu,
                                                        Kitchen kitchen, Restaurant restaurant) {
        if (!requested.choices().isEmpty()) {
            throw new DomainException(field + ".choices", "only a formula line has choices");
        }
        MenuItem item = menu.item(requested.itemId()).orElseThrow(() -> new DomainException(field + ".itemId",
                "No menu item " + requested.itemId() + " in this restaurant"));
        ensureOrderable(field + ".itemId", item, menu.orderableInCategory(item.categoryId()), restaurant);
        List<PlaceOrderCommand.Option> options = options(field + ".optionIds", item, requested.optionIds(), "");
        kitchen.cook(item, requested.quantity());
        return new PlaceOrderCommand.Line(item.getId(), null, item.name(), item.priceCents(), requested.quantity(),
                options, List.of(), blankToNull(requested.notes()));
    }

    private static PlaceOrderCommand.Line priceFormulaLine(String field, TakeOrderCommand.Line requested,
                                                           OrderMenu menu, Kitchen kitchen, Restaurant restaurant) {
        Formula formula = menu.formula(requested.formulaId()).orElseThrow(() -> new DomainException(
                field + ".formulaId", "No formula " + requested.formulaId() + " in this restaurant"));
        if (!formula.isOrderable()) {
            throw new DomainException(field + ".formulaId", formula.name() + " is not on the menu");
        }
        if (!requested.optionIds().isEmpty()) {
            throw new DomainException(field + ".optionIds",
                    "options of a formula go with the item chosen for each course (choices[].optionIds)");
        }
        List<FormulaSlot> slots = formula.slots();
        Map<Integer, Long> chosen = new HashMap<>();
        List<PlaceOrderCommand.Choice> choices = new ArrayList<>();
        List<PlaceOrderCommand.Option> options = new ArrayList<>();
        for (int j = 0; j < requested.choices().size(); j++) {
            String choiceField = field + ".choices[" + j + "]";
            TakeOrderCommand.Choice choice = requested.choices().get(j);
            if (choice == null || choice.slotId() == null || choice.itemId() == null) {
                throw new DomainException(choiceField, "a choice needs its slotId (the course's index) and itemId");
            }
            if (choice.slotId() < 0 || choice.slotId() >= slots.size()) {
                throw new DomainException(choiceField + ".slotId", formula.name() + " has no course " + choice.slotId()
                        + " (courses 0 to " + (slots.size() - 1) + ")");
            }
            FormulaSlot slot = slots.get(choice.slotId());
            if (chosen.putIfAbsent(choice.slotId(), choice.itemId()) != null) {
                throw new DomainException(choiceField + ".slotId", formula.name() + ": the " + slot.name()
                        + " is chosen twice");
            }
            MenuItem item = menu.item(choice.itemId())
                    .filter(slot::allows)
                    .orElseThrow(() -> new DomainException(choiceField + ".itemId", formula.name() + ": item "
                            + choice.itemId() + " cannot be chosen as " + slot.name()));
            ensureOrderable(choiceField + ".itemId", item, allowedIn(slot, menu), restaurant);
            options.addAll(options(choiceField + ".optionIds", item, choice.optionIds(), item.name() + ", "));
            choices.add(new PlaceOrderCommand.Choice(slot.name(), item.getId(), item.name()));
            kitchen.cook(item, requested.quantity());
        }
        if (choices.isEmpty()) {
            kitchen.cookDefault(requested.quantity());
        }
        try {
            formula.validateChoices(chosen, id -> menu.item(id).orElse(null));
        } catch (DomainException e) {
            throw new DomainException(field + ".choices", e.getMessage());
        }
        return new PlaceOrderCommand.Line(null, formula.getId(), formula.name(), formula.priceCents(),
                requested.quantity(), options, choices, blankToNull(requested.notes()));
    }

    /** Refuses an item that is sold out or off the menu, naming orderable ones from {@code candidates}. */
    private static void ensureOrderable(String field, MenuItem item, List<MenuItem> candidates,
                                        Restaurant restaurant) {
        if (item.isOrderable()) {
            return;
        }
        List<MenuAlternative> alternatives = candidates.stream()
                .filter(candidate -> candidate.isOrderable() && !candidate.getId().equals(item.getId()))
                .limit(MAX_ALTERNATIVES)
                .map(MenuAlternative::of)
                .toList();
        String problem = item.name() + (item.isAvailable() ? " is sold out" : " is not on the menu");
        String offer = alternatives.isEmpty() ? "; nothing similar is left"
                : "; instead: " + String.join(", ", alternatives.stream()
                        .map(alternative -> alternative.name() + " (" + format(alternative.priceCents(), restaurant) + ")")
                        .toList());
        throw new ItemUnavailableException(field, problem + offer, alternatives);
    }

    /** Orderable items a course allows: listed ones, then those of its categories, in menu order. */
    private static List<MenuItem> allowedIn(FormulaSlot slot, OrderMenu menu) {
        Map<Long, MenuItem> allowed = new LinkedHashMap<>();
        slot.allowedItemIds().stream().sorted()
                .forEach(id -> menu.item(id).ifPresent(found -> allowed.put(found.getId(), found)));
        slot.allowedCategoryIds().stream().sorted()
                .forEach(category -> menu.orderableInCategory(category)
                        .forEach(found -> allowed.putIfAbsent(found.getId(), found)));
        return List.copyOf(allowed.values());
    }

    private static List<PlaceOrderCommand.Option> options(String field, MenuItem item, List<Long> optionIds,
                                                          String prefix) {
        try {
            item.validateChoice(optionIds);
        } catch (DomainException e) {
            throw new DomainException(field, e.getMessage());
        }
        return optionIds.stream()
                .map(id -> {
                    MenuOption option = item.option(id).orElseThrow();
                    return new PlaceOrderCommand.Option(id,
                            Guard.truncated(prefix + option.group().name() + ": " + option.name(), 200),
                            option.priceDeltaCents());
                })
                .toList();
    }

    static long lineTotal(PlaceOrderCommand.Line line) {
        long unit = line.unitPriceCents();
        for (PlaceOrderCommand.Option option : line.options()) {
            unit = Math.addExact(unit, option.priceDeltaCents());
        }
        return Math.multiplyExact(unit, line.quantity());
    }

    /** Adds up what the lines ask of the kitchen: items cooked, and the longest preparation. */
    private static final class Kitchen {
        private final int defaultPrepMinutes;
        private int items;
        private int prepMinutes;

        Kitchen(int defaultPrepMinutes) {
            this.defaultPrepMinutes = defaultPrepMinutes;
        }

        void cook(MenuItem item, int quantity) {
            items = Math.addExact(items, quantity);
            prepMinutes = Math.max(prepMinutes, item.prepMinutes() != null ? item.prepMinutes() : defaultPrepMinutes);
        }

        /** A formula with no course chosen still makes one dish per unit. */
        void cookDefault(int quantity) {
            items = Math.addExact(items, quantity);
            prepMinutes = Math.max(prepMinutes, defaultPrepMinutes);
        }

        KitchenDemand demand() {
            return new KitchenDemand(Math.max(1, items), prepMinutes);
        }
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
