package com.voiceorder.shared.domain;

/** The thing asked for does not exist, or is not visible to the current user (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
