package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded queue between a call's media threads and the application: events are delivered to the
 * {@link CallMedia} one at a time, in order, on the callback executor. Audio beyond the capacity is
 * dropped; DTMF and the end always get through, and nothing follows the end. Public for the other
 * call entries (Twilio) that deliver to a {@link CallMedia} the same way.
 */
public final class CallEvents implements Runnable {

    private static final Logger LOG = Logger.getLogger(CallEvents.class.getName());
    private static final int BATCH = 32;

    private final CallMedia media;
    private final Executor executor;
    private final int audioCapacity;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private int queuedAudio;
    private long droppedAudio;
    private boolean scheduled;
    private boolean endQueued;

    public CallEvents(CallMedia media, Executor executor, int audioCapacity) {
        this.media = media;
        this.executor = executor;
        this.audioCapacity = audioCapacity;
    }

    public void audio(AudioFrame frame) {
        synchronized (this) {
            if (endQueued) {
                return;
            }
            if (queuedAudio >= audioCapacity) {
                droppedAudio++;
                return;
            }
            queuedAudio++;
            queue.add(frame);
        }
        schedule();
    }

    public void dtmf(DtmfDigit digit) {
        enqueue(digit);
    }

    public void ended(EndReason reason) {
        synchronized (this) {
            if (endQueued) {
                return;
            }
            endQueued = true;
            queue.add(reason);
        }
        schedule();
    }

    synchronized long droppedAudio() {
        return droppedAudio;
    }

    private void enqueue(Object event) {
        synchronized (this) {
            if (endQueued) {
                return;
            }
            queue.add(event);
        }
        schedule();
    }

    private void schedule() {
        synchronized (this) {
            if (scheduled || queue.isEmpty()) {
                return;
            }
            scheduled = true;
        }
        try {
            executor.execute(this);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                scheduled = false;
            }
            LOG.warning("Callback executor saturated; call events delayed");
        }
    }

    @Override
    public void run() {
        for (int i = 0; i < BATCH; i++) {
            Object event;
            synchronized (this) {
                event = queue.poll();
                if (event == null) {
                    scheduled = false;
                    return;
                }
                if (event instanceof AudioFrame) {
                    queuedAudio--;
                }
            }
            deliver(event);
        }
        synchronized (this) {
            scheduled = false;
        }
        schedule();
    }

    private void deliver(Object event) {
        try {
            if (event instanceof AudioFrame frame) {
                media.onAudio(frame);
            } else if (event instanceof DtmfDigit digit) {
                media.onDtmf(digit);
            } else if (event instanceof EndReason reason) {
                media.ended(reason);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call media listener failed", e);
        }
    }
}
