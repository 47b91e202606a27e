package com.voiceorder.shared.infrastructure;

import java.sql.SQLException;

/** Recognises a database integrity-constraint violation (SQLSTATE class 23) anywhere in a cause chain. */
public final class IntegrityViolation {

    private IntegrityViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
