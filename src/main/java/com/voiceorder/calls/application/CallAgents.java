package com.voiceorder.calls.application;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.customers.application.KnownCaller;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.voice.AudioCodec;
import com.voiceorder.voice.SessionConfig;
import com.voiceorder.voice.ToolDefinition;
import com.voiceorder.voice.TurnDetection;
import com.voiceorder.voice.VoiceAgent;
import com.voiceorder.voice.VoiceSession;
import com.voiceorder.voice.VoiceSessionListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * The AI agent as calls use it: whether it is on, the session a call on a line gets (the line's
 * prompt, tools, voice, turn detection and a greeting naming a known caller), and the tools bound to
 * the call's record.
 */
@ApplicationScoped
public class CallAgents {

    /** Longest ring before giving up on the agent and answering with the voicemail. */
    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(6);

    private VoiceAgent agent;
    private PromptBuilder prompts;
    private PhoneLineService lines;
    private AgentToolbox toolbox;
    private AgentPrices prices;
    private AgentCallLimits limits;

    @Inject
    public CallAgents(VoiceAgent agent, PromptBuilder prompts, PhoneLineService lines, AgentToolbox toolbox,
                      AgentPrices prices, AgentCallLimits limits) {
        this.limits = limits;
        this.agent = agent;
        this.prompts = prompts;
        this.lines = lines;
        this.toolbox = toolbox;
        this.prices = prices;
    }

    /** For CDI proxies. */
    protected CallAgents() {
    }

    /** False without an API key: calls go to voicemail. */
    public boolean available() {
        return agent.isConfigured();
    }

    public Duration openTimeout() {
        return OPEN_TIMEOUT;
    }

    public AgentPrices prices() {
        return prices;
    }

    public AgentCallLimits limits() {
        return limits;
    }

    /** The session a call on this line gets: built from the database, in one transaction. */
    @Transactional
    public SessionConfig prepare(StartedCall started, String caller, G711 codec) {
        PhoneLine line = lines.get(started.restaurantId(), started.lineId());
        AgentBriefing briefing = prompts.brief(line, caller);
        AssistantSettings settings = line.getAssistant();
        List<ToolDefinition> tools = briefing.tools().stream()
                .map(tool -> new ToolDefinition(tool.name(), tool.description(), tool.parameters().toString()))
                .toList();
        return new SessionConfig(briefing.instructions(), tools, settings.getVoice(),
                codec == G711.PCMA ? AudioCodec.PCMA : AudioCodec.PCMU, turnDetection(settings),
                briefing.language(), greeting(line, settings, briefing));
    }

    public CompletionStage<VoiceSession> open(SessionConfig config, VoiceSessionListener listener) {
        return agent.open(config, listener);
    }

    /** The agent's tools, bound to this call's record and caller. */
    public CallTools toolsFor(StartedCall started, String caller) {
        PhoneNumber phone = caller == null ? null : PhoneNumber.tryParse(caller, "FR").orElse(null);
        return toolbox.forCall(new AgentCall(started.restaurantId(), started.lineId(), phone, started.callId(),
                started.test()));
    }

    static TurnDetection turnDetection(AssistantSettings settings) {
        if (settings.getTurnDetection() == com.voiceorder.calls.domain.TurnDetection.SEMANTIC_VAD) {
            TurnDetection.Eagerness eagerness = settings.getEagerness() == null ? TurnDetection.Eagerness.AUTO
                    : TurnDetection.Eagerness.valueOf(settings.getEagerness().name());
            return new TurnDetection.SemanticVad(eagerness);
        }
        TurnDetection.ServerVad defaults = TurnDetection.ServerVad.defaults();
        return new TurnDetection.ServerVad(
                settings.getVadThreshold() != null ? settings.getVadThreshold() : defaults.threshold(),
                settings.getSilenceMs() != null ? settings.getSilenceMs() : defaults.silenceMillis());
    }

    /** The line's own greeting, else a short one in its language that names a known caller. */
    static String greeting(PhoneLine line, AssistantSettings settings, AgentBriefing briefing) {
        if (settings.getGreeting() != null && !settings.getGreeting().isBlank()) {
            return settings.getGreeting().strip();
        }
        KnownCaller known = briefing.customer();
        String name = known != null && known.firstName() != null && !known.firstName().isBlank()
                ? " " + known.firstName().strip() : "";
        String place = line.getDisplayName() == null || line.getDisplayName().isBlank() ? "" : line.getDisplayName().strip();
        boolean english = briefing.language() != null && briefing.language().toLowerCase(Locale.ROOT).startsWith("en");
        if (english) {
            return "Hello" + name + "! " + (place.isEmpty() ? "" : place + ", ") + "how can I help you?";
        }
        return "Bonjour" + name + " ! " + (place.isEmpty() ? "" : place + ", ") + "que puis-je faire pour vous ?";
    }
}
