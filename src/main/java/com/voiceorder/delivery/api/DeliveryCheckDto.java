package com.voiceorder.delivery.api;

import com.voiceorder.delivery.application.DeliveryCheckResult;

/** The delivery check's answer; see {@link DeliveryCheckResult} for the meaning of each field. */
public record DeliveryCheckDto(
        boolean deliverable,
        String method,
        String reason,
        String formattedAddress,
        String postalCode,
        boolean needsConfirmation,
        String confirmationQuestion,
        Long distanceMeters,
        Integer travelMinutes,
        String zone,
        Long feeCents,
        Long minimumOrderCents,
        Long freeDeliveryThresholdCents,
        Integer etaMinutes,
        boolean savedAddress) {

    static DeliveryCheckDto from(DeliveryCheckResult result) {
        return new DeliveryCheckDto(result.deliverable(), result.method().name(), result.reason(),
                result.formattedAddress(), result.postalCode(), result.needsConfirmation(),
                result.confirmationQuestion(), result.distanceMeters(), result.travelMinutes(), result.zone(),
                result.feeCents(), result.minimumOrderCents(), result.freeDeliveryThresholdCents(), result.etaMinutes(),
                result.savedAddress());
    }
}
