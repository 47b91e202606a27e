package com.voiceorder.calls.api;

import com.voiceorder.calls.application.TelephonyMeasurements;
import com.voiceorder.restaurant.api.Caller;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Performance figures of the SIP endpoint and the voice bridge, for administrators and the load
 * benchmarks (bench/sip-load, bench/voice-bridge).
 */
@Path("telephony")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telephony", description = "SIP endpoint measurements")
public class TelephonyResource {

    @Inject
    TelephonyMeasurements measurements;

    @Context
    SecurityContext security;

    @GET
    @Path("pacing")
    @Operation(summary = "Outbound RTP punctuality since the last reset: frames sent, late (≥ 5 ms), dropped, "
            + "send lag p50/p99/max in µs (admin)")
    public PacingDto pacing() {
        Caller.admin(security);
        return measurements.pacing().map(PacingDto::of)
                .orElseThrow(() -> new NotFoundException("Telephony", "(SIP off or not started)"));
    }

    @DELETE
    @Path("pacing")
    @Operation(summary = "Start a new pacing measurement (admin)")
    public Response resetPacing() {
        Caller.admin(security);
        measurements.resetPacing();
        return Response.noContent().build();
    }

    @GET
    @Path("bridge")
    @Operation(summary = "Voice bridge overhead on agent calls since the last reset, in µs: caller audio RTP read → "
            + "WebSocket written, agent audio WebSocket read → queued for the pacer, barge-in speech_started → "
            + "queued agent audio flushed; count, p50/p99/max each (admin)")
    public BridgeDto bridge() {
        Caller.admin(security);
        return BridgeDto.of(measurements.bridge());
    }

    @DELETE
    @Path("bridge")
    @Operation(summary = "Start a new bridge measurement (admin)")
    public Response resetBridge() {
        Caller.admin(security);
        measurements.resetBridge();
        return Response.noContent().build();
    }
}
