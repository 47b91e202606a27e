package com.voiceorder.calls.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready unless the SIP endpoint failed to start (SIP turned off is fine). */
@Readiness
@ApplicationScoped
public class TelephonyHealth implements HealthCheck {

    private TelephonyLifecycle telephony;

    @Inject
    public TelephonyHealth(TelephonyLifecycle telephony) {
        this.telephony = telephony;
    }

    protected TelephonyHealth() {
    }

    @Override
    public HealthCheckResponse call() {
        TelephonyStatus status = telephony.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("telephony")
                .status(status.state() != TelephonyStatus.State.FAILED)
                .withData("state", status.state().name())
                .withData("port", status.port())
                .withData("lines", status.lines())
                .withData("registeredLines", status.registeredLines())
                .withData("activeCalls", status.activeCalls());
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
