package com.voiceorder.telephony.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Hands out one even RTP port per call from the configured range (RFC 3550 §11: RTP on an even port,
 * RTCP on the next odd one). Ports another process holds are skipped.
 */
public final class RtpPortPool {

    private static final Logger LOG = Logger.getLogger(RtpPortPool.class.getName());
    private static final int RECEIVE_BUFFER = 64 * 1024;

    private final InetAddress bindAddress;
    private final int firstPort;
    private final int portCount;
    private final Set<Integer> inUse = new HashSet<>();
    private int cursor;

    public RtpPortPool(InetAddress bindAddress, int minPort, int maxPort) {
        if (minPort <= 0 || maxPort > 65535 || maxPort <= minPort) {
            throw new IllegalArgumentException("RTP port range " + minPort + "-" + maxPort);
        }
        this.bindAddress = bindAddress;
        this.firstPort = minPort + (minPort & 1);
        this.portCount = (maxPort - firstPort + 1) / 2;
    }

    /** Binds an RTP channel (non-blocking) and, best effort, its RTCP neighbour; empty when the range is exhausted. */
    public Optional<RtpPorts> allocate() {
        for (int attempt = 0; attempt < portCount; attempt++) {
            int port;
            synchronized (this) {
                port = firstPort + 2 * cursor;
                cursor = (cursor + 1) % portCount;
                if (!inUse.add(port)) {
                    continue;
                }
            }
            DatagramChannel rtp = bind(port);
            if (rtp == null) {
                release(port);
                continue;
            }
            return Optional.of(new RtpPorts(this, port, rtp, bind(port + 1)));
        }
        LOG.warning("No free RTP port left in the configured range");
        return Optional.empty();
    }

    synchronized void release(int port) {
        inUse.remove(port);
    }

    public synchronized int inUse() {
        return inUse.size();
    }

    private DatagramChannel bind(int port) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            channel.bind(new InetSocketAddress(bindAddress, port));
            channel.configureBlocking(false);
            return channel;
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to free
                }
            }
            return null;
        }
    }

    /** The sockets of one call. Closing releases the port. */
    public static final class RtpPorts implements AutoCloseable {
        private final RtpPortPool pool;
        private final int port;
        private final DatagramChannel rtp;
        private final DatagramChannel rtcp;
        private boolean closed;

        RtpPorts(RtpPortPool pool, int port, DatagramChannel rtp, DatagramChannel rtcp) {
            this.pool = pool;
            this.port = port;
            this.rtp = rtp;
            this.rtcp = rtcp;
        }

        public int port() {
            return port;
        }

        public DatagramChannel rtp() {
            return rtp;
        }

        /** May be null when the odd port was taken; RTCP is then simply not received. */
        public DatagramChannel rtcp() {
            return rtcp;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (DatagramChannel channel : new DatagramChannel[] {rtp, rtcp}) {
                if (channel != null) {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
            pool.release(port);
        }
    }
}
