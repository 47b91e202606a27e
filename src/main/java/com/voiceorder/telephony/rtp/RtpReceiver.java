package com.voiceorder.telephony.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives RTP for all calls on a few selector threads (lanes). Each datagram goes to its channel's
 * {@link DatagramHandler} on the lane thread, which must only parse and enqueue. RTCP channels are
 * drained and ignored.
 */
public final class RtpReceiver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RtpReceiver.class.getName());
    private static final int MAX_DATAGRAM = 2048;

    /** Called on a receive thread for each datagram; the buffer holds the datagram between position and limit. */
    @FunctionalInterface
    public interface DatagramHandler {
        void onDatagram(ByteBuffer datagram, InetSocketAddress source, long receivedNanos);
    }

    private static final DatagramHandler DISCARD = (datagram, source, receivedNanos) -> { };

    private final Lane[] lanes;
    private final AtomicInteger nextLane = new AtomicInteger();

    public RtpReceiver(int laneCount, ThreadFactory threadFactory) throws IOException {
        lanes = new Lane[Math.max(1, laneCount)];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane(Selector.open());
        }
        for (Lane lane : lanes) {
            Thread thread = threadFactory.newThread(lane);
            lane.thread = thread;
            thread.start();
        }
    }

    /** Starts delivering datagrams of {@code rtp} to the handler and discarding those of {@code rtcp} (nullable). */
    public void register(DatagramChannel rtp, DatagramChannel rtcp, DatagramHandler handler) {
        Lane lane = lanes[Math.floorMod(nextLane.getAndIncrement(), lanes.length)];
        lane.pending.add(new Registration(rtp, handler));
        if (rtcp != null) {
            lane.pending.add(new Registration(rtcp, DISCARD));
        }
        lane.selector.wakeup();
    }

    @Override
    public void close() {
        for (Lane lane : lanes) {
            lane.running = false;
            lane.selector.wakeup();
        }
        for (Lane lane : lanes) {
            try {
                if (lane.thread != null) {
                    lane.thread.join(TimeUnit.SECONDS.toMillis(2));
                }
                lane.selector.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing an RTP selector failed", e);
            }
        }
    }

    private record Registration(DatagramChannel channel, DatagramHandler handler) {
    }

    private static final class Lane implements Runnable {
        final Selector selector;
        final Queue<Registration> pending = new ConcurrentLinkedQueue<>();
        final ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
        volatile boolean running = true;
        volatile Thread thread;

        Lane(Selector selector) {
            this.selector = selector;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    registerPending();
                    selector.select(this::drain, 1000); // no selected-key set: nothing allocated per wake-up
                } catch (ClosedSelectorException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "RTP receive loop error", e);
                }
            }
        }

        private void registerPending() {
            Registration registration;
            while ((registration = pending.poll()) != null) {
                try {
                    registration.channel().register(selector, SelectionKey.OP_READ, registration.handler());
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "RTP channel closed before registration", e);
                }
            }
        }

        private void drain(SelectionKey key) {
            DatagramChannel channel = (DatagramChannel) key.channel();
            DatagramHandler handler = (DatagramHandler) key.attachment();
            try {
                for (int i = 0; i < 64; i++) {
                    buffer.clear();
                    SocketAddress source = channel.receive(buffer);
                    if (source == null) {
                        return;
                    }
                    buffer.flip();
                    try {
                        handler.onDatagram(buffer, (InetSocketAddress) source, System.nanoTime());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "RTP datagram handling failed", e);
                    }
                }
            } catch (IOException | CancelledKeyException e) {
                if (!channel.isOpen()) {
                    key.cancel(); // the call ended
                }
            }
        }
    }
}
