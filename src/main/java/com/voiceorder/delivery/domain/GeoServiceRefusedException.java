package com.voiceorder.delivery.domain;

/**
 * A geographic service refused the request (key denied, quota exceeded, invalid request):
 * trying again at once will not help.
 */
public class GeoServiceRefusedException extends GeoServiceException {

    public GeoServiceRefusedException(String message) {
        super(message);
    }
}
