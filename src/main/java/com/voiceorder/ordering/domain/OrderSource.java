package com.voiceorder.ordering.domain;

/** Where the order was taken. */
public enum OrderSource {
    PHONE,
    DASHBOARD,
    API
}
