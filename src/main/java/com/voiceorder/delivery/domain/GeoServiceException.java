package com.voiceorder.delivery.domain;

/** A geographic service could not answer (network, timeout, server error): trying again may help. */
public class GeoServiceException extends RuntimeException {

    public GeoServiceException(String message) {
        super(message);
    }

    public GeoServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
