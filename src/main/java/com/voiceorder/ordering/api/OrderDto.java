package com.voiceorder.ordering.api;

import com.voiceorder.ordering.domain.DeliveryAddress;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderLine;
import com.voiceorder.ordering.domain.OrderLineChoice;
import com.voiceorder.ordering.domain.OrderLineOption;
import com.voiceorder.shared.api.RequestValues;
import java.time.Instant;
import java.util.List;

/** An order with its lines as priced when it was placed; amounts in cents. */
public record OrderDto(
        Long id,
        String type,
        String status,
        String source,
        boolean test,
        Customer customer,
        Address address,
        List<Line> lines,
        long subtotalCents,
        long deliveryFeeCents,
        long totalCents,
        Instant requestedTime,
        Instant promisedTime,
        String notes,
        Long callId,
        Instant createdAt,
        Instant acceptedAt,
        Instant preparingAt,
        Instant readyAt,
        Instant outForDeliveryAt,
        Instant completedAt,
        Instant cancelledAt,
        String cancelReason) {

    public record Customer(Long id, String name, String phone) {
    }

    public record Address(String street, String postalCode, String city, Double latitude, Double longitude,
                          String instructions) {

        static Address of(DeliveryAddress address) {
            return address == null ? null : new Address(address.getStreet(), address.getPostalCode(),
                    address.getCity(), address.getLatitude(), address.getLongitude(), address.getInstructions());
        }
    }

    public record Line(Long menuItemId, Long formulaId, String name, long unitPriceCents, int quantity,
                       List<Option> options, List<Choice> choices, long totalCents, String notes) {

        static Line of(OrderLine line) {
            return new Line(line.getMenuItemId(), line.getFormulaId(), line.getName(), line.getUnitPriceCents(),
                    line.getQuantity(), line.getOptions().stream().map(Option::of).toList(),
                    line.getChoices().stream().map(Choice::of).toList(), line.getTotalCents(), line.getNotes());
        }
    }

    public record Option(Long optionId, String name, long priceDeltaCents) {

        static Option of(OrderLineOption option) {
            return new Option(option.getOptionId(), option.getName(), option.getPriceDeltaCents());
        }
    }

    public record Choice(String slotName, Long itemId, String itemName) {

        static Choice of(OrderLineChoice choice) {
            return new Choice(choice.getSlotName(), choice.getItemId(), choice.getItemName());
        }
    }

    static OrderDto of(Order order) {
        return new OrderDto(order.getId(), RequestValues.lowerCase(order.getType()), order.getStatus().name(),
                order.getSource().name(), order.isTest(),
                new Customer(order.getCustomerId(), order.getCustomerName(), order.getCustomerPhone()),
                Address.of(order.getDeliveryAddress()), order.getLines().stream().map(Line::of).toList(),
                order.getSubtotalCents(), order.getDeliveryFeeCents(), order.getTotalCents(),
                order.getRequestedTime(), order.getPromisedTime(), order.getNotes(), order.getCallId(),
                order.getCreatedAt(), order.getAcceptedAt(), order.getPreparingAt(), order.getReadyAt(),
                order.getOutForDeliveryAt(), order.getCompletedAt(), order.getCancelledAt(), order.getCancelReason());
    }
}
