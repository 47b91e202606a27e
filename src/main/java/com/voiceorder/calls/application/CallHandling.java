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
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to every call telephony offers us. Until the AI agent exists, every call goes to
 * voicemail: ring, answer, play the greeting, record the caller's message (WAV under
 * {@code <data dir>/recordings/<restaurantId>/<yyyy-MM-dd>/<callId>.wav}) and file it in the
 * restaurant's messages. Every call gets a {@code Call} record whatever happens.
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
    private final VoicemailRecorder voicemail;
    private final Path dataDir;
    private final Executor executor;
    private final Clock clock;

    public CallHandling(CallJournal journal, VoicemailRecorder voicemail, Path dataDir, Executor executor,
                        Clock clock) {
        this.journal = journal;
        this.voicemail = voicemail;
        this.dataDir = dataDir;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public void onIncomingCall(IncomingCall call) {
        Instant offeredAt = clock.instant();
        call.ring();
        String caller = call.caller().map(PhoneNumber::e164).orElse(null);
        String called = call.calledNumber() == null ? null
                : call.calledNumber().substring(0, Math.min(MAX_CALLED_NUMBER, call.calledNumber().length()));
        Long lineId = lineIdOf(call);
        CompletableFuture<Optional<StartedCall>> started;
        try {
            started = CompletableFuture.supplyAsync(() -> journal.callStarted(lineId, caller, called, offeredAt),
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
                takeMessage(call, opened.get(), caller);
            }
        });
    }

    private void takeMessage(IncomingCall call, StartedCall started, String caller) {
        Steps steps = new Steps(started);
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

    /** The journal steps of one call, run one after the other on the executor. */
    private final class Steps {
        private final StartedCall call;
        private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

        Steps(StartedCall call) {
            this.call = call;
        }

        synchronized void then(Consumer<CallJournal> step) {
            tail = tail.thenRunAsync(() -> {
                try {
                    step.accept(journal);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Call record " + call.callId() + " could not be updated", e);
                }
            }, executor).exceptionally(failure -> {
                LOG.log(Level.WARNING, "Call record " + call.callId() + " update not run", failure);
                return null;
            });
        }
    }
}
