package com.voiceorder.calls.infrastructure;

/**
 * The SIP endpoint as health and the dashboard see it.
 *
 * @param port            SIP port bound (configured port when not running)
 * @param lines           lines served
 * @param registeredLines lines whose trunk or gateway registration is current
 * @param activeCalls     calls in progress
 * @param error           why it failed to start; null otherwise
 */
public record TelephonyStatus(State state, int port, int lines, int registeredLines, int activeCalls, String error) {

    public enum State {
        /** Application not started yet. */
        STARTING,
        /** Listening. */
        RUNNING,
        /** Turned off by {@code voiceorder.sip.enabled=false}. */
        DISABLED,
        /** Could not bind (port in use, bad address…): the rest of the application runs. */
        FAILED,
        /** Stopped with the application. */
        STOPPED
    }
}
