package com.voiceorder.calls.application;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.calls.domain.Speaker;
import com.voiceorder.telephony.call.CallMedia;
import com.voiceorder.telephony.call.CallSession;
import com.voiceorder.telephony.call.EndReason;
import com.voiceorder.telephony.call.IncomingCall;
import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.media.AudioFrame;
import com.voiceorder.telephony.media.DtmfDigit;
import com.voiceorder.telephony.voicemail.VoicemailRecorder.Takeover;
import com.voiceorder.voice.AgentAudio;
import com.voiceorder.voice.AgentError;
import com.voiceorder.voice.ResponseDone;
import com.voiceorder.voice.SessionClosed;
import com.voiceorder.voice.ToolCall;
import com.voiceorder.voice.Transcript;
import com.voiceorder.voice.VoiceSession;
import com.voiceorder.voice.VoiceSessionListener;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One phone call talked through by the AI agent: caller audio goes to the agent untouched, agent
 * audio (faster than real time) is queued for telephony to pace; the caller speaking over the agent
 * flushes that queue and truncates the agent's memory at what was heard; tool calls run on the
 * executor, never on media or socket threads; {@code end_call} hangs up once the goodbye is played.
 * If the agent drops mid-call, the call is handed to the voicemail. Every second a
 * {@link ConversationWatch} looks at the call: a long silence gets one check-in, then a goodbye; the
 * maximum length or the cost cap gets a polite closing before the hang-up.
 * {@code transfer_to_staff} closes the agent once its announcement is played and hands the caller to the
 * line's staff number; nobody answering in 20 s, or the agent dropping mid-call, hands the call to the
 * voicemail.
 */
final class AgentConversation implements CallMedia, VoiceSessionListener {

    private static final Logger LOG = Logger.getLogger(AgentConversation.class.getName());
    /** Agent audio kept before the 200 OK (the greeting starts while the phone rings): 10 s of G.711. */
    private static final int MAX_EARLY_AUDIO_BYTES = 80_000;
    private static final long HANG_UP_POLL_MILLIS = 200;
    /** Quiet time after the last agent audio before hanging up on {@code end_call}. */
    private static final long GOODBYE_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(1200);
    private static final long GOODBYE_MAX_NANOS = TimeUnit.SECONDS.toNanos(15);
    /** The watch looks every second, or more often for a short silence limit. */
    private static final long WATCH_PERIOD_MAX_MILLIS = 1000;
    /** Agent audio this recent still counts as the agent speaking. */
    private static final long AGENT_SPEAKING_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long the staff phone rings before the caller goes to the voicemail. */
    static final Duration STAFF_NO_ANSWER = Duration.ofSeconds(20);

    private final StartedCall started;
    private final CallTools tools;
    private final AgentPrices prices;
    private final JournalSteps steps;
    private final Executor executor;
    private final Clock clock;
    private final Function<CallSession, Takeover> voicemail;
    private final BridgeStatistics bridge;
    private final AgentCallLimits limits;

    private final TurnLatencies latencies = new TurnLatencies();
    private final AtomicLong costMicroEuros = new AtomicLong();
    private final ByteArrayOutputStream earlyAudio = new ByteArrayOutputStream();
    private volatile VoiceSession session;
    private volatile CallSession answered;
    private volatile Takeover takeover;
    private volatile boolean callerSpoke;
    private volatile boolean ended;
    private volatile boolean hangingUp;
    private volatile boolean handedOver;
    private volatile boolean transferred;
    private volatile long lastAgentAudioNanos = System.nanoTime();
    private volatile boolean callerSpeaking;
    private final AtomicInteger toolsRunning = new AtomicInteger();
    private ConversationWatch watch; // guarded by itself once set in answer()
    /** Why the agent hung up, for the call record (null = it did not). */
    private volatile String agentEndReason;

    /**
     * @param voicemail takes over an answered call when the agent is lost (null when that fails)
     * @param bridge    where the bridge's own overhead is measured
     * @param limits    silence, length and cost limits of the conversation
     */
    AgentConversation(StartedCall started, CallTools tools, AgentPrices prices, JournalSteps steps, Executor executor,
                      Clock clock, Function<CallSession, Takeover> voicemail, BridgeStatistics bridge,
                      AgentCallLimits limits) {
        this.limits = limits;
        this.started = started;
        this.tools = tools;
        this.prices = prices;
        this.steps = steps;
        this.executor = executor;
        this.clock = clock;
        this.voicemail = voicemail;
        this.bridge = bridge;
    }

    /** The agent session is ready: answer the call and play what the agent already said. */
    void answer(IncomingCall call, VoiceSession ready) {
        this.session = ready;
        CallSession call200 = call.answer(this);
        synchronized (earlyAudio) {
            if (earlyAudio.size() > 0) {
                call200.outboundAudio().write(earlyAudio.toByteArray());
                earlyAudio.reset();
            }
            answered = call200;
        }
        Instant at = clock.instant();
        steps.then(j -> j.callAnswered(started.restaurantId(), started.callId(), at));
        watch = new ConversationWatch(limits, System.nanoTime());
        watchLater();
    }

    // ---- the watch (executor)

    private void watchLater() {
        try {
            long period = Math.min(WATCH_PERIOD_MAX_MILLIS, Math.max(50, limits.silence().toMillis() / 4));
            CompletableFuture.delayedExecutor(period, TimeUnit.MILLISECONDS, executor).execute(this::watch);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Call watch stopped: the application is stopping", e);
        }
    }

    /** One look at the call; see {@link ConversationWatch}. */
    void watch() {
        CallSession call = answered;
        VoiceSession current = session;
        if (ended || hangingUp || takeover != null || call == null || call.isEnded() || current == null) {
            return;
        }
        long now = System.nanoTime();
        boolean busy = callerSpeaking || toolsRunning.get() > 0 || call.outboundAudio().queuedMillis() > 0
                || now - lastAgentAudioNanos < AGENT_SPEAKING_NANOS;
        ConversationWatch.Verdict verdict;
        synchronized (watch) {
            verdict = watch.check(now, busy, costMicroEuros.get());
        }
        switch (verdict) {
            case CARRY_ON -> watchLater();
            case ASK_IF_STILL_THERE -> {
                LOG.fine(() -> "Call " + started.callId() + ": caller silent, the agent checks in");
                current.say(ConversationWatch.instructions(verdict));
                watchLater();
            }
            default -> {
                LOG.info(() -> "Call " + started.callId() + ": " + ConversationWatch.endReason(verdict));
                agentEndReason = ConversationWatch.endReason(verdict);
                current.say(ConversationWatch.instructions(verdict));
                afterAgentFinishedSpeaking(System.nanoTime(), true, CallSession::hangUp);
            }
        }
    }

    private void callerActivity() {
        ConversationWatch current = watch;
        if (current != null) {
            synchronized (current) {
                current.activity(System.nanoTime(), true);
            }
        }
    }

    // ---- caller side (telephony callback thread)

    @Override
    public void onAudio(AudioFrame frame) {
        Takeover recorder = takeover;
        if (recorder != null) {
            recorder.onAudio(frame);
            return;
        }
        VoiceSession current = session;
        CallSession call = answered;
        if (current != null && call != null) {
            byte[] samples = frame.codec() == call.codec() ? frame.payload()
                    : frame.codec().transcode(frame.payload(), call.codec());
            current.sendCallerAudio(samples, frame.receivedNanos());
        }
    }

    @Override
    public void onDtmf(DtmfDigit digit) {
        Takeover recorder = takeover;
        if (recorder != null) {
            recorder.onDtmf(digit);
        }
    }

    @Override
    public void ended(EndReason reason) {
        ended = true;
        VoiceSession current = session;
        if (current != null) {
            current.close();
        }
        Takeover recorder = takeover;
        if (recorder != null) {
            recorder.ended(reason);
            return;
        }
        Instant at = clock.instant();
        AgentCallFigures figures = new AgentCallFigures(callerSpoke,
                AgentCallFigures.Latency.of(latencies.samples()), costMicroEuros.get());
        String why = reason == EndReason.HUNG_UP && agentEndReason != null ? agentEndReason
                : CallHandling.describe(reason);
        if (transferred) {
            steps.then(j -> j.conversationTransferred(started.restaurantId(), started.callId(), at, why, figures));
        } else {
            steps.then(j -> j.conversationEnded(started.restaurantId(), started.callId(), at, why, figures));
        }
    }

    // ---- agent side (the session's I/O thread)

    @Override
    public void onAgentAudio(AgentAudio audio) {
        if (takeover != null) {
            return;
        }
        lastAgentAudioNanos = System.nanoTime();
        CallSession call = answered;
        if (call == null) {
            synchronized (earlyAudio) {
                call = answered;
                if (call == null) {
                    if (earlyAudio.size() + audio.audio().length <= MAX_EARLY_AUDIO_BYTES) {
                        earlyAudio.writeBytes(audio.audio());
                    }
                    return;
                }
            }
        }
        latencies.agentAudio(System.nanoTime(), call.outboundAudio().queuedMillis());
        call.outboundAudio().write(audio.audio());
        bridge.agentAudioQueued(audio.receivedNanos(), System.nanoTime());
    }

    @Override
    public void onCallerAudioSent(long receivedNanos, long sentNanos) {
        bridge.callerAudioSent(receivedNanos, sentNanos);
    }

    @Override
    public void onSpeechStarted() {
        onSpeechStarted(0);
    }

    @Override
    public void onSpeechStarted(long receivedNanos) {
        callerSpoke = true;
        callerSpeaking = true;
        callerActivity();
        latencies.speechStarted();
        CallSession call = answered;
        VoiceSession current = session;
        if (call != null && current != null && !hangingUp) {
            long played = call.outboundAudio().flush();
            bridge.agentAudioCut(receivedNanos, System.nanoTime());
            current.truncatePlayed(played);
        }
    }

    @Override
    public void onSpeechStopped() {
        latencies.speechStopped(System.nanoTime());
        callerSpeaking = false;
        callerActivity();
    }

    @Override
    public void onTranscript(Transcript transcript) {
        Speaker speaker = transcript.speaker() == Transcript.Speaker.CALLER ? Speaker.CALLER : Speaker.AGENT;
        if (speaker == Speaker.CALLER) {
            callerSpoke = true;
        }
        Instant at = clock.instant();
        steps.then(j -> j.turnSpoken(started.restaurantId(), started.callId(), speaker, transcript.text(), at));
    }

    @Override
    public void onToolCall(ToolCall call) {
        if (call.cancelled()) {
            LOG.fine(() -> "Tool call " + call.callId() + " (" + call.name() + ") dropped: its response was cut off");
            return;
        }
        toolsRunning.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    runTool(call);
                } finally {
                    toolsRunning.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            toolsRunning.decrementAndGet();
            LOG.log(Level.WARNING, "Tool call " + call.name() + " not run: the application is stopping", e);
        }
    }

    private void runTool(ToolCall call) {
        ToolInvocation invocation = new ToolInvocation(call.callId(), call.name(), call.argumentsJson());
        Instant at = clock.instant();
        long start = System.nanoTime();
        ToolResult result = tools.run(invocation);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        VoiceSession current = session;
        if (current != null && !ended) {
            current.submitToolResult(call.callId(), result.toJson());
        }
        AgentToolRun run = AgentToolRun.of(invocation, result, at, millis);
        steps.then(j -> j.toolCalled(started.restaurantId(), started.callId(), run));
        if (result.ok() && result.json().path("hang_up").asBoolean(false)) {
            agentEndReason = "BYE sent by the agent (end_call)";
            afterAgentFinishedSpeaking(System.nanoTime(), false, CallSession::hangUp);
        } else if (result.ok() && result.json().path("transfer").asBoolean(false) && started.staffNumber() != null) {
            afterAgentFinishedSpeaking(System.nanoTime(), false, this::transferToStaff);
        }
    }

    /**
     * Runs {@code next} once the agent has stopped talking and what it said has been played (or after
     * 15 s): the goodbye before hanging up, the announcement before a transfer.
     *
     * @param goodbyeAsked the closing words were only just asked for: wait until the agent has started them
     */
    private void afterAgentFinishedSpeaking(long requestedNanos, boolean goodbyeAsked,
            Consumer<CallSession> next) {
        hangingUp = true;
        CallSession call = answered;
        if (call == null || call.isEnded()) {
            return;
        }
        long now = System.nanoTime();
        boolean goodbyeStarted = !goodbyeAsked || lastAgentAudioNanos - requestedNanos > 0;
        boolean quiet = goodbyeStarted && now - lastAgentAudioNanos >= GOODBYE_QUIET_NANOS
                && call.outboundAudio().queuedMillis() == 0;
        if (quiet || now - requestedNanos >= GOODBYE_MAX_NANOS) {
            next.accept(call);
            return;
        }
        try {
            CompletableFuture.delayedExecutor(HANG_UP_POLL_MILLIS, TimeUnit.MILLISECONDS, executor)
                    .execute(() -> afterAgentFinishedSpeaking(requestedNanos, goodbyeAsked, next));
        } catch (RejectedExecutionException e) {
            next.accept(call);
        }
    }

    /** The agent is done: the caller goes to the staff, or to the voicemail when nobody answers. */
    private void transferToStaff(CallSession call) {
        handedOver = true;
        VoiceSession current = session;
        session = null;
        if (current != null) {
            current.close();
        }
        LOG.info(() -> "Call " + started.callId() + ": transfer to staff");
        call.transfer(started.staffNumber(), STAFF_NO_ANSWER).whenComplete((outcome, failure) -> {
            if (outcome == TransferOutcome.CONNECTED) {
                transferred = true;
                return;
            }
            LOG.info(() -> "Call " + started.callId() + ": staff not reached (" + (failure != null ? failure : outcome)
                    + "), voicemail takes over");
            takeOverByVoicemail(call);
        });
    }

    private void takeOverByVoicemail(CallSession call) {
        if (call.isEnded()) {
            return;
        }
        takeover = voicemail.apply(call);
        if (takeover == null) {
            call.hangUp();
        }
    }

    @Override
    public void onResponseDone(ResponseDone done) {
        if (done.usage() != null) {
            costMicroEuros.addAndGet(prices.microEuros(done.usage()));
        }
    }

    @Override
    public void onError(AgentError error) {
        LOG.warning(() -> "Agent error on call " + started.callId() + ": " + error);
    }

    @Override
    public void onClosed(SessionClosed closed) {
        if (!closed.failed() || ended || handedOver) {
            return;
        }
        CallSession call = answered;
        if (call == null || call.isEnded()) {
            return;
        }
        LOG.warning(() -> "Agent lost on call " + started.callId() + " (" + closed.detail() + "): voicemail takes over");
        takeOverByVoicemail(call);
    }
}
