package com.voiceorder.telephony.rtp;

import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.media.G711;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The media of one call on one UDP port: inbound G.711 and RFC 4733 events to a {@link MediaHandler},
 * outbound audio paced by the shared {@link RtpPacer} and sent from the same unconnected channel.
 *
 * <p>Symmetric RTP (RFC 4961, "comedia"): until the first acceptable packet arrives, audio goes to the
 * address in the SDP; then it goes back to where that packet came from. A packet is acceptable for
 * latching when its IP is the SDP address or the SIP signalling source (a gateway behind NAT), or any
 * IP when the line allows it. After latching, packets from other sources are dropped.
 */
public final class RtpSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RtpSession.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Receives the media of a call on the RTP receive thread: must only enqueue, never block. */
    public interface MediaHandler {
        void onAudio(AudioFrame frame);

        void onDtmf(DtmfDigit digit);
    }

    private final RtpPortPool.RtpPorts ports;
    private final G711 codec;
    private final MediaHandler handler;
    private final PacedStream outbound;
    private final TelephoneEventDecoder telephoneEvents = new TelephoneEventDecoder();
    private final boolean latchFromAnyAddress;
    private final ByteBuffer sendBuffer = ByteBuffer.allocate(RtpPacket.HEADER_SIZE + PacedStream.FRAME_BYTES);
    private final long ssrc = RANDOM.nextInt() & 0xFFFF_FFFFL;
    private int sequence = RANDOM.nextInt(0x10000);
    private long timestamp = RANDOM.nextInt() & 0xFFFF_FFFFL;
    private boolean firstPacket = true;

    private volatile int audioPayloadType;
    private volatile int telephoneEventPayloadType;
    private volatile InetSocketAddress sendTarget;
    private volatile Set<InetAddress> trustedSources;
    private volatile InetSocketAddress latchedSource;
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile long receivedPackets;
    private volatile long rejectedPackets;
    private RtpPacer pacer;

    public RtpSession(RtpPortPool.RtpPorts ports, G711 codec, int audioPayloadType, int telephoneEventPayloadType,
                      InetSocketAddress signalledTarget, Set<InetAddress> trustedSources, boolean latchFromAnyAddress,
                      long outboundCapacityMillis, MediaHandler handler) {
        this.ports = ports;
        this.codec = codec;
        this.audioPayloadType = audioPayloadType;
        this.telephoneEventPayloadType = telephoneEventPayloadType;
        this.sendTarget = signalledTarget;
        this.trustedSources = Set.copyOf(trustedSources);
        this.latchFromAnyAddress = latchFromAnyAddress;
        this.handler = handler;
        this.outbound = new PacedStream(codec, this::transmit, outboundCapacityMillis);
    }

    public void start(RtpReceiver receiver, RtpPacer pacer) {
        this.pacer = pacer;
        receiver.register(ports.rtp(), ports.rtcp(), this::onDatagram);
        pacer.add(outbound);
    }

    public int localPort() {
        return ports.port();
    }

    public G711 codec() {
        return codec;
    }

    public PacedStream outbound() {
        return outbound;
    }

    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    public long receivedPackets() {
        return receivedPackets;
    }

    public long rejectedPackets() {
        return rejectedPackets;
    }

    /** Where audio is sent now (the latched source once RTP arrived). */
    public InetSocketAddress sendTarget() {
        return sendTarget;
    }

    /** A re-INVITE changed the media address or payload types: send there and latch again. */
    public void retarget(InetSocketAddress signalledTarget, Set<InetAddress> trustedSources,
                         int audioPayloadType, int telephoneEventPayloadType) {
        this.trustedSources = Set.copyOf(trustedSources);
        this.audioPayloadType = audioPayloadType;
        this.telephoneEventPayloadType = telephoneEventPayloadType;
        this.latchedSource = null;
        this.sendTarget = signalledTarget;
    }

    /** Hold / resume: whether we send audio. Silence of a held peer does not count as missing RTP. */
    public void setSending(boolean sending) {
        outbound.setPaused(!sending);
    }

    /** Resets the no-RTP clock (e.g. when the peer resumes after hold). */
    public void touch() {
        lastReceivedNanos = System.nanoTime();
    }

    private void onDatagram(ByteBuffer datagram, InetSocketAddress source, long receivedNanos) {
        InetSocketAddress latched = latchedSource;
        if (latched == null) {
            if (!latchFromAnyAddress && !trustedSources.contains(source.getAddress())) {
                rejectedPackets++;
                return;
            }
            RtpPacket probe = RtpPacket.parse(datagram);
            if (probe == null) {
                rejectedPackets++;
                return;
            }
            latchedSource = source;
            sendTarget = source;
            LOG.fine(() -> "RTP latched to " + source);
            dispatch(probe, receivedNanos);
            return;
        }
        if (!latched.equals(source)) {
            rejectedPackets++;
            return;
        }
        RtpPacket packet = RtpPacket.parse(datagram);
        if (packet == null) {
            rejectedPackets++;
            return;
        }
        dispatch(packet, receivedNanos);
    }

    private void dispatch(RtpPacket packet, long receivedNanos) {
        lastReceivedNanos = receivedNanos;
        receivedPackets++;
        int payloadType = packet.payloadType();
        if (payloadType == audioPayloadType) {
            handler.onAudio(new AudioFrame(codec, packet.payload(), packet.timestamp(), receivedNanos));
        } else if (payloadType == telephoneEventPayloadType) {
            telephoneEvents.accept(packet.payload(), packet.timestamp()).ifPresent(handler::onDtmf);
        }
    }

    /** Called by the pacer thread of this stream only. */
    private void transmit(byte[] frame, int skippedFrames) {
        InetSocketAddress target = sendTarget;
        timestamp = (timestamp + (long) skippedFrames * PacedStream.FRAME_BYTES) & 0xFFFF_FFFFL;
        if (target != null && target.getPort() != 0 && !target.getAddress().isAnyLocalAddress()) {
            sendBuffer.clear();
            RtpPacket.write(sendBuffer, firstPacket, audioPayloadType, sequence, timestamp, ssrc, frame, 0, frame.length);
            sendBuffer.flip();
            try {
                ports.rtp().send(sendBuffer, target); // non-blocking: a full socket buffer drops the frame
                firstPacket = false;
            } catch (IOException e) {
                LOG.log(Level.FINE, "RTP send failed", e);
            }
        }
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = (timestamp + PacedStream.FRAME_BYTES) & 0xFFFF_FFFFL;
    }

    @Override
    public void close() {
        outbound.close();
        if (pacer != null) {
            pacer.remove(outbound);
        }
        ports.close();
    }
}
