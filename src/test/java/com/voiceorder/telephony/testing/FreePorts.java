package com.voiceorder.telephony.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free loopback ports picked by the OS. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port free for both UDP and TCP on 127.0.0.1 (for a SIP listener). */
    public static int udpAndTcp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket()) {
                    tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free port");
    }

    /** The start of a range of UDP ports that was free a moment ago (even). */
    public static int udpRangeStart() {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = udp.getLocalPort() & ~1;
            return Math.min(port, 65000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
