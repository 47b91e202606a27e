package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.OrderTiming;
import com.voiceorder.calls.application.Port;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolFailure;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.menu.application.MenuItemView;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.ordering.application.OrderTakingService;
import com.voiceorder.ordering.application.TakeOrderCommand;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code confirm_order}: places a pickup or delivery order once the caller agreed to the recap and
 * the total. Items and options are named as on the menu; the order is taken by the same service as
 * the API (source PHONE, linked to the call).
 */
@ApplicationScoped
public class ConfirmOrderTool implements AgentTool {

    static final int MAX_QUANTITY = 50;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private static final ToolDefinition DEFINITION = new ToolDefinition("confirm_order",
            "Place the order, only after reading the recap with the total to the caller and hearing them agree. "
                    + "Returns the order id, the priced lines and the total to confirm to the caller.",
            ToolSchema.object()
                    .enumeration("type", "How the caller gets the order", List.of("pickup", "delivery"), true)
                    .array("items", "The items ordered, named exactly as on the menu", ToolSchema.object()
                            .string("item", "Item name exactly as on the menu", true)
                            .integer("quantity", "How many (1 to " + MAX_QUANTITY + ")", 1, true)
                            .stringArray("options", "Chosen options, named as on the menu", false)
                            .string("notes", "Special request for this item (e.g. without onions)", false)
                            .build(), true)
                    .string("customer_name", "The caller's name", true)
                    .string("phone", "Callback number if different from the caller id, else null", false)
                    .string("address", "Delivery address as one line: street, postal code, city (delivery only)",
                            false)
                    .string("date", "Requested date YYYY-MM-DD, null for today", false)
                    .string("time", "Requested pickup/delivery time HH:MM (24 h), null for as soon as possible",
                            false)
                    .string("notes", "Notes for the whole order", false)
                    .build());

    private OrderTakingService orders;
    private MenuService menu;
    private RestaurantService restaurants;
    private Port<OrderTiming> timing;

    @Inject
    public ConfirmOrderTool(OrderTakingService orders, MenuService menu, RestaurantService restaurants,
            Instance<OrderTiming> timing) {
        this(orders, menu, restaurants, Port.of(timing));
    }

    public ConfirmOrderTool(OrderTakingService orders, MenuService menu, RestaurantService restaurants,
            Port<OrderTiming> timing) {
        this.orders = orders;
        this.menu = menu;
        this.restaurants = restaurants;
        this.timing = timing;
    }

    /** For CDI proxies. */
    protected ConfirmOrderTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        boolean delivery = arguments.choice("type", List.of("pickup", "delivery")).equals("delivery");
        MenuMatcher matcher = new MenuMatcher(menu.listItems(call.restaurantId(), null));
        List<TakeOrderCommand.Line> lines = lines(arguments, matcher);
        String name = arguments.text("customer_name");
        String phone = arguments.optionalText("phone")
                .orElseGet(() -> call.caller() == null ? null : call.caller().e164());
        if (phone == null) {
            throw ToolFailure.invalid("phone", "The caller id is withheld: ask for a callback number");
        }
        Optional<String> address = arguments.optionalText("address");
        if (delivery && address.isEmpty()) {
            throw ToolFailure.invalid("address", "A delivery needs the address: street, postal code and city");
        }
        String requestedTime = requestedTime(call, delivery, arguments.optionalDate("date"),
                arguments.optionalTime("time"));
        TakeOrderCommand command = new TakeOrderCommand(
                delivery ? OrderType.DELIVERY : OrderType.PICKUP, OrderSource.PHONE, call.phoneCallId(), name, phone,
                delivery ? address.get() : null, requestedTime, arguments.optionalText("notes").orElse(null), lines);
        Order order = orders.take(call.restaurantId(), call.test() ? command.asTest() : command);
        return receipt(order, restaurants.get(call.restaurantId()).locale(), restaurants.zoneOf(call.restaurantId()));
    }

    private static List<TakeOrderCommand.Line> lines(ToolArguments arguments, MenuMatcher matcher) {
        List<TakeOrderCommand.Line> lines = new ArrayList<>();
        List<ToolArguments> items = arguments.objects("items");
        for (int i = 0; i < items.size(); i++) {
            ToolArguments requested = items.get(i);
            String field = "items[" + i + "]";
            MenuItemView item = matcher.orderableItem(field + ".item", requested.text("item"));
            int quantity = requested.integer("quantity", 1, MAX_QUANTITY);
            List<Long> optionIds = requested.texts("options").stream()
                    .map(option -> MenuMatcher.option(item, field + ".options", option).id())
                    .toList();
            requireChoices(item, field + ".options", optionIds);
            lines.add(new TakeOrderCommand.Line(item.id(), quantity, optionIds,
                    requested.optionalText("notes").orElse(null)));
        }
        return lines;
    }

    /** Each option group's minimum and maximum, failing with that group's options so the agent can ask. */
    private static void requireChoices(MenuItemView item, String field, List<Long> optionIds) {
        for (MenuItemView.OptionGroupView group : item.optionGroups()) {
            long chosen = group.options().stream().filter(option -> optionIds.contains(option.id())).count();
            List<String> choices = group.options().stream().filter(MenuItemView.OptionView::available)
                    .map(MenuItemView.OptionView::name).toList();
            if (chosen < group.minChoices()) {
                throw new ToolFailure("missing_option", field, item.name() + " needs " + group.minChoices()
                        + " choice(s) of " + group.name() + ": ask the caller", choices);
            }
            if (chosen > group.maxChoices()) {
                throw new ToolFailure("too_many_options", field, item.name() + " takes at most " + group.maxChoices()
                        + " choice(s) of " + group.name(), choices);
            }
        }
    }

    /**
     * The time to ask the kitchen for: checked by the order timing when it is deployed (an
     * impossible time fails with the alternatives), else passed as said for the order to check.
     */
    private String requestedTime(AgentCall call, boolean delivery, Optional<LocalDate> date, Optional<LocalTime> time) {
        Optional<OrderTiming> kitchen = timing.get();
        if (kitchen.isPresent()) {
            OrderTiming.Answer answer = kitchen.get().propose(call.restaurantId(), delivery, date.orElse(null),
                    time.orElse(null));
            if (!answer.feasible()) {
                throw new ToolFailure("time_unavailable", "time",
                        answer.reason() == null ? "That time cannot be served" : answer.reason(),
                        answer.alternatives().stream().map(ConfirmOrderTool::wallClock).toList());
            }
            return answer.proposed() == null ? null : answer.proposed().toString();
        }
        if (time.isEmpty()) {
            return null;
        }
        return date.map(day -> LocalDateTime.of(day, time.get()).toString()).orElse(time.get().format(HOUR));
    }

    static String wallClock(LocalDateTime time) {
        return time.toLocalDate() + " " + time.toLocalTime().format(HOUR);
    }

    private static ToolResult receipt(Order order, Locale locale, java.time.ZoneId zone) {
        return ToolResult.ok(json -> {
            json.put("order_id", order.getId());
            json.put("type", order.getType().name().toLowerCase(Locale.ROOT));
            var lines = json.putArray("lines");
            for (OrderLine line : order.getLines()) {
                lines.addObject().put("item", line.getName()).put("quantity", line.getQuantity())
                        .put("total", Money.euros(line.getTotalCents()).format(locale));
            }
            json.put("subtotal", Money.euros(order.getSubtotalCents()).format(locale));
            json.put("delivery_fee", Money.euros(order.getDeliveryFeeCents()).format(locale));
            json.put("total", Money.euros(order.getTotalCents()).format(locale));
            json.put("total_cents", order.getTotalCents());
            if (order.getPromisedTime() != null || order.getRequestedTime() != null) {
                var time = order.getPromisedTime() != null ? order.getPromisedTime() : order.getRequestedTime();
                json.put("time", wallClock(time.atZone(zone).toLocalDateTime()));
            }
        });
    }
}
