package com.voiceorder.shared.domain;

/** A business rule was broken by the request: the caller can fix the input and try again (400). */
public class DomainException extends RuntimeException {

    private final String field;

    public DomainException(String message) {
        this(null, message);
    }

    public DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, when one is; null otherwise. */
    public String field() {
        return field;
    }
}
