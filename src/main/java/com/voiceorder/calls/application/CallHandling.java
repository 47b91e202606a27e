package com.voiceorder.calls.application;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.calls.application.CallJournal.Voicemail;
import com.voiceorder.calls.domain.CallOutcome;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.IncomingCallHandler;
import com.voiceorder.telephony.voicemail.VoicemailRecorder;
import com.voiceorder.telephony.voicemail.VoicemailRecorder.Recording;
import com.voiceorder.telephony.voicemail.VoicemailRecorder.Takeover;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.voice.VoiceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to every call telephony offers us. While the phone rings, the AI agent's session is
 * opened ({@link CallAgents}); once it is ready the call is answered and the agent talks
 * ({@link AgentConversation}). With no agent configured, or when it cannot be reached, the call goes
 * to voicemail: answer, play the greeting, record the caller's message (WAV under
 * {@code <data dir>/recordings/<restaurantId>/<yyyy-MM-dd>/<callId>.wav}) and file it in the
 * restaurant's messages — and an agent lost mid-call hands over to the same voicemail. Every call
 * gets a {@code Call} record whatever happens.
 *
 * <p>Telephony calls us on its callback threads; all database work runs on the given (managed)
 * executor, one step after the other per call.
 */
public final class CallHandling implements IncomingCallHandler {

    /** Folder of recordings, relative to the data directory. */
    public static final String RECORDINGS = "recordings";

    private static final Logger LOG = Logger.getLogger(CallHandling.class.getName());
    private static final int MAX_CALLED_NUMBER = 40;

    private final CallJournal journal;
    private final CallAgents agents;
    private final VoicemailRecorder voicemail;
    private final Path dataDir;
    private final Executor executor;
    private final Clock clock;
    private final BridgeStatistics bridge;

    /** @param agents the AI agent; null = every call goes to voicemail */
    public CallHandling(CallJournal journal, CallAgents agents, VoicemailRecorder voicemail, Path dataDir,
                        Executor executor, Clock clock) {
        this(journal, agents, voicemail, dataDir, executor, clock, new BridgeStatistics());
    }

    /**
     * @param agents the AI agent; null = every call goes to voicemail
     * @param bridge where the agent calls' bridge overhead is measured
     */
    public CallHandling(CallJournal journal, CallAgents agents, VoicemailRecorder voicemail, Path dataDir,
                        Executor executor, Clock clock, BridgeStatistics bridge) {
        this.bridge = bridge;
        this.journal = journal;
        this.agents = agents;
        this.voicemail = voicemail;
        this.dataDir = dataDir;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public void onIncomingCall(IncomingCall call) {
        offer(call, true, false, opened -> { });
    }

    /** A call only to leave a message (e.g. after a transfer nobody answered): straight to the voicemail. */
    public void onVoicemailCall(IncomingCall call) {
        offer(call, false, false, opened -> { });
    }

    /**
     * The assistant tried from the dashboard: handled like a real call, but its record and orders are
     * marked as tests; {@code opened} learns the record's id once it is written.
     */
    public void onTestCall(IncomingCall call, Consumer<StartedCall> opened) {
        offer(call, true, true, opened);
    }

    private void offer(IncomingCall call, boolean agentWanted, boolean test, Consumer<StartedCall> recordOpened) {
        Instant offeredAt = clock.instant();
        call.ring();
        String caller = call.caller().map(PhoneNumber::e164).orElse(null);
        String called = call.calledNumber() == null ? null
                : call.calledNumber().substring(0, Math.min(MAX_CALLED_NUMBER, call.calledNumber().length()));
        Long lineId = lineIdOf(call);
        CompletableFuture<Optional<StartedCall>> started;
        try {
            started = CompletableFuture.supplyAsync(() -> journal.callStarted(lineId, caller, called, offeredAt, test),
                    executor);
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Call " + call.callId() + " refused: the application is stopping");
            call.reject(503);
            return;
        }
        started.whenComplete((opened, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "Call " + call.callId() + " could not be recorded; refused", failure);
                call.reject(480);
            } else if (opened.isEmpty()) {
                LOG.warning(() -> "Call " + call.callId() + " for line " + call.lineId() + ": the line no longer exists");
                call.reject(404);
            } else {
                recordOpened.accept(opened.get());
                if (agentWanted && agents != null && agents.available()) {
                    talk(call, opened.get(), caller);
                } else {
                    takeMessage(call, opened.get(), caller);
                }
            }
        });
    }

    /** Opens the agent's session while the phone rings; answers once it is ready, else voicemail. */
    private void talk(IncomingCall call, StartedCall started, String caller) {
        JournalSteps steps = new JournalSteps(journal, executor, started.callId());
        AgentConversation conversation = new AgentConversation(started, agents.toolsFor(started, caller),
                agents.prices(), steps, executor, clock, answered -> voicemailAfterAgent(answered, started, caller, steps),
                bridge, agents.limits());
        CompletableFuture<VoiceSession> opening = CompletableFuture
                .supplyAsync(() -> agents.prepare(started, caller, call.codec()), executor)
                .thenCompose(config -> agents.open(config, conversation))
                .toCompletableFuture();
        opening.copy()
                .orTimeout(agents.openTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((session, failure) -> {
                    if (failure == null && !call.ended().toCompletableFuture().isDone()) {
                        conversation.answer(call, session);
                        return;
                    }
                    opening.thenAccept(VoiceSession::close); // late or unneeded: never left open
                    if (failure != null) {
                        LOG.warning(() -> "Agent unavailable for call " + call.callId() + " (" + rootMessage(failure)
                                + "): voicemail");
                    }
                    takeMessage(call, started, caller);
                });
    }

    /** The agent was lost on an answered call: the voicemail takes the call over (null if it cannot). */
    private Takeover voicemailAfterAgent(CallSession session, StartedCall started, String caller, JournalSteps steps) {
        String relativePath = recordingPath(started, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        Path file = dataDir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Takeover takeover = voicemail.takeOver(session, file);
            takeover.recording().whenComplete((result, failure) -> {
                Instant endedAt = clock.instant();
                steps.then(j -> finish(j, started, caller, relativePath, file, result, failure, endedAt));
            });
            return takeover;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Voicemail unavailable after the agent was lost on call " + started.callId(), e);
            return null;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private void takeMessage(IncomingCall call, StartedCall started, String caller) {
        JournalSteps steps = new JournalSteps(journal, executor, started.callId());
        CompletableFuture<EndReason> ended = call.ended().toCompletableFuture();
        if (ended.isDone()) {
            Instant at = clock.instant();
            steps.then(j -> j.callEnded(started.restaurantId(), started.callId(), at, CallOutcome.MISSED,
                    describe(ended.join())));
            return;
        }
        String relativePath = recordingPath(started, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        Path file = dataDir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot create the recordings folder " + file.getParent(), e);
            call.reject(500);
            Instant at = clock.instant();
            steps.then(j -> j.callEnded(started.restaurantId(), started.callId(), at, CallOutcome.FAILED,
                    "recording folder unavailable"));
            return;
        }
        var recording = voicemail.record(call, file);
        Instant answeredAt = clock.instant();
        steps.then(j -> j.callAnswered(started.restaurantId(), started.callId(), answeredAt));
        recording.whenComplete((result, failure) -> {
            Instant endedAt = clock.instant();
            steps.then(j -> finish(j, started, caller, relativePath, file, result, failure, endedAt));
        });
    }

    private void finish(CallJournal j, StartedCall started, String caller, String relativePath, Path file,
                        Recording recording, Throwable failure, Instant endedAt) {
        if (failure != null) {
            LOG.log(Level.WARNING, "Voicemail of call " + started.callId() + " failed", failure);
            j.callEnded(started.restaurantId(), started.callId(), endedAt, CallOutcome.FAILED, "voicemail failed");
            return;
        }
        String reason = describe(recording.endReason());
        if (recording.durationMillis() > 0) {
            int seconds = (int) Math.max(1, Math.round(recording.durationMillis() / 1000.0));
            j.voicemailLeft(started.restaurantId(), started.callId(), new Voicemail(caller, relativePath, seconds),
                    endedAt, reason);
            LOG.info(() -> "Voicemail left on call " + started.callId() + " (" + seconds + " s)");
            return;
        }
        deleteQuietly(file);
        CallOutcome outcome = switch (recording.endReason()) {
            case CANCELLED -> CallOutcome.ABANDONED; // answered too late: the caller had given up
            case ERROR, ACK_TIMEOUT -> CallOutcome.FAILED;
            default -> CallOutcome.ABANDONED;       // hung up during the greeting, nothing recorded
        };
        j.callEnded(started.restaurantId(), started.callId(), endedAt, outcome, reason);
    }

    /** {@code recordings/<restaurantId>/<yyyy-MM-dd>/<callId>.wav}, always with forward slashes. */
    static String recordingPath(StartedCall started, LocalDate day) {
        return RECORDINGS + "/" + started.restaurantId() + "/" + day + "/" + started.callId() + ".wav";
    }

    /** The reason stored on the call record, in SIP terms. */
    static String describe(EndReason reason) {
        return switch (reason) {
            case CALLER_HUNG_UP -> "BYE from caller";
            case HUNG_UP -> "BYE sent (voicemail full)";
            case CANCELLED -> "CANCEL from caller";
            case REJECTED -> "rejected";
            case ACK_TIMEOUT -> "no ACK for 200 OK";
            case MAX_DURATION -> "BYE sent (maximum call duration)";
            case NO_RTP -> "BYE sent (no RTP)";
            case TRANSFERRED -> "BYE sent (transferred to staff)";
            case SHUTDOWN -> "BYE sent (server stopping)";
            case ERROR -> "local error";
        };
    }

    private static Long lineIdOf(IncomingCall call) {
        try {
            return Long.valueOf(call.lineId());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Empty recording left in place: " + file, e);
        }
    }
}
