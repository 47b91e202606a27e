package com.voiceorder.base.application.demo;

import com.voiceorder.customers.application.CustomerCommand;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlot;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.application.PlaceOrderCommand;
import com.voiceorder.ordering.domain.DeliveryAddress;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineChoice;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.ordering.domain.OrderRepository;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.reservations.application.BookReservationCommand;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.ReservationSource;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Life in the demo restaurant: three regulars with their past orders (so "the usual" exists),
 * today's orders at various stages, and reservations for today and the next days. "Today" is
 * the day of {@code now} in the restaurant's zone.
 *
 * <p>Past orders are back-dated, which {@link OrderService} cannot do (it stamps orders with the
 * clock); they are built as domain objects and stored with the {@link OrderRepository}.
 */
final class DemoActivity {

    private final Restaurant restaurant;
    private final DemoMenu menu;
    private final DemoDining dining;
    private final CustomerService customers;
    private final OrderService orders;
    private final OrderRepository orderHistory;
    private final ReservationService reservations;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;

    private Customer mohamed;
    private Customer sophie;
    private Customer jeanPierre;

    DemoActivity(Restaurant restaurant, DemoMenu menu, DemoDining dining, CustomerService customers,
            OrderService orders, OrderRepository orderHistory, ReservationService reservations, Instant now) {
        this.restaurant = restaurant;
        this.menu = menu;
        this.dining = dining;
        this.customers = customers;
        this.orders = orders;
        this.orderHistory = orderHistory;
        this.reservations = reservations;
        this.zone = restaurant.zone();
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
    }

    void create() {
        createRegulars();
        createPastOrders();
        createTodaysOrders();
        createTodaysReservations();
        createUpcomingReservations();
    }

    // --- customers ------------------------------------------------------------------------------

    private void createRegulars() {
        mohamed = regular(new CustomerCommand("06 12 34 56 78", "Mohamed", "Benali", null, null,
                "Habitué du vendredi soir, aime sa pizza bien cuite"),
                new AddressDetails("Maison", "24 rue de la République", "13002", "Marseille", 43.2985, 5.3672,
                        "Interphone Benali, 3e étage"));
        sophie = regular(new CustomerCommand("06 98 76 54 32", "Sophie", "Martin", "sophie.martin@example.com",
                "Fruits à coque (noix, noisettes, amandes) — allergie sévère", null),
                new AddressDetails("Bureau", "15 rue Paradis", "13001", "Marseille", 43.2936, 5.3770,
                        "Accueil au rez-de-chaussée"));
        jeanPierre = regular(new CustomerCommand("07 81 23 45 67", "Jean-Pierre", "Roux", null, null,
                "Préfère la terrasse"),
                new AddressDetails("Maison", "8 boulevard de la Corderie", "13007", "Marseille", 43.2904, 5.3683,
                        "Digicode 4521B"));
    }

    private Customer regular(CustomerCommand details, AddressDetails address) {
        Customer customer = customers.create(restaurant.getId(), details);
        customers.addOrUpdateAddress(restaurant.getId(), customer.getId(), address);
        return customer;
    }

    // --- past orders (back-dated, completed) ----------------------------------------------------

    private void createPastOrders() {
        List<PlaceOrderCommand.Line> mohamedsUsual = List.of(
                line("Marseillaise", 1, "Grande (40 cm)", "Œuf"),
                line("Panisses de l'Estaque", 1),
                line("Limonade artisanale (33 cl)", 2));
        pastOrder(mohamed, 20, LocalTime.of(19, 40), OrderType.DELIVERY, mohamedsUsual);
        pastOrder(mohamed, 13, LocalTime.of(20, 5), OrderType.DELIVERY, mohamedsUsual);
        pastOrder(mohamed, 6, LocalTime.of(19, 55), OrderType.DELIVERY, List.of(
                line("Marseillaise", 1, "Grande (40 cm)", "Œuf"),
                line("Reine", 1, "Normale (31 cm)"),
                line("Limonade artisanale (33 cl)", 2)));

        List<PlaceOrderCommand.Line> sophiesUsual = List.of(
                line("Salade niçoise", 1),
                line("Tarte tropézienne", 1),
                line("Eau minérale (50 cl)", 1, "Pétillante"));
        pastOrder(sophie, 18, LocalTime.of(12, 10), OrderType.DELIVERY, sophiesUsual);
        pastOrder(sophie, 4, LocalTime.of(12, 5), OrderType.DELIVERY, sophiesUsual);

        List<PlaceOrderCommand.Line> jeanPierresUsual = List.of(
                line("Entrecôte grillée (300 g)", 1, "À point", "Frites maison", "Poivre"),
                line("Rosé de Provence AOP", 1, "Pichet (50 cl)"));
        pastOrder(jeanPierre, 27, LocalTime.of(19, 15), OrderType.PICKUP, jeanPierresUsual);
        pastOrder(jeanPierre, 16, LocalTime.of(19, 30), OrderType.PICKUP, jeanPierresUsual);
        pastOrder(jeanPierre, 9, LocalTime.of(20, 0), OrderType.DELIVERY, List.of(
                line("Entrecôte grillée (300 g)", 2, "À point", "Frites maison", "Poivre"),
                line("Fondant au chocolat", 2),
                line("Rosé de Provence AOP", 1, "Bouteille (75 cl)")));
    }

    /** A completed order placed {@code daysAgo} (moved to the day before when that was a Monday). */
    private void pastOrder(Customer customer, int daysAgo, LocalTime placedAt, OrderType type,
            List<PlaceOrderCommand.Line> lines) {
        LocalDate day = today.minusDays(daysAgo);
        if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
            day = day.minusDays(1);
        }
        Instant placed = day.atTime(placedAt).atZone(zone).toInstant();
        DeliveryAddress address = type == OrderType.DELIVERY ? deliveryAddressOf(customer) : null;
        List<OrderLine> orderLines = lines.stream().map(DemoActivity::toOrderLine).toList();
        Order order = new Order(restaurant.getId(), type, OrderSource.PHONE, customer.fullName().orElseThrow(),
                customer.phone().e164(), address,
                address == null ? 0 : deliveryFee(address.getPostalCode(), subtotal(lines)), orderLines, placed);
        order.linkCustomer(customer.getId());
        Instant promised = placed.plus(Duration.ofMinutes(type == OrderType.DELIVERY ? 50 : 35));
        order.requestFor(promised);
        order.promise(promised);
        order.accept(placed.plus(Duration.ofMinutes(2)));
        order.startPreparing(placed.plus(Duration.ofMinutes(10)));
        order.markReady(promised.minus(Duration.ofMinutes(type == OrderType.DELIVERY ? 15 : 5)));
        if (type == OrderType.DELIVERY) {
            order.sendOutForDelivery(promised.minus(Duration.ofMinutes(12)));
        }
        order.complete(promised);
        orderHistory.save(order);
        customer.recordOrder(placed);
    }

    // --- today's orders -------------------------------------------------------------------------

    /**
     * Five orders placed now, promised over today's lunch and dinner; the earlier the promise,
     * the further along the kitchen is.
     */
    private void createTodaysOrders() {
        todaysOrder(OrderType.PICKUP, OrderSource.PHONE, null, "Léa Giraud", "06 45 67 89 01", LocalTime.of(12, 15),
                OrderStatus.READY, null, List.of(
                        line("Margherita", 2, "Normale (31 cm)"),
                        line("Limonade artisanale (33 cl)", 2)));
        todaysOrder(OrderType.DINE_IN, OrderSource.DASHBOARD, null, "Table S3", null, LocalTime.of(12, 30),
                OrderStatus.PREPARING, null, List.of(
                        formulaLine(DemoMenu.FORMULE_MIDI, 2, Map.of("Entrée", "Panisses de l'Estaque",
                                "Plat", "Daube provençale")),
                        line("Rosé de Provence AOP", 1, "Pichet (50 cl)")));
        todaysOrder(OrderType.DELIVERY, OrderSource.PHONE, sophie, null, null, LocalTime.of(12, 45),
                OrderStatus.ACCEPTED, "Sans noix ni pignons, merci", List.of(
                        line("Salade niçoise", 1),
                        line("Tarte tropézienne", 1),
                        line("Eau minérale (50 cl)", 1, "Pétillante")));
        todaysOrder(OrderType.DELIVERY, OrderSource.PHONE, mohamed, null, null, LocalTime.of(19, 45),
                OrderStatus.NEW, "Pizza bien cuite", List.of(
                        line("Marseillaise", 1, "Grande (40 cm)", "Œuf"),
                        line("Panisses de l'Estaque", 1),
                        line("Limonade artisanale (33 cl)", 2)));
        todaysOrder(OrderType.PICKUP, OrderSource.PHONE, jeanPierre, null, null, LocalTime.of(20, 30),
                OrderStatus.NEW, null, List.of(
                        line("Entrecôte grillée (300 g)", 2, "À point", "Frites maison", "Poivre"),
                        line("Rosé de Provence AOP", 1, "Bouteille (75 cl)")));
    }

    private void todaysOrder(OrderType type, OrderSource source, Customer customer, String name, String phone,
            LocalTime promisedAt, OrderStatus status, String notes, List<PlaceOrderCommand.Line> lines) {
        PlaceOrderCommand.Address address = null;
        long fee = 0;
        if (type == OrderType.DELIVERY) {
            DeliveryAddress known = deliveryAddressOf(customer);
            address = new PlaceOrderCommand.Address(known.getStreet(), known.getPostalCode(), known.getCity(),
                    known.getLatitude(), known.getLongitude(), known.getInstructions());
            fee = deliveryFee(known.getPostalCode(), subtotal(lines));
        }
        Instant promised = today.atTime(promisedAt).atZone(zone).toInstant();
        PhoneNumber customerPhone = customer != null ? customer.phone()
                : phone == null ? null : PhoneNumber.parse(phone, restaurant.countryCode());
        Order order = orders.place(restaurant.getId(), new PlaceOrderCommand(type, source,
                customer == null ? null : customer.getId(), null, false,
                customer == null ? name : customer.fullName().orElse(name), customerPhone, address, fee, promised,
                notes, lines));
        if (customer != null) {
            customers.recordOrder(restaurant.getId(), customer.getId());
        }
        orders.promise(restaurant.getId(), order.getId(), promised);
        for (OrderStatus step : List.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING, OrderStatus.READY)) {
            if (step.ordinal() > status.ordinal()) {
                break;
            }
            orders.changeStatus(restaurant.getId(), order.getId(), step);
        }
    }

    // --- reservations ---------------------------------------------------------------------------

    /**
     * Seven bookings today, lunch and dinner, with tables assigned so that no table is booked
     * twice at the same time. Booked on today even when the restaurant is closed (Monday): it is
     * demo data, and a demo on a Monday should still show a full day.
     */
    private void createTodaysReservations() {
        boolean weekdayLunchOffer = dayIn(today, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
        boolean friday = today.getDayOfWeek() == DayOfWeek.FRIDAY;
        Long lunch = dining.lunch();
        Long dinner = dining.dinner();

        book(lunch, today, LocalTime.of(12, 0), 6, "Famille Caruso", "06 22 33 44 55", null, null, "S5",
                "Anniversaire : prévoir une bougie sur le dessert", true);
        book(lunch, today, LocalTime.of(12, 30), 2, "Paul Durand", "06 11 22 33 44", null,
                weekdayLunchOffer ? dining.weekdayLunchOffer() : null, "T1", null, true);
        book(lunch, today, LocalTime.of(13, 0), 4, "Claire Fabre", "07 66 55 44 33", null, null, "T3",
                "Une poussette", false);
        book(dinner, today, LocalTime.of(19, 30), 2, null, null, sophie, null, "S1",
                "Allergie sévère aux fruits à coque", true);
        book(dinner, today, LocalTime.of(20, 0), 8, "Groupe Olympien (M. Ferrandi)", "06 77 88 99 00", null, null,
                "S6", "Match à 21 h : service rapide souhaité", true);
        book(dinner, today, LocalTime.of(20, 30), 4, "Nicolas Marchetti", "06 33 22 11 00", null,
                friday ? dining.bouillabaisseOffer() : null, "T1+T2", null, false);
        book(dinner, today, LocalTime.of(21, 0), 3, "Inès Haddad", "07 12 21 12 21", null, null, "S3", null, false);
    }

    /** Jean-Pierre at lunch on the next service day, and a bouillabaisse evening next Friday. */
    private void createUpcomingReservations() {
        LocalDate nextServiceDay = today.plusDays(1);
        if (nextServiceDay.getDayOfWeek() == DayOfWeek.MONDAY) {
            nextServiceDay = nextServiceDay.plusDays(1);
        }
        book(dining.lunch(), nextServiceDay, LocalTime.of(12, 45), 4, null, null, jeanPierre, null, "T4",
                "En terrasse si le temps le permet", true);
        LocalDate nextFriday = today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        book(dining.dinner(), nextFriday, LocalTime.of(20, 0), 4, "Amandine Lopez", "06 50 60 70 80", null,
                dining.bouillabaisseOffer(), "T5", "Bouillabaisse pour 4, commandée la veille", false);
    }

    /** A booking at the given tables ("T1+T2"), in their room; guest from the customer when given. */
    private void book(Long serviceId, LocalDate date, LocalTime time, int partySize, String guestName, String phone,
            Customer customer, Long offerId, String tables, String notes, boolean confirm) {
        Set<Long> tableIds = new HashSet<>();
        for (String label : tables.split("\\+")) {
            tableIds.add(dining.table(label));
        }
        Long roomId = tables.startsWith("T") ? dining.terrasse() : dining.salle();
        PhoneNumber guestPhone = customer != null ? customer.phone() : PhoneNumber.parse(phone, restaurant.countryCode());
        reservations.book(restaurant.getId(), new BookReservationCommand(serviceId, date,
                date.atTime(time).atZone(zone).toInstant(), null, partySize, ReservationSource.PHONE,
                customer != null ? customer.fullName().orElseThrow() : guestName, guestPhone,
                customer == null ? null : customer.getId(), offerId, roomId, tableIds, notes, null, confirm));
    }

    private static boolean dayIn(LocalDate date, DayOfWeek from, DayOfWeek to) {
        int day = date.getDayOfWeek().getValue();
        return day >= from.getValue() && day <= to.getValue();
    }

    // --- lines and prices -----------------------------------------------------------------------

    /** A priced line for a menu item with options chosen by name; refused by the item when the choice is invalid. */
    private PlaceOrderCommand.Line line(String itemName, int quantity, String... optionNames) {
        MenuItem item = menu.item(itemName);
        List<PlaceOrderCommand.Option> options = new ArrayList<>();
        List<Long> optionIds = new ArrayList<>();
        for (String optionName : optionNames) {
            MenuOption option = option(item, optionName);
            options.add(new PlaceOrderCommand.Option(option.getId(), option.name(), option.priceDeltaCents()));
            optionIds.add(option.getId());
        }
        item.validateChoice(optionIds);
        return new PlaceOrderCommand.Line(item.getId(), null, item.name(), item.priceCents(), quantity, options,
                List.of(), null);
    }

    private static MenuOption option(MenuItem item, String name) {
        for (OptionGroup group : item.optionGroups()) {
            for (MenuOption option : group.options()) {
                if (option.name().equals(name)) {
                    return option;
                }
            }
        }
        throw new NoSuchElementException(item.name() + " has no option " + name);
    }

    /** A formula line with items chosen by slot name; checked by the formula. */
    private PlaceOrderCommand.Line formulaLine(String formulaName, int quantity, Map<String, String> itemsBySlot) {
        Formula formula = menu.formula(formulaName);
        Map<Integer, Long> choicesByIndex = new HashMap<>();
        Map<Long, MenuItem> chosenItems = new HashMap<>();
        List<PlaceOrderCommand.Choice> choices = new ArrayList<>();
        for (FormulaSlot slot : formula.slots()) {
            String itemName = itemsBySlot.get(slot.name());
            if (itemName != null) {
                MenuItem item = menu.item(itemName);
                choicesByIndex.put(slot.position(), item.getId());
                chosenItems.put(item.getId(), item);
                choices.add(new PlaceOrderCommand.Choice(slot.name(), item.getId(), item.name()));
            }
        }
        formula.validateChoices(choicesByIndex, chosenItems::get);
        return new PlaceOrderCommand.Line(null, formula.getId(), formula.name(), formula.priceCents(), quantity,
                List.of(), choices, null);
    }

    private static OrderLine toOrderLine(PlaceOrderCommand.Line line) {
        return new OrderLine(line.menuItemId(), line.formulaId(), line.name(), line.unitPriceCents(), line.quantity(),
                line.options().stream()
                        .map(option -> new OrderLineOption(option.optionId(), option.name(), option.priceDeltaCents()))
                        .toList(),
                line.choices().stream()
                        .map(choice -> new OrderLineChoice(choice.slotName(), choice.itemId(), choice.itemName()))
                        .toList(),
                line.notes());
    }

    private static long subtotal(List<PlaceOrderCommand.Line> lines) {
        long subtotal = 0;
        for (PlaceOrderCommand.Line line : lines) {
            long unit = line.unitPriceCents();
            for (PlaceOrderCommand.Option option : line.options()) {
                unit += option.priceDeltaCents();
            }
            subtotal += unit * line.quantity();
        }
        return subtotal;
    }

    private long deliveryFee(String postalCode, long subtotalCents) {
        return restaurant.deliveryTermsFor(postalCode)
                .orElseThrow(() -> new IllegalStateException("The demo restaurant does not deliver to " + postalCode))
                .feeFor(subtotalCents);
    }

    private static DeliveryAddress deliveryAddressOf(Customer customer) {
        var address = customer.lastUsedAddress().orElseThrow();
        return new DeliveryAddress(address.street(), address.postalCode(), address.city(), address.latitude(),
                address.longitude(), address.deliveryInstructions());
    }
}
