package com.voiceorder.telephony;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configuration of the SIP/RTP endpoint (keys {@code voiceorder.sip.*}, {@code voiceorder.rtp.*}).
 *
 * @param bindAddress    address the SIP and RTP sockets bind to ({@code 0.0.0.0} = all)
 * @param sipPort        SIP UDP and TCP port
 * @param publicAddress  address advertised in Via, Contact and SDP behind 1:1 NAT; null = automatic
 *                       (the bind address, or the local address facing the peer when bound to all)
 * @param rtpPortMin     first RTP port (one even port per call)
 * @param rtpPortMax     last RTP port
 * @param defaultRegion  region for caller ids in national notation (ISO 3166, e.g. "FR")
 * @param realm          digest realm challenged to gateways that register to us
 * @param limits         protective limits and sizing
 */
public record TelephonyConfig(String bindAddress, int sipPort, String publicAddress, int rtpPortMin, int rtpPortMax,
                              String defaultRegion, String realm, Limits limits) {

    public TelephonyConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(limits, "limits");
        if (sipPort < 0 || sipPort > 65535) {
            throw new IllegalArgumentException("SIP port " + sipPort);
        }
        if (rtpPortMin <= 0 || rtpPortMax > 65535 || rtpPortMax - rtpPortMin < 1) {
            throw new IllegalArgumentException("RTP port range " + rtpPortMin + "-" + rtpPortMax);
        }
        if (publicAddress != null && publicAddress.isBlank()) {
            publicAddress = null;
        }
    }

    /** The documented defaults: 0.0.0.0:5060, RTP 20000–20999, region FR. */
    public static TelephonyConfig defaults() {
        return new TelephonyConfig("0.0.0.0", 5060, null, 20000, 20999, "FR", "voiceorder", Limits.defaults());
    }

    public TelephonyConfig withLimits(Limits newLimits) {
        return new TelephonyConfig(bindAddress, sipPort, publicAddress, rtpPortMin, rtpPortMax, defaultRegion, realm,
                newLimits);
    }

    /**
     * @param maxCallDuration          longest call; we send BYE after it
     * @param noRtpTimeout             hang up when no RTP arrived for this long (not while on hold)
     * @param invitesPerSecondPerSource sustained INVITE rate per source IP before 503
     * @param inviteBurstPerSource     INVITEs a source may send at once
     * @param maxCalls                 calls in progress on the whole endpoint (503 beyond)
     * @param registrationRetryMin     first back-off delay after a failed trunk registration
     * @param registrationRetryMax     back-off ceiling
     * @param gatewayExpiryMin         shortest registration a gateway gets from us (seconds granted)
     * @param gatewayExpiryMax         longest registration a gateway gets from us
     * @param nonceLifetime            digest nonce validity before a stale re-challenge
     * @param sipWorkerThreads         threads handling SIP requests (per Call-ID ordered)
     * @param callbackThreads          threads calling the application (handlers and media listeners)
     * @param rtpReceiveThreads        selector threads receiving RTP
     * @param pacerThreads             threads pacing outbound RTP
     * @param outboundQueueMillis      audio one call may queue for sending
     * @param inboundQueueFrames       inbound frames queued per call for the application before dropping
     * @param ackTimeout               an answered call whose 200 OK is not acknowledged by then is ended
     * @param mediaRealtimePriority    real-time (round-robin) priority, 1–99, asked for the RTP pacer
     *                                 threads so outbound audio keeps its pace on busy cores; 0 = off
     *                                 (checked by {@link com.voiceorder.telephony.rtp.RealtimeScheduling})
     */
    public record Limits(Duration maxCallDuration, Duration noRtpTimeout, double invitesPerSecondPerSource,
                         int inviteBurstPerSource, int maxCalls, Duration registrationRetryMin,
                         Duration registrationRetryMax, Duration gatewayExpiryMin, Duration gatewayExpiryMax,
                         Duration nonceLifetime, int sipWorkerThreads, int callbackThreads, int rtpReceiveThreads,
                         int pacerThreads, long outboundQueueMillis, int inboundQueueFrames, Duration ackTimeout,
                         int mediaRealtimePriority) {

        public static Limits defaults() {
            return new Limits(Duration.ofMinutes(30), Duration.ofSeconds(30), 5, 20, 500, Duration.ofSeconds(2),
                    Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(3600), Duration.ofMinutes(5),
                    2, 8, 2, 2, 180_000, 250, Duration.ofSeconds(32), 0);
        }

        public Limits withMaxCallDuration(Duration value) {
            return copy(c -> c.maxCallDuration = value);
        }

        public Limits withNoRtpTimeout(Duration value) {
            return copy(c -> c.noRtpTimeout = value);
        }

        public Limits withInviteRate(double perSecond, int burst) {
            return copy(c -> {
                c.invitesPerSecondPerSource = perSecond;
                c.inviteBurstPerSource = burst;
            });
        }

        public Limits withGatewayExpiry(Duration min, Duration max) {
            return copy(c -> {
                c.gatewayExpiryMin = min;
                c.gatewayExpiryMax = max;
            });
        }

        public Limits withAckTimeout(Duration value) {
            return copy(c -> c.ackTimeout = value);
        }

        public Limits withPacerThreads(int threads) {
            return copy(c -> c.pacerThreads = threads);
        }

        public Limits withMediaRealtimePriority(int priority) {
            return copy(c -> c.mediaRealtimePriority = priority);
        }

        /** Endpoint-wide call limit and per-source INVITE rate (raise both for load tests from one host). */
        public Limits withCallCapacity(int calls, double invitesPerSecond, int inviteBurst) {
            return copy(c -> {
                c.maxCalls = calls;
                c.invitesPerSecondPerSource = invitesPerSecond;
                c.inviteBurstPerSource = inviteBurst;
            });
        }

        private Limits copy(Consumer<Copy> change) {
            Copy copy = new Copy(this);
            change.accept(copy);
            return copy.limits();
        }

        /** The components, changeable one by one: each {@code with…} above changes only its own. */
        private static final class Copy {
            Duration maxCallDuration;
            Duration noRtpTimeout;
            double invitesPerSecondPerSource;
            int inviteBurstPerSource;
            int maxCalls;
            final Duration registrationRetryMin;
            final Duration registrationRetryMax;
            Duration gatewayExpiryMin;
            Duration gatewayExpiryMax;
            final Duration nonceLifetime;
            final int sipWorkerThreads;
            final int callbackThreads;
            final int rtpReceiveThreads;
            int pacerThreads;
            final long outboundQueueMillis;
            final int inboundQueueFrames;
            Duration ackTimeout;
            int mediaRealtimePriority;

            Copy(Limits of) {
                maxCallDuration = of.maxCallDuration;
                noRtpTimeout = of.noRtpTimeout;
                invitesPerSecondPerSource = of.invitesPerSecondPerSource;
                inviteBurstPerSource = of.inviteBurstPerSource;
                maxCalls = of.maxCalls;
                registrationRetryMin = of.registrationRetryMin;
                registrationRetryMax = of.registrationRetryMax;
                gatewayExpiryMin = of.gatewayExpiryMin;
                gatewayExpiryMax = of.gatewayExpiryMax;
                nonceLifetime = of.nonceLifetime;
                sipWorkerThreads = of.sipWorkerThreads;
                callbackThreads = of.callbackThreads;
                rtpReceiveThreads = of.rtpReceiveThreads;
                pacerThreads = of.pacerThreads;
                outboundQueueMillis = of.outboundQueueMillis;
                inboundQueueFrames = of.inboundQueueFrames;
                ackTimeout = of.ackTimeout;
                mediaRealtimePriority = of.mediaRealtimePriority;
            }

            Limits limits() {
                return new Limits(maxCallDuration, noRtpTimeout, invitesPerSecondPerSource, inviteBurstPerSource,
                        maxCalls, registrationRetryMin, registrationRetryMax, gatewayExpiryMin, gatewayExpiryMax,
                        nonceLifetime, sipWorkerThreads, callbackThreads, rtpReceiveThreads, pacerThreads,
                        outboundQueueMillis, inboundQueueFrames, ackTimeout, mediaRealtimePriority);
            }
        }
    }
}
