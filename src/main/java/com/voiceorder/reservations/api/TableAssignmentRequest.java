package com.voiceorder.reservations.api;

import java.util.Set;

/** The room and tables a party sits at; an empty set clears the assignment. */
public record TableAssignmentRequest(Long roomId, Set<Long> tableIds) {
}
