package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCallHandler;
import com.voiceorder.telephony.line.LineDirectory;
import com.voiceorder.telephony.line.LineMode;
import com.voiceorder.telephony.line.LineStatus;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.rtp.RealtimeScheduling;
import com.voiceorder.telephony.rtp.RtpPacer;
import com.voiceorder.telephony.rtp.RtpPortPool;
import com.voiceorder.telephony.rtp.RtpReceiver;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.SipProvider;
import java.util.TooManyListenersException;

/**
 * The SIP/RTP endpoint: a JAIN-SIP RI stack listening on UDP and TCP, the lines from a
 * {@link LineDirectory}, trunk registrations, the gateway registrar and the calls.
 *
 * <p>Every thread of our own comes from the {@link ThreadFactory} given (the container's managed one);
 * the JAIN-SIP stack starts its own transport and timer threads internally.
 */
public final class SipEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SipEndpoint.class.getName());
    private static final int SIP_WORK_QUEUE = 10_000;
    private static final int CALLBACK_QUEUE = 20_000;
    static final int MAX_MESSAGE_BYTES = 16 * 1024;

    private final TelephonyConfig config;
    private final ThreadFactory threadFactory;
    private final LineBook lines;
    private final Map<String, TrunkRegistration> registrationsByLine = new ConcurrentHashMap<>();
    private final Map<String, TrunkRegistration> registrationsByCallId = new ConcurrentHashMap<>();
    private volatile IncomingCallHandler handler;

    private SipStackImpl stack;
    private SipProvider provider;
    private StripedExecutor workers;
    private ThreadPoolExecutor callbacks;
    private ScheduledThreadPoolExecutor scheduler;
    private RtpReceiver rtpReceiver;
    private volatile RtpPacer pacer;
    private SipContext sip;
    private InviteServer invites;
    private GatewayRegistrar gatewayRegistrar;
    private SipRequestRouter router;
    private int boundPort;
    private volatile boolean running;

    public SipEndpoint(TelephonyConfig config, LineDirectory directory, ThreadFactory threadFactory) {
        this(config, directory, threadFactory, Clock.systemUTC());
    }

    public SipEndpoint(TelephonyConfig config, LineDirectory directory, ThreadFactory threadFactory, Clock clock) {
        this.config = config;
        this.threadFactory = threadFactory;
        this.lines = new LineBook(directory, clock, config.defaultRegion());
    }

    /** The application's entry point for calls; may be set before or after {@link #start()}. */
    public void setIncomingCallHandler(IncomingCallHandler handler) {
        this.handler = handler;
        if (invites != null) {
            invites.setHandler(handler);
        }
    }

    /** Binds SIP (UDP + TCP) and RTP, reads the lines and starts trunk registrations. */
    public synchronized void start() throws IOException {
        if (running) {
            return;
        }
        try {
            stack = new SipStackImpl(stackProperties());
            InetAddress bind = InetAddress.getByName(config.bindAddress());
            ListeningPoint udp = stack.createListeningPoint(config.bindAddress(), config.sipPort(), ListeningPoint.UDP);
            boundPort = udp.getPort();
            ListeningPoint tcp = stack.createListeningPoint(config.bindAddress(), boundPort, ListeningPoint.TCP);
            String sentBy = config.publicAddress() != null ? config.publicAddress()
                    : bind.isAnyLocalAddress() ? SipContext.localAddressToward(InetAddress.getByName("192.0.2.1"))
                    : bind.getHostAddress();
            udp.setSentBy(sentBy + ":" + boundPort);
            tcp.setSentBy(sentBy + ":" + boundPort);
            provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            provider.setAutomaticDialogSupportEnabled(true);

            workers = new StripedExecutor(config.limits().sipWorkerThreads(), SIP_WORK_QUEUE, named("sip-worker"));
            callbacks = new ThreadPoolExecutor(config.limits().callbackThreads(), config.limits().callbackThreads(),
                    30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(CALLBACK_QUEUE), named("call-callback"));
            callbacks.allowCoreThreadTimeOut(true);
            scheduler = new ScheduledThreadPoolExecutor(1, named("sip-timer"));
            scheduler.setRemoveOnCancelPolicy(true);
            rtpReceiver = new RtpReceiver(config.limits().rtpReceiveThreads(), named("rtp-receive"));
            // Only the pacer is real-time: a receiver lane above the call threads it hands frames to
            // would only make those wait longer.
            RealtimeScheduling pacing = new RealtimeScheduling(config.limits().mediaRealtimePriority());
            pacer = new RtpPacer(config.limits().pacerThreads(), pacing.threads(named("rtp-pacer")));

            sip = new SipContext(config, provider, new HeaderFactoryImpl(), new MessageFactoryImpl(),
                    new AddressFactoryImpl(), scheduler, callbacks, boundPort);
            gatewayRegistrar = new GatewayRegistrar(sip, lines);
            invites = new InviteServer(sip, lines, gatewayRegistrar,
                    new RtpPortPool(bind, config.rtpPortMin(), config.rtpPortMax()), rtpReceiver, pacer);
            invites.setHandler(handler);
            router = new SipRequestRouter(sip, workers, invites, gatewayRegistrar, registrationsByCallId);
            provider.addSipListener(router);
            stack.start();
            running = true;
            scheduler.scheduleWithFixedDelay(this::supervise, 250, 250, TimeUnit.MILLISECONDS);
            refreshLines();
            LOG.info(() -> "SIP endpoint listening on " + config.bindAddress() + ":" + boundPort + " (UDP, TCP)");
        } catch (javax.sip.SipException | javax.sip.InvalidArgumentException | TooManyListenersException
                 | java.text.ParseException
                 | RuntimeException e) {
            stop();
            throw new IOException("SIP endpoint could not start on " + config.bindAddress() + ":" + config.sipPort(), e);
        }
    }

    private Properties stackProperties() {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "voiceorder-" + UUID.randomUUID());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        // Measured on this hardware (sip-facts.md): one stack thread avoids 200 OK retransmission races.
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", "2097152");
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", "2097152");
        properties.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "20000");
        // The UDP reader allocates a buffer of this size for every datagram: 64 KB each made a quarter of
        // the heap churn under load. SIP over UDP stays under the path MTU (RFC 3261 §18.1.1); 16 KB
        // leaves room for fragmented INVITEs and caps TCP messages far above any real one.
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_BYTES));
        properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        // NOTIFYs answering our REFER (RFC 3515) reach the listener; SipCall refuses any other with 481.
        properties.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JulServerLogger.class.getName());
        return properties;
    }

    /**
     * Re-reads the line directory: starts registrations of new trunk lines, unregisters removed ones and
     * forgets their gateway bindings. Calls in progress continue.
     */
    public synchronized void refreshLines() {
        if (!running) {
            return;
        }
        LineBook.Changes changes = lines.refresh();
        for (SipLine removed : changes.removed()) {
            TrunkRegistration registration = registrationsByLine.remove(removed.id());
            if (registration != null) {
                registration.stop();
                TrunkRegistration stopped = registration;
                scheduler.schedule(() -> registrationsByCallId.remove(stopped.callId(), stopped), 32, TimeUnit.SECONDS);
            }
            gatewayRegistrar.forget(removed.id());
        }
        for (SipLine added : changes.added()) {
            if (added.mode() == LineMode.REGISTER_TO_TRUNK) {
                TrunkRegistration registration = new TrunkRegistration(sip, lines, added);
                registrationsByLine.put(added.id(), registration);
                registrationsByCallId.put(registration.callId(), registration);
                registration.start();
            }
        }
    }

    public List<LineStatus> lineStatuses() {
        return lines.statuses();
    }

    public Optional<LineStatus> lineStatus(String lineId) {
        return lines.status(lineId);
    }

    /** How punctually outbound RTP is sent; empty while the endpoint is not started. */
    public Optional<com.voiceorder.telephony.rtp.PacingStatistics> pacingStatistics() {
        RtpPacer current = pacer;
        return current == null ? Optional.empty() : Optional.of(current.statistics());
    }

    public int activeCalls() {
        return invites == null ? 0 : invites.activeCalls();
    }

    /** The SIP port actually bound (useful when configured as 0). */
    public int sipPort() {
        return boundPort;
    }

    public boolean isRunning() {
        return running;
    }

    private void supervise() {
        try {
            invites.supervise();
            gatewayRegistrar.expire();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call supervision failed", e);
        }
    }

    /** Unregisters trunks, hangs up calls (BYE), then closes the stack, RTP sockets and all threads. */
    public synchronized void stop() {
        running = false;
        for (TrunkRegistration registration : registrationsByLine.values()) {
            registration.stop();
        }
        registrationsByLine.clear();
        registrationsByCallId.clear();
        if (invites != null) {
            invites.endAll(EndReason.SHUTDOWN);
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
        }
        if (stack != null) {
            if (provider != null) {
                for (ListeningPoint point : provider.getListeningPoints()) {
                    try {
                        provider.removeListeningPoint(point);
                        stack.deleteListeningPoint(point);
                    } catch (ObjectInUseException | RuntimeException e) {
                        LOG.log(Level.FINE, "Closing a listening point failed", e);
                    }
                }
                try {
                    if (router != null) {
                        provider.removeSipListener(router);
                    }
                    stack.deleteSipProvider(provider);
                } catch (ObjectInUseException | RuntimeException e) {
                    LOG.log(Level.FINE, "Closing the SIP provider failed", e);
                }
            }
            stack.stop();
        }
        if (pacer != null) {
            pacer.close();
        }
        if (rtpReceiver != null) {
            rtpReceiver.close();
        }
        if (callbacks != null) {
            callbacks.shutdown();
            try {
                if (!callbacks.awaitTermination(2, TimeUnit.SECONDS)) {
                    callbacks.shutdownNow();
                }
            } catch (InterruptedException e) {
                callbacks.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        stack = null;
        provider = null;
        invites = null;
    }

    @Override
    public void close() {
        stop();
    }

    private ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = threadFactory.newThread(runnable);
            try {
                thread.setName(prefix + "-" + counter.incrementAndGet());
            } catch (SecurityException e) {
                LOG.log(Level.FINEST, "Thread name kept", e);
            }
            return thread;
        };
    }
}
