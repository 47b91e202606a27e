package com.voiceorder.testing;

/** The two databases the product supports; persistence tests run on both. */
public enum DatabaseKind {
    H2,
    POSTGRES
}
