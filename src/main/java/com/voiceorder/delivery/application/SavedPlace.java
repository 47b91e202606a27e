package com.voiceorder.delivery.application;

import com.voiceorder.delivery.domain.GeoPoint;

/** A customer's saved address the caller named, with its coordinates once geocoded (else null). */
public record SavedPlace(Long addressId, String oneLine, String postalCode, GeoPoint location) {
}
