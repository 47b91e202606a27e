package com.voiceorder.dashboard.application;

import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderType;
import java.util.Optional;

/**
 * The one forward step the kitchen can take from an order's status, as {@code Order} allows it:
 * accept, start preparing, mark ready, send out (delivery only), complete. Final orders have none.
 */
public final class KitchenSteps {

    private KitchenSteps() {
    }

    public static Optional<OrderStatus> next(OrderType type, OrderStatus status) {
        return Optional.ofNullable(switch (status) {
            case NEW -> OrderStatus.ACCEPTED;
            case ACCEPTED -> OrderStatus.PREPARING;
            case PREPARING -> OrderStatus.READY;
            case READY -> type == OrderType.DELIVERY ? OrderStatus.OUT_FOR_DELIVERY : OrderStatus.COMPLETED;
            case OUT_FOR_DELIVERY -> OrderStatus.COMPLETED;
            case COMPLETED, CANCELLED -> null;
        });
    }
}
