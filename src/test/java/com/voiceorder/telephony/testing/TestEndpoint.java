package com.voiceorder.telephony.testing;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.line.LineDirectory;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.sip.SipEndpoint;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A started {@link SipEndpoint} on loopback with its own ports, a mutable line list, a thread factory
 * that counts the threads it made, and a handler that records offered calls and (by default) answers them.
 */
public final class TestEndpoint implements AutoCloseable {

    public static final PhoneNumber NUMBER = new PhoneNumber("+33491000000");

    private final List<SipLine> lines = new CopyOnWriteArrayList<>();
    private final List<IncomingCall> offered = new CopyOnWriteArrayList<>();
    private final List<CallSession> sessions = new CopyOnWriteArrayList<>();
    private final List<RecordingMedia> media = new CopyOnWriteArrayList<>();
    private final AtomicInteger threadsCreated = new AtomicInteger();
    private final SipEndpoint endpoint;
    private final int sipPort;
    private volatile Consumer<IncomingCall> behaviour = this::answer;

    public TestEndpoint(TelephonyConfig.Limits limits, List<SipLine> initialLines) throws Exception {
        this(limits, initialLines, null);
    }

    public TestEndpoint(TelephonyConfig.Limits limits, List<SipLine> initialLines, String publicAddress)
            throws Exception {
        lines.addAll(initialLines);
        sipPort = FreePorts.udpAndTcp();
        int rtpStart = FreePorts.udpRangeStart();
        TelephonyConfig config = new TelephonyConfig("127.0.0.1", sipPort, publicAddress, rtpStart, rtpStart + 40,
                "FR", "voiceorder", limits);
        ThreadFactory base = Executors.defaultThreadFactory();
        ThreadFactory counting = runnable -> {
            threadsCreated.incrementAndGet();
            Thread thread = base.newThread(runnable);
            thread.setDaemon(true);
            return thread;
        };
        LineDirectory directory = () -> List.copyOf(lines);
        endpoint = new SipEndpoint(config, directory, counting);
        endpoint.setIncomingCallHandler(call -> {
            offered.add(call);
            behaviour.accept(call);
        });
        endpoint.start();
    }

    /** A gateway line for {@link #NUMBER} accepting INVITEs from loopback. */
    public static SipLine loopbackGatewayLine(int maxCalls) {
        return SipLine.gateway("line-1", NUMBER, null, List.of("127.0.0.0/8"), maxCalls);
    }

    public SipEndpoint endpoint() {
        return endpoint;
    }

    public String uri(String user) {
        return "sip:" + user + "@127.0.0.1:" + sipPort;
    }

    public int sipPort() {
        return sipPort;
    }

    public void behaviour(Consumer<IncomingCall> behaviour) {
        this.behaviour = behaviour;
    }

    /** Rings then answers with a fresh RecordingMedia. */
    public void answer(IncomingCall call) {
        call.ring();
        RecordingMedia recording = new RecordingMedia();
        media.add(recording);
        sessions.add(call.answer(recording));
    }

    public void setLines(List<SipLine> newLines) {
        lines.clear();
        lines.addAll(newLines);
        endpoint.refreshLines();
    }

    public List<IncomingCall> offered() {
        return List.copyOf(offered);
    }

    public List<CallSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<RecordingMedia> media() {
        return List.copyOf(media);
    }

    /** Forgets recorded calls (for fixtures shared by several scenarios). */
    public void forgetCalls() {
        offered.clear();
        sessions.clear();
        media.clear();
    }

    public int threadsCreated() {
        return threadsCreated.get();
    }

    @Override
    public void close() {
        endpoint.stop();
    }
}
