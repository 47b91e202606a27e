package com.voiceorder.delivery.domain;

import com.voiceorder.shared.domain.DomainException;

/** A point on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (Double.isNaN(latitude) || Math.abs(latitude) > 90) {
            throw new DomainException("latitude", "Latitude must be between -90 and 90");
        }
        if (Double.isNaN(longitude) || Math.abs(longitude) > 180) {
            throw new DomainException("longitude", "Longitude must be between -180 and 180");
        }
    }

    /** The point, or null when either coordinate is unknown. */
    public static GeoPoint ofNullable(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }
}
