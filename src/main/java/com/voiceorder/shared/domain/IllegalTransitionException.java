package com.voiceorder.shared.domain;

/** A state change the entity's lifecycle does not allow from its current state (409 over REST). */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String entity, Object from, Object to) {
        super(entity + " cannot go from " + from + " to " + to);
    }
}
