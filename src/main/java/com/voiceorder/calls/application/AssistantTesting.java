package com.voiceorder.calls.application;

import com.voiceorder.calls.application.CallJournal.StartedCall;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The assistant tried from the dashboard: the browser streams the microphone to the same agent as a
 * phone call on the line (its prompt, tools and voice), over the Media Streams protocol. The call and
 * its orders are marked as tests; the page follows the call record while it is written.
 */
@ApplicationScoped
public class AssistantTesting {

    /** Where the browser streams: a path under the application root, the test call's id and its one-time token. */
    public record TestStream(String path, String callSid, String token) {
    }

    /** Issues one-time streams for test calls (the Media Streams entry provides it). */
    public interface StreamIssuer {
        TestStream issue(String lineNumber);
    }

    /** Test calls remembered for their pages; the oldest are forgotten. */
    static final int REMEMBERED_CALLS = 256;

    private PhoneLineService lines;
    private CallAgents agents;
    private Instance<StreamIssuer> issuers;
    private final Map<String, StartedCall> records = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StartedCall> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    });

    @Inject
    public AssistantTesting(PhoneLineService lines, CallAgents agents, Instance<StreamIssuer> issuers) {
        this.lines = lines;
        this.agents = agents;
        this.issuers = issuers;
    }

    /** For CDI proxies. */
    protected AssistantTesting() {
    }

    /** False without an OpenAI key: a test call would only reach the voicemail. */
    public boolean agentAvailable() {
        return agents.available();
    }

    /** A stream for a test call to the restaurant's line (not found when it is another restaurant's). */
    public TestStream start(Long restaurantId, Long lineId) {
        PhoneLine line = lines.get(restaurantId, lineId);
        if (!line.isEnabled()) {
            throw new DomainException("line", "The line is disabled: enable it to test its assistant");
        }
        if (!agentAvailable()) {
            throw new DomainException("line", "No OpenAI API key is configured: calls go to the voicemail");
        }
        if (issuers.isUnsatisfied()) {
            throw new IllegalStateException("No Media Streams entry in this deployment");
        }
        return issuers.get().issue(line.getNumber());
    }

    /** The record of a test call was opened. */
    public void opened(String callSid, StartedCall started) {
        records.put(callSid, started);
    }

    /** The id of the test call's record, once opened, if it is this restaurant's. */
    public Optional<Long> callRecord(Long restaurantId, String callSid) {
        return Optional.ofNullable(records.get(callSid))
                .filter(started -> started.restaurantId().equals(restaurantId))
                .map(StartedCall::callId);
    }
}
