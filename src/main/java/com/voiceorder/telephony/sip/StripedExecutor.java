package com.voiceorder.telephony.sip;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs SIP work off the stack's thread: one single-thread executor per stripe, the stripe chosen by
 * Call-ID, so the requests of a call are handled in arrival order without holding the SIP thread.
 */
final class StripedExecutor {

    private static final Logger LOG = Logger.getLogger(StripedExecutor.class.getName());
    private final ThreadPoolExecutor[] stripes;

    StripedExecutor(int count, int queueCapacity, ThreadFactory threadFactory) {
        stripes = new ThreadPoolExecutor[Math.max(1, count)];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), threadFactory);
        }
    }

    /** False when the stripe's queue is full (overload: the peer will retransmit). */
    boolean execute(String key, Runnable task) {
        int index = Math.floorMod(key == null ? 0 : key.hashCode(), stripes.length);
        try {
            stripes[index].execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "SIP work failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warning("SIP work queue full, message dropped");
            return false;
        }
    }

    void shutdown() {
        for (ThreadPoolExecutor stripe : stripes) {
            stripe.shutdown();
        }
        for (ThreadPoolExecutor stripe : stripes) {
            try {
                if (!stripe.awaitTermination(2, TimeUnit.SECONDS)) {
                    stripe.shutdownNow();
                }
            } catch (InterruptedException e) {
                stripe.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
