package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.BridgeStatistics;
import com.voiceorder.calls.application.CallAgents;
import com.voiceorder.calls.application.CallHandling;
import com.voiceorder.calls.application.CallJournal;
import com.voiceorder.calls.application.LineErrorRecorder;
import com.voiceorder.calls.application.LineStatusSource;
import com.voiceorder.calls.application.TelephonyMeasurements;
import com.voiceorder.telephony.rtp.PacingStatistics;
import com.voiceorder.calls.application.PhoneLinesChanged;
import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.line.LineStatus;
import com.voiceorder.telephony.media.AudioClip;
import com.voiceorder.telephony.media.WavReader;
import com.voiceorder.telephony.sip.SipEndpoint;
import com.voiceorder.telephony.voicemail.VoicemailRecorder;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the SIP endpoint inside Liberty: started after the schema, the admin and the demo data, with
 * Liberty's managed threads; stopped with the application. Lines are re-read every few seconds and
 * right after a line is saved. A SIP port already in use does not stop the application: it is
 * logged and reported by the {@code telephony} readiness check.
 */
@ApplicationScoped
public class TelephonyLifecycle implements LineStatusSource, TelephonyMeasurements {

    /** After schema (100), admin (200) and demo data (300). */
    public static final int STARTUP_PRIORITY = 400;
    public static final String GREETING = "/audio/voicemail-greeting-fr.wav";
    private static final Duration LINE_REFRESH = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(TelephonyLifecycle.class.getName());

    @Inject
    DatabaseLineDirectory directory;

    @Inject
    CallJournal journal;

    @Inject
    LineErrorRecorder lineErrors;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.port", defaultValue = "5060")
    int sipPort;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.bind", defaultValue = "0.0.0.0")
    String bindAddress;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.public-address")
    Optional<String> publicAddress;

    @Inject
    @ConfigProperty(name = "voiceorder.rtp.port-min", defaultValue = "20000")
    int rtpPortMin;

    @Inject
    @ConfigProperty(name = "voiceorder.rtp.port-max", defaultValue = "20999")
    int rtpPortMax;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.max-calls", defaultValue = "500")
    int maxCalls;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.invites-per-second-per-source", defaultValue = "5")
    double invitesPerSecondPerSource;

    @Inject
    @ConfigProperty(name = "voiceorder.sip.invite-burst-per-source", defaultValue = "20")
    int inviteBurstPerSource;

    @Inject
    @ConfigProperty(name = "voiceorder.rtp.pacer-threads", defaultValue = "0")
    int pacerThreads;

    @Inject
    @ConfigProperty(name = "voiceorder.rtp.realtime-priority", defaultValue = "10")
    int mediaRealtimePriority;

    @Inject
    @ConfigProperty(name = "voiceorder.voicemail.max-seconds", defaultValue = "120")
    int voicemailMaxSeconds;

    @Inject
    @ConfigProperty(name = "voiceorder.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    CallAgents agents;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "concurrent/voiceorderExecutor")
    ManagedExecutorService executor;

    private final BridgeStatistics bridge = new BridgeStatistics();
    private CallHandling callHandling;
    private volatile SipEndpoint endpoint;
    private volatile TelephonyStatus.State state = TelephonyStatus.State.STARTING;
    private volatile String failure;
    private ScheduledFuture<?> refresher;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        start();
    }

    synchronized void start() {
        if (!enabled) {
            state = TelephonyStatus.State.DISABLED;
            LOG.info("SIP is turned off (voiceorder.sip.enabled=false)");
            return;
        }
        SipEndpoint started = null;
        try {
            TelephonyConfig config = new TelephonyConfig(bindAddress, sipPort, publicAddress.orElse(null), rtpPortMin,
                    rtpPortMax, "FR", "voiceorder", limits());
            directory.reload();
            started = new SipEndpoint(config, directory, threadFactory);
            started.setIncomingCallHandler(callHandling());
            started.start();
            endpoint = started;
            state = TelephonyStatus.State.RUNNING;
            refresher = scheduler.scheduleWithFixedDelay(this::refreshLines, LINE_REFRESH.toMillis(),
                    LINE_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException e) {
            if (started != null) {
                started.stop();
            }
            failure = rootMessage(e);
            state = TelephonyStatus.State.FAILED;
            LOG.log(Level.SEVERE, "Telephony is OFF: the SIP endpoint could not start on " + bindAddress + ":"
                    + sipPort + " (" + failure + "). The rest of the application runs; fix the port or address "
                    + "(voiceorder.sip.port / voiceorder.sip.bind) and restart.", e);
        }
    }

    /**
     * What happens to every call, whatever entry it came by (SIP here, Twilio through {@code TwilioCalls}):
     * one instance, with the journal, agents, voicemail and executor; built on first use, SIP on or off.
     */
    public synchronized CallHandling callHandling() throws IOException {
        if (callHandling == null) {
            VoicemailRecorder voicemail = new VoicemailRecorder(greeting(), Duration.ofSeconds(voicemailMaxSeconds));
            callHandling = new CallHandling(journal, agents, voicemail, Path.of(dataDir).toAbsolutePath(), executor,
                    clock, bridge);
        }
        return callHandling;
    }

    /** The defaults, with the capacity keys applied where set (a key left at 0 keeps the default). */
    private TelephonyConfig.Limits limits() {
        TelephonyConfig.Limits defaults = TelephonyConfig.Limits.defaults();
        return defaults.withCallCapacity(maxCalls > 0 ? maxCalls : defaults.maxCalls(),
                invitesPerSecondPerSource > 0 ? invitesPerSecondPerSource : defaults.invitesPerSecondPerSource(),
                inviteBurstPerSource > 0 ? inviteBurstPerSource : defaults.inviteBurstPerSource())
                .withPacerThreads(pacerThreads > 0 ? pacerThreads : defaults.pacerThreads())
                .withMediaRealtimePriority(mediaRealtimePriority);
    }

    /** A line was saved: serve the new state at once (after commit, on a managed thread). */
    void onLinesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PhoneLinesChanged changed) {
        if (endpoint == null) {
            return;
        }
        try {
            executor.execute(this::refreshLines);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Line refresh not scheduled (stopping)", e);
        }
    }

    void refreshLines() {
        SipEndpoint current = endpoint;
        if (current == null) {
            return;
        }
        try {
            if (directory.reload()) {
                current.refreshLines();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing the phone lines failed", e);
        }
        try {
            if (lineErrors != null) {
                lineErrors.record(current.lineStatuses(), directory.refusals());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Storing the lines' errors failed", e);
        }
    }

    /** Hangs up and unregisters while the rest of the application (journal, database) still works. */
    void onShutdown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stop();
    }

    @PreDestroy
    synchronized void stop() {
        if (refresher != null) {
            refresher.cancel(false);
            refresher = null;
        }
        SipEndpoint current = endpoint;
        endpoint = null;
        if (current != null) {
            LOG.info("Stopping the SIP endpoint");
            current.stop();
            state = TelephonyStatus.State.STOPPED;
            LOG.info("SIP endpoint stopped");
        }
    }

    public TelephonyStatus status() {
        SipEndpoint current = endpoint;
        if (current == null) {
            return new TelephonyStatus(state, sipPort, 0, 0, 0, failure);
        }
        List<LineStatus> lines = current.lineStatuses();
        int registered = (int) lines.stream().filter(LineStatus::registered).count();
        return new TelephonyStatus(state, current.sipPort(), lines.size(), registered, current.activeCalls(), null);
    }

    @Override
    public List<LineStatus> lineStatuses() {
        SipEndpoint current = endpoint;
        return current == null ? List.of() : current.lineStatuses();
    }

    @Override
    public Optional<PacingStatistics.Snapshot> pacing() {
        SipEndpoint current = endpoint;
        return current == null ? Optional.empty() : current.pacingStatistics().map(PacingStatistics::snapshot);
    }

    @Override
    public void resetPacing() {
        SipEndpoint current = endpoint;
        if (current != null) {
            current.pacingStatistics().ifPresent(PacingStatistics::reset);
        }
    }

    @Override
    public BridgeStatistics.Snapshot bridge() {
        return bridge.snapshot();
    }

    @Override
    public void resetBridge() {
        bridge.reset();
    }

    private static AudioClip greeting() throws IOException {
        return WavReader.read(TelephonyLifecycle.class.getResourceAsStream(GREETING));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e == root ? message : e.getMessage() + ": " + message;
    }
}
