package com.voiceorder.telephony.rtp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shared pacer for the outbound audio of all calls: a few lanes (threads), each a timing wheel of
 * 1 ms ticks over one 20 ms frame period. A stream sits in one slot of one lane, so each tick serves
 * only the streams of that slot and the sending work is spread evenly over the period and the lanes.
 * Ticks follow a monotonic clock; a lane that wakes late serves the missed slots at once and the
 * streams drop the frames whose time has passed (see {@link PacedStream#service(long)}).
 */
public final class RtpPacer implements AutoCloseable {

    static final int SLOTS = 20;
    static final long TICK_NANOS = PacedStream.FRAME_NANOS / SLOTS;
    private static final Logger LOG = Logger.getLogger(RtpPacer.class.getName());

    private final Lane[] lanes;
    private final PacingStatistics statistics = new PacingStatistics();
    private final AtomicInteger nextPlacement = new AtomicInteger();

    public RtpPacer(int laneCount, ThreadFactory threadFactory) {
        this(laneCount, threadFactory, System::nanoTime);
    }

    RtpPacer(int laneCount, ThreadFactory threadFactory, LongSupplier clock) {
        lanes = new Lane[Math.max(1, laneCount)];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane(clock, statistics);
        }
        for (Lane lane : lanes) {
            Thread thread = threadFactory.newThread(lane);
            thread.setPriority(Thread.MAX_PRIORITY);
            lane.thread = thread;
            thread.start();
        }
    }

    /** Starts pacing a stream; it is served until {@link #remove} or it is closed. */
    public void add(PacedStream stream) {
        int placement = Math.floorMod(nextPlacement.getAndIncrement(), lanes.length * SLOTS);
        lanes[placement % lanes.length].slots[placement / lanes.length].add(stream);
    }

    /** Send punctuality of all streams paced here. */
    public PacingStatistics statistics() {
        return statistics;
    }

    public void remove(PacedStream stream) {
        for (Lane lane : lanes) {
            for (List<PacedStream> slot : lane.slots) {
                slot.remove(stream);
            }
        }
    }

    @Override
    public void close() {
        for (Lane lane : lanes) {
            lane.running = false;
            if (lane.thread != null) {
                LockSupport.unpark(lane.thread);
            }
        }
        for (Lane lane : lanes) {
            try {
                if (lane.thread != null) {
                    lane.thread.join(TimeUnit.SECONDS.toMillis(2));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final class Lane implements Runnable {
        @SuppressWarnings("unchecked")
        final List<PacedStream>[] slots = new List[SLOTS];
        final LongSupplier clock;
        final PacingStatistics statistics;
        volatile boolean running = true;
        volatile Thread thread;

        Lane(LongSupplier clock, PacingStatistics statistics) {
            this.clock = clock;
            this.statistics = statistics;
            for (int i = 0; i < SLOTS; i++) {
                slots[i] = new CopyOnWriteArrayList<>();
            }
        }

        @Override
        public void run() {
            long start = clock.getAsLong();
            long tick = 0;
            while (running) {
                long target = start + tick * TICK_NANOS;
                long now = clock.getAsLong();
                if (now < target) {
                    LockSupport.parkNanos(target - now);
                    continue;
                }
                for (PacedStream stream : slots[(int) (tick % SLOTS)]) {
                    if (stream.isClosed()) {
                        slots[(int) (tick % SLOTS)].remove(stream);
                        continue;
                    }
                    try {
                        stream.service(clock.getAsLong(), statistics); // the time this stream's turn came
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Pacing a stream failed", e);
                    }
                }
                tick++;
            }
        }
    }
}
