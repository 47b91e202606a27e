package com.voiceorder.telephony.sip;

import java.net.InetAddress;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A token bucket of INVITEs per source address; an empty bucket answers 503 with Retry-After. */
final class InviteRateLimiter {

    private final double tokensPerNano;
    private final double burst;
    private final ConcurrentHashMap<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();

    InviteRateLimiter(double perSecond, int burst) {
        this.tokensPerNano = perSecond / TimeUnit.SECONDS.toNanos(1);
        this.burst = Math.max(1, burst);
    }

    /** Empty when the INVITE may proceed, else the seconds to put in Retry-After. */
    OptionalLong tryAcquire(InetAddress source, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(source, address -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (nowNanos - bucket.updatedNanos) * tokensPerNano);
            bucket.updatedNanos = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double missingNanos = (1 - bucket.tokens) / tokensPerNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(missingNanos / TimeUnit.SECONDS.toNanos(1))));
        }
    }

    /** Forgets sources whose bucket has been full for a while. */
    void evictIdle(long nowNanos) {
        long idle = TimeUnit.MINUTES.toNanos(2);
        buckets.entrySet().removeIf(entry -> nowNanos - entry.getValue().updatedNanos > idle);
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }
}
