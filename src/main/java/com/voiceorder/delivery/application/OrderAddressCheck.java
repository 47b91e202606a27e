package com.voiceorder.delivery.application;

import com.voiceorder.ordering.application.DeliveryAddressCheck;
import com.voiceorder.ordering.application.DeliveryDecision;
import com.voiceorder.restaurant.domain.DeliveryTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The order's delivery address decided by the same check as the agent's {@code check_delivery_address}. */
@ApplicationScoped
public class OrderAddressCheck implements DeliveryAddressCheck {

    private final DeliveryCheckService delivery;

    @Inject
    public OrderAddressCheck(DeliveryCheckService delivery) {
        this.delivery = delivery;
    }

    /** For CDI proxies. */
    protected OrderAddressCheck() {
        this(null);
    }

    @Override
    public Verdict check(Long restaurantId, String address) {
        DeliveryCheckResult result = delivery.check(restaurantId, address, null);
        if (!result.deliverable()) {
            return Verdict.refused(result.reason());
        }
        DeliveryTerms terms = new DeliveryTerms(result.zone(), result.feeCents(), result.minimumOrderCents(),
                result.freeDeliveryThresholdCents());
        Duration travel = result.travelMinutes() == null ? null : Duration.ofMinutes(result.travelMinutes());
        return Verdict.deliverable(DeliveryDecision.of(terms, travel));
    }
}
