package com.voiceorder.telephony.testing;

import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.rtp.RtpPacket;
import com.voiceorder.telephony.rtp.TelephoneEventDecoder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The test phone's RTP side: sends G.711 and RFC 4733 packets, records what it receives with arrival times. */
public final class TestRtpPeer implements AutoCloseable {

    /** A received packet and when it arrived (System.nanoTime). */
    public record Received(RtpPacket packet, long arrivalNanos, InetSocketAddress source) {
    }

    private final DatagramChannel channel;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private int sequence = 1000;
    private long timestamp = 50_000;
    private volatile InetSocketAddress target;

    public TestRtpPeer() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    /** Bound to another loopback address (e.g. 127.0.0.2) to act as a foreign source. */
    public TestRtpPeer(InetAddress bind) throws IOException {
        channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(bind, 0));
        reader.execute(this::read);
    }

    public int port() {
        return ((InetSocketAddress) channel.socket().getLocalSocketAddress()).getPort();
    }

    public void target(InetSocketAddress target) {
        this.target = target;
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                InetSocketAddress source = (InetSocketAddress) channel.receive(buffer);
                long now = System.nanoTime();
                buffer.flip();
                RtpPacket packet = RtpPacket.parse(buffer);
                if (packet != null) {
                    received.add(new Received(packet, now, source));
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // keep reading
            }
        }
    }

    public void sendAudio(G711 codec, byte[] payload) throws IOException {
        send(new RtpPacket(false, codec.payloadType(), sequence++, timestamp, 0x1234, payload));
        timestamp += payload.length;
    }

    /** A key press as real phones send it: start, one update, then the end packet three times. */
    public void sendDtmf(DtmfDigit digit, int payloadType) throws IOException {
        long eventTimestamp = timestamp;
        send(new RtpPacket(true, payloadType, sequence++, eventTimestamp, 0x1234,
                TelephoneEventDecoder.encode(digit, false, 10, 160)));
        send(new RtpPacket(false, payloadType, sequence++, eventTimestamp, 0x1234,
                TelephoneEventDecoder.encode(digit, false, 10, 320)));
        for (int i = 0; i < 3; i++) {
            send(new RtpPacket(false, payloadType, sequence++, eventTimestamp, 0x1234,
                    TelephoneEventDecoder.encode(digit, true, 10, 480)));
        }
        timestamp += 800;
    }

    public void send(RtpPacket packet) throws IOException {
        channel.send(ByteBuffer.wrap(packet.encode()), target);
    }

    public void sendRaw(byte[] bytes, InetSocketAddress to) throws IOException {
        channel.send(ByteBuffer.wrap(bytes), to);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Concatenated payloads of received packets of the given payload type. */
    public byte[] receivedPayload(int payloadType) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Received r : received) {
            if (r.packet().payloadType() == payloadType) {
                out.writeBytes(r.packet().payload());
            }
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        channel.close();
        reader.shutdownNow();
    }
}
