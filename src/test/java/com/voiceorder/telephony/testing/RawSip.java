package com.voiceorder.telephony.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A bare UDP socket for sending hand-written (or broken) SIP and reading the raw answers. */
public final class RawSip implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress target;

    public RawSip(int targetPort) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void send(String message) throws IOException {
        send(message.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public void send(byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, target));
    }

    /** Messages received until {@code millis} pass without one (bounded wait, not a sleep). */
    public List<String> receiveFor(int millis) throws IOException {
        List<String> messages = new ArrayList<>();
        socket.setSoTimeout(millis);
        byte[] buffer = new byte[8192];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return messages;
            }
            messages.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
        }
    }

    /** Waits for the first message whose start line begins with {@code prefix}. */
    public String await(String prefix, int timeoutMillis) throws IOException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        byte[] buffer = new byte[8192];
        while (System.currentTimeMillis() < deadline) {
            socket.setSoTimeout((int) Math.max(1, deadline - System.currentTimeMillis()));
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                break;
            }
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (message.startsWith(prefix)) {
                return message;
            }
        }
        throw new AssertionError("nothing starting with '" + prefix + "' within " + timeoutMillis + " ms");
    }

    @Override
    public void close() {
        socket.close();
    }
}
