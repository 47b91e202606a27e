package com.voiceorder.reservations.domain;

/** What kind of sitting a dining service is. */
public enum ServiceKind {
    LUNCH,
    DINNER,
    BRUNCH,
    OTHER
}
